// The Groenareaal section in a real browser against the running suite: a staff member logs in through
// Keycloak, reads the green stock per district and type, computes the replacement plan of the council
// proposal (10% renewed in 20 years), saves two plans and compares them; axe-core checks every screen.
// Settings as for system-tests: GATEWAY_URL, KEYCLOAK_URL, KEYCLOAK_REALM, CHROMIUM (default /usr/bin/chromium).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertAccessible, logIn, openBrowser, textOf } from './lib.mjs';

let session;
let page;

before(async () => {
  session = await openBrowser();
  page = session.page;
});

after(async () => session?.close('assets'));

const PLAN_TIMEOUT = 60_000;

test('medewerker reads the green stock, computes the proposal\'s plan and compares two saved plans', async () => {
  const stamp = Date.now().toString(36);

  // The shared link survives the login round trip through Keycloak.
  await logIn(page, 'medewerker', '/groenareaal');
  await page.getByRole('heading', { level: 1, name: 'Groenareaal' }).waitFor();
  assert.equal(await page.title(), 'Groenareaal - Groenagenda');

  // The summary: the total of about EUR 56 million, labelled synthetic, as a chart and a table.
  const total = page.getByText(/^Totale vervangingswaarde: €\s[\d.]+ \(afgerond € \d+ miljoen\)$/);
  await total.waitFor();
  const euros = Number((await textOf(total)).match(/€ ([\d.]+)/)[1].replace(/\./g, ''));
  assert.ok(euros > 50_000_000 && euros < 62_000_000, `total ${euros} is about EUR 56 million`);
  await page.getByText('Synthetisch', { exact: true }).first().waitFor();
  await page.getByRole('img', { name: /Vervangingswaarde per wijk/ }).waitFor();
  const table = page.getByRole('table', { name: /Aantallen, hoeveelheden en vervangingswaarde per wijk en type/ });
  assert.match(await textOf(table), /Boom.*stuks/);
  assert.match(await textOf(table), /m²/);
  assert.match(await textOf(table.locator('tfoot')), /Totaal groenareaal.*€ [\d.]+/);
  await assertAccessible(page, 'axe on Groenareaal');

  // The plan with the proposal's defaults, by keyboard: about 10% of the stock renewed after 20 years.
  await page.getByRole('navigation', { name: 'Groenareaal' }).getByRole('link', { name: 'Vervangingsplan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Vervangingsplan' }).waitFor();
  assert.equal(await page.getByRole('textbox', { name: 'Looptijd in jaren' }).inputValue(), '20');
  assert.equal(await page.getByRole('textbox', { name: /Budget per jaar/ }).inputValue(), '280000');
  await assertAccessible(page, 'axe on the empty plan form');
  await page.getByRole('button', { name: 'Berekenen', exact: true }).focus();
  await page.keyboard.press('Enter');
  const outcome = page.getByText(/^Na 20 jaar \(\d{4}\) is [\d,]+% van het groenareaal vernieuwd\.$/);
  await outcome.waitFor({ timeout: PLAN_TIMEOUT });
  const share = Number((await textOf(outcome)).match(/is ([\d,]+)%/)[1].replace(',', '.'));
  assert.ok(share >= 9.5 && share <= 10.5, `renewed share ${share}% is about 10%`);
  assert.match(new URL(page.url()).search, /budget=280000/, 'the computed plan has a link of its own');
  await page.getByRole('img', { name: /Vervangen tegenover achterstand/ }).waitFor();
  const years = page.getByRole('table', { name: /Het plan per jaar/ });
  assert.equal(await years.locator('tbody tr').count(), 20);
  await assertAccessible(page, 'axe on the computed plan');

  // Two saved plans: the proposal's budget and twice as much; the second is downloaded as CSV.
  const names = [`e2e-280000-${stamp}`, `e2e-560000-${stamp}`];
  for (const [index, budget] of ['280000', '560000'].entries()) {
    await page.getByRole('textbox', { name: /Budget per jaar/ }).fill(budget);
    await page.getByRole('textbox', { name: /Naam om het plan te bewaren/ }).fill(names[index]);
    await page.getByRole('button', { name: 'Berekenen en bewaren' }).click();
    await page.getByRole('heading', { level: 2, name: `Bewaard plan ${names[index]}` }).waitFor({ timeout: PLAN_TIMEOUT });
    assert.equal(new URL(page.url()).searchParams.get('plan'), names[index]);
  }
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download als CSV' }).click(),
  ]);
  assert.equal(csv.suggestedFilename(), `${names[1]}.csv`);
  await page.getByText(`${names[1]}.csv is gedownload.`).waitFor();
  await assertAccessible(page, 'axe on a saved plan');

  // The comparison: the API lists the saved plans, the newest first. The shared database holds other
  // plans too, so only the order of these two is checked. Picked from the list, they fill the form
  // (comboboxes that suggest the listed names); B renews twice as much.
  await page.getByRole('navigation', { name: 'Groenareaal' }).getByRole('link', { name: 'Plannen vergelijken' }).click();
  await page.getByRole('heading', { level: 1, name: 'Plannen vergelijken' }).waitFor();
  const saved = page.getByRole('table', { name: /^Bewaarde plannen, de nieuwste eerst/ });
  await saved.getByRole('rowheader', { name: names[0], exact: true }).waitFor();
  const listed = await saved.getByRole('rowheader').allTextContents();
  assert.ok(listed.includes(names[1]) && listed.indexOf(names[1]) < listed.indexOf(names[0]), `${names[1]} is listed before ${names[0]}: ${listed.join(', ')}`);
  await assertAccessible(page, 'axe on the empty comparison');
  await saved.getByRole('button', { name: `Als A kiezen: ${names[0]}`, exact: true }).click();
  await saved.getByRole('button', { name: `Als B kiezen: ${names[1]}`, exact: true }).click();
  assert.equal(await page.getByRole('combobox', { name: 'Eerste plan (A)' }).inputValue(), names[0]);
  assert.equal(await page.getByRole('combobox', { name: 'Tweede plan (B)' }).inputValue(), names[1]);
  await page.getByRole('button', { name: 'Vergelijken' }).click();
  await page.getByRole('heading', { level: 2, name: `${names[0]} (A) tegenover ${names[1]} (B)` }).waitFor();
  const sides = page.getByRole('table', { name: /De plannen naast elkaar/ });
  assert.match(await textOf(sides.getByRole('row', { name: /Budget per jaar/ })), /€ 280\.000.*€ 560\.000.*\+ € 280\.000/);
  const renewed = await textOf(sides.getByRole('row', { name: /Vernieuwd deel/ }));
  const [a, b] = [...renewed.matchAll(/([\d,]+)%/g)].map((match) => Number(match[1].replace(',', '.')));
  assert.ok(b > 1.8 * a, `B renews about twice as much as A (${a}% against ${b}%)`);
  await page.getByRole('img', { name: /Achterstand per jaar/ }).waitFor();
  assert.equal(await page.getByRole('table', { name: /Per jaar: plan A/ }).locator('tbody tr').count(), 20);
  await assertAccessible(page, 'axe on the comparison');

  // The comparison's link is shareable: a reload shows the same plans.
  await page.goto(page.url());
  await page.getByRole('heading', { level: 2, name: `${names[0]} (A) tegenover ${names[1]} (B)` }).waitFor();

  assert.deepEqual(session.cspViolations(), [], 'CSP violations');
});

test('beheerder opens a cost norm to change it and is asked for a reason first; nothing is changed', async () => {
  // A browser of its own: another user. The change itself is not sent: it would revalue the shared register.
  const admin = await openBrowser();
  try {
    await logIn(admin.page, 'beheerder', '/groenareaal/kostennormen');
    await admin.page.getByRole('heading', { level: 1, name: 'Kostennormen' }).waitFor();
    const change = admin.page.getByRole('link', { name: /^Wijzigen \(Boom in groen\)$/ });
    await change.waitFor();
    await assertAccessible(admin.page, 'axe on Kostennormen');

    await change.click();
    assert.match(new URL(admin.page.url()).search, /^\?wijzig=/, 'the norm being changed is in the link');
    await admin.page.getByRole('button', { name: 'Norm wijzigen en herwaarderen' }).click();
    const reason = admin.page.getByRole('textbox', { name: /Reden van de wijziging/ });
    assert.equal(await reason.getAttribute('aria-invalid'), 'true');
    await admin.page.getByText('Controleer de invoer:').waitFor();
    await assertAccessible(admin.page, 'axe on the refused norm change');

    await admin.page.getByRole('button', { name: 'Annuleren' }).click();
    await admin.page.getByRole('heading', { level: 2, name: /Norm wijzigen/ }).waitFor({ state: 'detached' });
    assert.deepEqual(admin.cspViolations(), [], 'CSP violations');
  } finally {
    await admin.close('assets-cost-norms');
  }
});

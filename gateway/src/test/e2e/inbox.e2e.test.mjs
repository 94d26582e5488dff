// The web UI in a real browser against the running suite: a manager logs in through Keycloak,
// finds a freshly submitted agenda item in Mijn taken and approves it; axe-core checks the screens.
// Settings as for system-tests: GATEWAY_URL, KEYCLOAK_URL, KEYCLOAK_REALM, CHROMIUM (default /usr/bin/chromium).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { GATEWAY, assertAccessible, awaitStatus, logIn, openBrowser, openFromMainMenu, reviewTask, submittedItem, textOf } from './lib.mjs';

let session;
let page;

before(async () => {
  session = await openBrowser();
  page = session.page;
});

after(async () => session?.close('inbox'));

test('manager-or logs in through Keycloak, opens Mijn taken and approves a task; no serious axe violations', async () => {
  const title = `Browsertest wadi ${Date.now().toString(36)}`;
  const itemId = await submittedItem(title);
  const taskId = await reviewTask(itemId);

  // Logging in: the gateway sends the browser to Keycloak's form and back to the start page.
  const started = Date.now();
  await logIn(page, 'manager-or');
  assert.equal(await page.title(), 'Overzicht - Groenagenda');
  assert.equal(await page.locator('html').getAttribute('lang'), 'nl');
  await page.getByRole('region', { name: 'Mijn open taken' }).waitFor();
  await page.locator('table').first().waitFor();
  console.log(`login and first screen: ${Date.now() - started} ms`);
  await assertAccessible(page, 'axe on Overzicht');

  // Keyboard only: the skip link is the first tab stop and lands on the content.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Naar de inhoud');

  await openFromMainMenu(page, 'Mijn taken');
  const link = page.locator(`a[href="/taken/${taskId}"]`);
  await link.waitFor();
  await assertAccessible(page, 'axe on Mijn taken');

  await link.click();
  await page.getByRole('heading', { level: 2, name: `Agendapunt: ${title}` }).waitFor();
  assert.match(await textOf(page.getByRole('table', { name: 'Kosten per jaar' })), /€ 17\.124/);
  await assertAccessible(page, 'axe on the task');

  // The decision by keyboard: focus the radio, choose, send.
  await page.getByRole('radio', { name: 'Goedkeuren' }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('textbox', { name: /Toelichting/ }).fill('Past in het onderhoudsbudget (browsertest).');
  await page.getByRole('button', { name: 'Beslissing vastleggen' }).focus();
  await page.keyboard.press('Enter');

  await page.getByText(`Uw beslissing "Goedkeuren" over "Agendapunt beoordelen" is vastgelegd.`).waitFor();
  assert.equal(new URL(page.url()).pathname, '/taken');
  await awaitStatus(itemId, 'COVERED').catch(() => awaitStatus(itemId, 'APPROVED'));

  // A shared link to a screen survives a reload.
  await page.goto(`${GATEWAY}/taken`);
  await page.getByRole('heading', { level: 1, name: 'Mijn taken' }).waitFor();

  assert.deepEqual(session.cspViolations(), [], 'CSP violations');
});

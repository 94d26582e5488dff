// The Begroting section in a real browser against the running suite: finance staff log in through
// Keycloak, see the multi-year grid, record the council's decision on a Kaderbrief claim and see the
// grid's budget go up by what was granted; the capital-charges calculator shows the proposal's figures.
// axe-core checks every screen on the way.
// Settings as for system-tests: GATEWAY_URL, KEYCLOAK_URL, KEYCLOAK_REALM, CHROMIUM (default /usr/bin/chromium).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { GATEWAY, api, assertAccessible, logIn, openBrowser, openFromMainMenu, plain } from './lib.mjs';

const LINE = 'GROEN-STEENBREEK';
const LINE_NAME = 'Steenbreek';
/** In the grid's default range (this year and the four after). */
const YEAR = new Date().getFullYear() + 1;

let session;
let page;

before(async () => {
  session = await openBrowser();
  page = session.page;
});

after(async () => session?.close('budget'));

const euros = (amount) => plain(new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 })
  .format(amount));

/**
 * A Kaderbrief cycle of its own, with one claim, brought to the council. The shared Kaderbrief 2025
 * stays OPEN for the other tests; a claim can only be filed while a cycle is OPEN and decided only
 * once it is with the council, so every run takes a year no cycle has yet, counting down from 2100.
 */
async function cycleAtCouncilWithClaim(amount) {
  const cycles = await api('financien', 'GET', '/api/budget/v1/kaderbrief-cycles?pageSize=500');
  assert.equal(cycles.status, 200, JSON.stringify(cycles.json));
  const taken = new Set(cycles.json.items.map((cycle) => cycle.year));
  let year = 2100;
  while (taken.has(year)) year--;
  const created = await api('financien', 'POST', '/api/budget/v1/kaderbrief-cycles', {
    year, claimDeadline: '2026-02-27', collegeDate: '2026-05-12', councilDate: '2026-07-01',
  });
  assert.equal(created.status, 201, JSON.stringify(created.json));
  const claim = await api('financien', 'POST', `/api/budget/v1/kaderbrief-cycles/${year}/claims`, {
    budgetLineCode: LINE,
    agendaItemId: `browsertest-${Date.now().toString(36)}`,
    motivation: 'Extra tegels eruit in Kloosterveen (browsertest).',
    amounts: [{ year: YEAR, amount, recurring: false }],
  });
  assert.equal(claim.status, 201, JSON.stringify(claim.json));
  for (const status of ['SENT_TO_COLLEGE', 'SENT_TO_COUNCIL']) {
    const moved = await api('financien', 'POST', `/api/budget/v1/kaderbrief-cycles/${year}/status`, { status, reason: 'Browsertest' });
    assert.equal(moved.status, 200, JSON.stringify(moved.json));
  }
  return { year, claimId: claim.json.id };
}

async function budgetOf(code, year) {
  const overview = await api('financien', 'GET', `/api/budget/v1/overview?fromYear=${year}&toYear=${year}`);
  return overview.json.lines.find((line) => line.code === code).years[0].budget;
}

/** The cell of a figure of a line in a year, read from the grid as a person sees it. */
async function gridCell(lineName, figure, year) {
  const table = page.getByRole('table', { name: /Meerjarenoverzicht/ });
  const years = (await table.locator('thead th').allTextContents()).map(plain);
  const column = years.indexOf(String(year));
  assert.ok(column > 1, `column ${year} in ${years}`);
  const group = table.locator('tbody').filter({ has: page.getByRole('link', { name: lineName, exact: true }) });
  const row = group.locator('tr').filter({ has: page.getByRole('rowheader', { name: figure, exact: true }) });
  // Two header columns (line, figure) precede the years; the line's name spans its rows.
  return plain(await row.locator('td').nth(column - 2).textContent());
}

test('financien records the council\'s decision on a claim and sees the grid change; the calculator shows the proposal; no serious axe violations', async () => {
  const amount = 1000 + Math.floor(Math.random() * 900);
  const { year: cycleYear } = await cycleAtCouncilWithClaim(amount);
  const budgetBefore = await budgetOf(LINE, YEAR);

  await logIn(page, 'financien');
  await openFromMainMenu(page, 'Begroting');
  await page.getByRole('table', { name: /Meerjarenoverzicht/ }).waitFor();
  assert.equal(await gridCell(LINE_NAME, 'Begroot', YEAR), euros(budgetBefore));
  assert.notEqual(await gridCell(LINE_NAME, 'Openstaande claims', YEAR), '€ 0', 'the pending claim shows');
  await assertAccessible(page, 'axe on the grid');

  // The Kaderbrief, through the section's own menu.
  const sectionMenu = page.getByRole('navigation', { name: 'Begroting' });
  await sectionMenu.getByRole('link', { name: 'Kaderbrief' }).click();
  await page.getByRole('heading', { level: 1, name: 'Kaderbrief' }).waitFor();
  await page.getByRole('link', { name: `Kaderbrief ${cycleYear}`, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: `Kaderbrief ${cycleYear}` }).waitFor();
  await page.getByRole('table', { name: /Claims in Kaderbrief/ }).waitFor();
  await assertAccessible(page, 'axe on the cycle');

  await page.getByRole('button', { name: `Besluit vastleggen over de claim op ${LINE}` }).click();
  await page.getByRole('heading', { level: 2, name: `Raadsbesluit over de claim op ${LINE}` }).waitFor();
  // Sending it empty shows what is missing, next to the fields and in a summary.
  await page.getByRole('button', { name: 'Besluit vastleggen', exact: true }).click();
  await page.getByText('Controleer de invoer:').waitFor();
  await assertAccessible(page, 'axe on the decision form with errors');

  // By keyboard, as the inbox's decision: focus the radio, choose, type, send.
  await page.getByRole('radio', { name: 'Gehonoreerd', exact: true }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('textbox', { name: /Raadsbesluit/ }).fill(`Raadsbesluit Kaderbrief ${cycleYear} (browsertest)`);
  await page.getByRole('button', { name: 'Besluit vastleggen', exact: true }).press('Enter');
  await page.getByText(`Het besluit "Gehonoreerd" over de claim op ${LINE} is vastgelegd.`).waitFor();
  await page.getByRole('table', { name: /Begrotingswijzigingen/ }).waitFor();

  // The grid shows the budget raised by what the council granted.
  await sectionMenu.getByRole('link', { name: 'Meerjarenoverzicht' }).click();
  await page.getByRole('table', { name: /Meerjarenoverzicht/ }).waitFor();
  assert.equal(await gridCell(LINE_NAME, 'Begroot', YEAR), euros(budgetBefore + amount));

  // The line's own page, with its history of the change.
  await page.getByRole('link', { name: LINE_NAME, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: `${LINE_NAME} (${LINE})` }).waitFor();
  await page.getByRole('table', { name: /Wijzigingen/ }).waitFor();
  assert.match(plain(await page.getByRole('table', { name: /Wijzigingen/ }).textContent()), new RegExp(`Raadsbesluit Kaderbrief ${cycleYear}`));
  await assertAccessible(page, 'axe on the line');
  await page.getByRole('button', { name: `Wijzig ${YEAR}` }).click();
  await page.getByRole('heading', { level: 2, name: `Bedragen voor ${YEAR} wijzigen` }).waitFor();
  await assertAccessible(page, 'axe on the line\'s edit form');
  await page.getByRole('button', { name: 'Annuleren' }).click();

  // The proposal's figures: EUR 280.000 as an annuity over 20 years at 2%, and 20 such tranches.
  await sectionMenu.getByRole('link', { name: 'Kapitaallasten' }).click();
  await page.getByRole('heading', { level: 1, name: 'Kapitaallasten berekenen' }).waitFor();
  const figures = page.locator('.groenagenda-budget-keyfigures');
  await figures.waitFor();
  assert.match(plain(await figures.textContent()), /€ 17\.124/);
  assert.match(plain(await figures.textContent()), /€ 342\.478/);
  await assertAccessible(page, 'axe on the calculator');

  await sectionMenu.getByRole('link', { name: 'Werkelijke uitgaven importeren' }).click();
  await page.getByRole('heading', { level: 1, name: 'Werkelijke uitgaven importeren' }).waitFor();
  await assertAccessible(page, 'axe on the import');

  // A shared link to a screen survives a reload.
  await page.goto(`${GATEWAY}/begroting/kaderbrief/${cycleYear}`);
  await page.getByRole('heading', { level: 1, name: `Kaderbrief ${cycleYear}` }).waitFor();

  assert.deepEqual(session.cspViolations(), [], 'CSP violations');
});

// The Uitvoeringsagenda in a real browser against the running suite: medewerker drafts an item with
// the keyboard, sees it on its page and submits it; manager-or approves it in Mijn taken and then sees
// the new status on the item's page. axe-core checks every screen; the maps must show their GeoJSON
// without background tiles (the test machine has no internet) and the CSP must refuse nothing.
// Settings as for system-tests: GATEWAY_URL, KEYCLOAK_URL, KEYCLOAK_REALM, CHROMIUM (default /usr/bin/chromium).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { GATEWAY, assertAccessible, awaitStatus, logIn, openBrowser, openFromMainMenu, reviewTask, textOf } from './lib.mjs';

const sessions = [];

before(async () => {
  sessions.push(await openBrowser(), await openBrowser());
});

after(async () => {
  await sessions[0]?.close('agenda-medewerker');
  await sessions[1]?.close('agenda-manager');
});

/** The SVG shapes Leaflet drew for the GeoJSON in the map with this accessible name. */
async function mapShapes(page, name) {
  const map = page.getByRole('region', { name });
  await map.locator('path.leaflet-interactive').first().waitFor();
  return map.locator('path.leaflet-interactive').count();
}

test('medewerker drafts and submits an item, manager-or approves it; axe, CSP and maps without tiles', async () => {
  const title = `Browsertest agenda ${Date.now().toString(36)}`;
  const staff = sessions[0].page;

  // The list, its filters and the map of the items.
  await logIn(staff, 'medewerker');
  await openFromMainMenu(staff, 'Uitvoeringsagenda');
  await staff.getByRole('table', { name: /Agendapunten, pagina 1/ }).waitFor();
  assert.ok(await mapShapes(staff, 'Kaart van de gevonden agendapunten') > 0, 'the agenda map shows features');
  await assertAccessible(staff, 'axe on the list');

  // A filter lands in the URL, so the result can be shared.
  await staff.getByLabel('Stoplicht').selectOption('GREEN');
  await staff.getByRole('button', { name: 'Zoeken' }).click();
  await staff.waitForURL(/trafficLight=GREEN/);
  await staff.getByRole('status').filter({ hasText: /gevonden/ }).waitFor();

  // The form: first sent empty, so every problem shows at once.
  await staff.getByRole('link', { name: 'Nieuw agendapunt opstellen' }).click();
  await staff.getByRole('heading', { level: 1, name: 'Nieuw agendapunt' }).waitFor();
  await staff.getByRole('button', { name: 'Concept opslaan' }).focus();
  await staff.keyboard.press('Enter');
  const summary = staff.getByRole('alert').filter({ hasText: 'Controleer de invoer' });
  await summary.waitFor();
  assert.match(await summary.textContent(), /Titel: Geef het agendapunt een titel/);
  assert.match(await summary.textContent(), /Visies: Kies minstens een visie/);
  assert.equal(await staff.getByLabel('Titel (verplicht)').getAttribute('aria-invalid'), 'true');
  await assertAccessible(staff, 'axe on the form with errors');

  // Filled in by keyboard.
  await summary.getByRole('link', { name: /^Titel:/ }).click();
  assert.equal(await staff.evaluate(() => document.activeElement?.id), 'agenda-title', 'the summary link focuses the field');
  await staff.keyboard.type(title);
  await staff.getByLabel('Omschrijving').fill('Wadi in het wijkgazon, aangemaakt door de browsertest.');
  await staff.getByRole('checkbox', { name: 'Groenvisie Assen 2040' }).focus();
  await staff.keyboard.press('Space');
  await staff.getByRole('checkbox', { name: 'Visie Klimaatadaptatie' }).focus();
  await staff.keyboard.press('Space');
  await staff.getByLabel('Thema (verplicht)').selectOption('FLOODING');
  await staff.getByLabel('Soort maatregel (verplicht)').selectOption('LAWN_TO_PLAY_MEADOW_WITH_WADI');
  await staff.getByRole('checkbox', { name: 'Kloosterveen' }).focus();
  await staff.keyboard.press('Space');
  await staff.getByLabel('Begrotingspost').selectOption('GROEN-ONDERHOUD');
  await staff.getByRole('button', { name: 'Kostenregel toevoegen' }).focus();
  await staff.keyboard.press('Enter');
  assert.equal(await staff.evaluate(() => document.activeElement?.id), 'agenda-costs-0-year', 'focus moves to the new row');
  await staff.keyboard.press('Control+A');
  await staff.keyboard.type('2025');
  await staff.keyboard.press('Tab');
  await staff.keyboard.type('17.124');

  // The location picked on the map (blank canvas, no tiles), which writes the GeoJSON text.
  const picker = staff.getByRole('region', { name: 'Kaart om de locatie te kiezen' });
  await picker.click();
  assert.match(await staff.getByLabel(/Locatie/).inputValue(), /"type":"Point"/);
  assert.ok(await mapShapes(staff, 'Kaart om de locatie te kiezen') > 0, 'the picked point shows');
  await assertAccessible(staff, 'axe on the filled form');

  await staff.getByRole('button', { name: 'Concept opslaan' }).focus();
  await staff.keyboard.press('Enter');
  await staff.getByRole('heading', { level: 1, name: title }).waitFor();
  await staff.getByText('Het agendapunt is opgeslagen als concept.').waitFor();
  const itemId = new URL(staff.url()).pathname.split('/').pop();
  assert.match(itemId, /^[0-9a-f-]{36}$/);
  assert.match(await textOf(staff.getByRole('table', { name: 'Kosten per jaar' })), /€ 17\.124/);
  assert.equal(await mapShapes(staff, 'Kaart met de locatie van het agendapunt'), 1);
  await assertAccessible(staff, 'axe on the item page');

  // Editing the draft: the reason is asked, the change shows on the page.
  await staff.getByRole('link', { name: 'Agendapunt bewerken' }).click();
  await staff.getByRole('heading', { level: 1, name: `Bewerken: ${title}` }).waitFor();
  assert.equal(await staff.getByLabel('Bedrag in euro’s').inputValue(), '17124');
  await staff.getByLabel('Eigenaar (team of persoon)').fill('Team Water en Klimaat');
  await staff.getByLabel('Reden van de wijziging (verplicht)').fill('Eigenaar aangevuld (browsertest).');
  await assertAccessible(staff, 'axe on the edit form');
  await staff.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await staff.getByText('De wijzigingen zijn opgeslagen.').waitFor();
  await staff.getByText('Team Water en Klimaat').waitFor();
  await staff.getByText(/met als reden: “Eigenaar aangevuld \(browsertest\)\.”/).waitFor();

  await staff.getByRole('button', { name: 'Agendapunt indienen' }).focus();
  await staff.keyboard.press('Enter');
  await staff.getByText('Het agendapunt is ingediend.', { exact: false }).waitFor();
  await staff.getByText(/Status: Ingediend/).waitFor();
  assert.equal(await staff.getByRole('link', { name: 'Agendapunt bewerken' }).count(), 0, 'a submitted item is not editable');
  assert.deepEqual(sessions[0].cspViolations(), [], 'CSP violations (medewerker)');

  // The manager approves it in Mijn taken.
  const taskId = await reviewTask(itemId);
  const manager = sessions[1].page;
  await logIn(manager, 'manager-or');
  await openFromMainMenu(manager, 'Mijn taken');
  await manager.locator(`a[href="/taken/${taskId}"]`).click();
  await manager.getByRole('heading', { level: 2, name: `Agendapunt: ${title}` }).waitFor();
  assert.equal(await mapShapes(manager, 'Kaart met de locatie van het agendapunt'), 1);
  await assertAccessible(manager, 'axe on the task');
  await manager.getByRole('radio', { name: 'Goedkeuren' }).focus();
  await manager.keyboard.press('Space');
  await manager.getByRole('textbox', { name: /Toelichting/ }).fill('Akkoord (browsertest agenda).');
  await manager.getByRole('button', { name: 'Beslissing vastleggen' }).focus();
  await manager.keyboard.press('Enter');
  await manager.getByText(/Uw beslissing "Goedkeuren"/).waitFor();
  await awaitStatus(itemId, 'COVERED').catch(() => awaitStatus(itemId, 'APPROVED'));

  // The item's page, opened from a shared link, shows where it now stands.
  await manager.goto(`${GATEWAY}/uitvoeringsagenda/${itemId}`);
  await manager.getByRole('heading', { level: 1, name: title }).waitFor();
  await manager.getByText(/Status: (Gedekt uit bestaand budget|Goedgekeurd door afdelingsmanager)/).waitFor();
  await manager.getByRole('region', { name: 'Indieningen' }).getByText(/Ingediend .* door medewerker/).waitFor();
  await assertAccessible(manager, 'axe on the approved item');
  assert.deepEqual(sessions[1].cspViolations(), [], 'CSP violations (manager)');
});

// The council's exports in a real browser against the running suite: griffie logs in through Keycloak,
// opens Rapportages, narrows the selection and downloads the ODS file; axe-core checks the screen.
// Settings as for system-tests: GATEWAY_URL, KEYCLOAK_URL, KEYCLOAK_REALM, CHROMIUM (default /usr/bin/chromium).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { assertAccessible, logIn, openBrowser, openFromMainMenu } from './lib.mjs';

let session;
let page;

before(async () => {
  session = await openBrowser();
  page = session.page;
});

after(async () => session?.close('reports'));

/** The first entry of a zip is stored uncompressed under its name (local file header, APPNOTE 4.3.7). */
function firstZipEntry(bytes) {
  assert.equal(bytes.readUInt32LE(0), 0x04034b50, 'a zip file');
  const nameLength = bytes.readUInt16LE(26);
  const extraLength = bytes.readUInt16LE(28);
  const size = bytes.readUInt32LE(18);
  const nameStart = 30;
  const dataStart = nameStart + nameLength + extraLength;
  return {
    name: bytes.subarray(nameStart, nameStart + nameLength).toString('utf8'),
    content: bytes.subarray(dataStart, dataStart + size).toString('utf8'),
  };
}

test('griffie selects the draft items and downloads them as ODS; no serious axe violations', async () => {
  await logIn(page, 'griffie');

  await openFromMainMenu(page, 'Rapportages');
  assert.equal(await page.title(), 'Rapportages - Groenagenda');
  await page.getByRole('table', { name: 'Totalen per thema en per jaar' }).waitFor();
  await assertAccessible(page, 'axe on Rapportages');

  // The council filters by theme too (agenda-service lets it read the themes).
  await page.getByRole('group', { name: 'Thema' }).getByRole('checkbox').first().waitFor();

  await page.getByRole('group', { name: 'Status' }).getByRole('checkbox', { name: 'Concept' }).check();
  await page.getByRole('textbox', { name: 'Vanaf jaar' }).fill('2025');
  await page.getByRole('textbox', { name: 'Tot en met jaar' }).fill('2027');
  await page.getByRole('button', { name: 'Overzicht tonen' }).click();
  await page.waitForURL((url) => url.searchParams.get('status') === 'DRAFT' && url.searchParams.get('fromYear') === '2025');
  const applied = page.locator('.groenagenda-report-preview__filters');
  await applied.waitFor();
  assert.match(await applied.textContent(), /StatusConcept/);
  assert.match(await applied.textContent(), /Jaren2025 t\/m 2027/);

  // The selection is a link: a reload keeps it.
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Rapportages' }).waitFor();
  assert.equal(await page.getByRole('group', { name: 'Status' }).getByRole('checkbox', { name: 'Concept' }).isChecked(), true);

  const downloadStarted = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download als ODS' }).click();
  const download = await downloadStarted;
  assert.match(download.suggestedFilename(), /^uitvoeringsagenda-\d{8}-\d{4}\.ods$/);
  const file = await readFile(await download.path());
  const mimetype = firstZipEntry(file);
  assert.equal(mimetype.name, 'mimetype');
  assert.equal(mimetype.content, 'application/vnd.oasis.opendocument.spreadsheet');
  await page.getByText(`Opgeslagen als ${download.suggestedFilename()}.`).waitFor();
  assert.match(await page.getByRole('status').filter({ hasText: 'ODS-bestand' }).textContent(), /is klaar/);

  await assertAccessible(page, 'axe after the download');
  assert.deepEqual(session.cspViolations(), [], 'CSP violations');
});

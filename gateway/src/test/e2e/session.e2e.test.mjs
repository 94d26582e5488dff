// A session that ends while someone works: the next login must bring them back to the page they were on,
// with its URL (filters included), not to the start page. Both sessions are dropped (the gateway's and
// Keycloak's), as after a night away from the desk, so that Keycloak's own form asks for the password.
// Settings as for system-tests: GATEWAY_URL, KEYCLOAK_URL, KEYCLOAK_REALM, CHROMIUM (default /usr/bin/chromium).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { GATEWAY, fillLoginForm, logIn, openBrowser, settled } from './lib.mjs';

const SELECTION = '/rapportages?status=DRAFT&fromYear=2026&toYear=2027';

let session;
let page;

before(async () => {
  session = await openBrowser();
  page = session.page;
});

after(async () => session?.close('session'));

/** Where the browser is, without the `continue` marker Spring Security adds to a restored request. */
function pathWithQuery() {
  const url = new URL(page.url());
  url.searchParams.delete('continue');
  return `${url.pathname}?${url.searchParams}`;
}

async function onReportsWith(path) {
  await page.getByRole('heading', { level: 1, name: 'Rapportages' }).waitFor();
  await page.waitForURL((url) => url.pathname === '/rapportages');
  assert.equal(pathWithQuery(), path);
}

test('a reload after the session expired logs in again and returns to the same page and selection', async () => {
  await logIn(page, 'medewerker', SELECTION);
  await onReportsWith(SELECTION);
  await settled(page);

  await page.context().clearCookies();
  // A page request without a session: the gateway keeps it (request cache) and sends the browser to Keycloak.
  await page.reload();
  await page.locator('#kc-login').waitFor();
  await fillLoginForm(page, 'medewerker');

  await onReportsWith(SELECTION);
  assert.equal(await page.getByRole('group', { name: 'Status' }).getByRole('checkbox', { name: 'Concept' }).isChecked(), true);
  assert.deepEqual(session.cspViolations(), [], 'CSP violations');
});

// The UI reloads the page it is on when the API answers 401 (api/http.ts, browser.toLogin), so the gateway
// keeps that request across the login.
test('an API call that meets an expired session logs in again and returns to the page it came from', async () => {
  await page.goto(`${GATEWAY}${SELECTION}`);
  if (await page.locator('#kc-login').isVisible()) await fillLoginForm(page, 'medewerker');
  await onReportsWith(SELECTION);
  await settled(page);

  await page.context().clearCookies();
  // A change of the selection asks the API for the report, which answers 401 without a session.
  await page.getByRole('group', { name: 'Status' }).getByRole('checkbox', { name: 'Ingediend' }).check();
  await page.getByRole('button', { name: 'Overzicht tonen' }).click();
  await page.locator('#kc-login').waitFor();
  await fillLoginForm(page, 'medewerker');

  const changed = '/rapportages?status=DRAFT&status=SUBMITTED&fromYear=2026&toYear=2027';
  await onReportsWith(changed);
  assert.equal(await page.getByRole('group', { name: 'Status' }).getByRole('checkbox', { name: 'Ingediend' }).isChecked(), true);
  assert.deepEqual(session.cspViolations(), [], 'CSP violations');
});

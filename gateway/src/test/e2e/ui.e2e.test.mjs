// The web UI in a real browser against the running suite: a manager logs in through Keycloak,
// finds a freshly submitted agenda item in Mijn taken and approves it; axe-core checks the screens.
// Settings as for system-tests: GATEWAY_URL, KEYCLOAK_URL, KEYCLOAK_REALM, CHROMIUM (default /usr/bin/chromium).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const GATEWAY = (process.env.GATEWAY_URL ?? 'http://localhost:18080').replace(/\/$/, '');
const KEYCLOAK = (process.env.KEYCLOAK_URL ?? 'http://localhost:8180').replace(/\/$/, '');
const REALM = process.env.KEYCLOAK_REALM ?? 'groenagenda';
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const PATIENCE_MS = 120_000;
const AXE_SOURCE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** A token of a dev user (each password is the username), as the system tests get theirs. */
async function token(user) {
  const response = await fetch(`${KEYCLOAK}/realms/${REALM}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'groenagenda-cli', username: user, password: user }),
  });
  assert.equal(response.status, 200, `token for ${user}`);
  return (await response.json()).access_token;
}

async function api(user, method, path, body) {
  const response = await fetch(`${GATEWAY}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${await token(user)}`,
      Accept: 'application/json',
      ...(body ? { 'Content-Type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : undefined };
}

/** A new agenda item of openbare-ruimte, submitted by staff: manager-or gets its review task. */
async function submittedItem(title) {
  const created = await api('medewerker', 'POST', '/api/agenda/v1/agenda-items', {
    title,
    description: 'Aangemaakt door de browsertest van de webtoepassing.',
    visions: ['GROENVISIE', 'KLIMAATADAPTATIE'],
    theme: 'FLOODING',
    measureType: 'LAWN_TO_PLAY_MEADOW_WITH_WADI',
    districts: ['Kloosterveen'],
    department: 'openbare-ruimte',
    budgetLineCode: 'GROEN-ONDERHOUD',
    costs: [{ year: 2025, amount: 17124, recurring: false, kind: 'OPERATING' }],
  });
  assert.equal(created.status, 201, JSON.stringify(created.json));
  const submitted = await api('medewerker', 'POST', `/api/agenda/v1/agenda-items/${created.json.id}/submission`);
  assert.equal(submitted.status, 202, JSON.stringify(submitted.json));
  return created.json.id;
}

async function reviewTask(itemId) {
  const deadline = Date.now() + PATIENCE_MS;
  while (Date.now() < deadline) {
    const tasks = await api('manager-or', 'GET', '/api/workflow/v1/tasks?pageSize=500');
    const found = tasks.json?.items?.find((task) => task.agendaItemId === itemId && task.name === 'Agendapunt beoordelen');
    if (found) return found.id;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`no review task for ${itemId} within ${PATIENCE_MS} ms`);
}

async function awaitStatus(itemId, status) {
  const deadline = Date.now() + PATIENCE_MS;
  let last;
  while (Date.now() < deadline) {
    last = (await api('manager-or', 'GET', `/api/agenda/v1/agenda-items/${itemId}`)).json?.status;
    if (last === status) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`item ${itemId} stayed ${last}, expected ${status}`);
}

/** Serious and critical axe violations of the page as it is now. */
async function seriousViolations(page) {
  // evaluate() runs outside the page's CSP, which rightly forbids injected inline scripts.
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

let browser;
let page;
const consoleErrors = [];

before(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  page = await browser.newPage({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  // A CSP violation shows up as a console error: the UI must run under the gateway's policy.
  page.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(message.text()); });
});

after(async () => {
  if (page && process.env.E2E_SCREENSHOTS) {
    await mkdir('results', { recursive: true });
    await page.screenshot({ path: 'results/last.png', fullPage: true });
  }
  await browser?.close();
});

test('manager-or logs in through Keycloak, opens Mijn taken and approves a task; no serious axe violations', async () => {
  const title = `Browsertest wadi ${Date.now().toString(36)}`;
  const itemId = await submittedItem(title);
  const taskId = await reviewTask(itemId);

  // Logging in: the gateway sends the browser to Keycloak's form and back to the start page.
  const started = Date.now();
  await page.goto(`${GATEWAY}/`);
  await page.locator('#username').fill('manager-or');
  await page.locator('#password').fill('manager-or');
  await page.locator('#kc-login').click();
  await page.getByRole('heading', { level: 1, name: 'Overzicht' }).waitFor();
  assert.equal(await page.title(), 'Overzicht - Groenagenda');
  assert.equal(await page.locator('html').getAttribute('lang'), 'nl');
  await page.getByRole('region', { name: 'Mijn open taken' }).waitFor();
  await page.locator('table').first().waitFor();
  console.log(`login and first screen: ${Date.now() - started} ms`);
  assert.deepEqual(await seriousViolations(page), [], 'axe on Overzicht');

  // Keyboard only: the skip link is the first tab stop and lands on the content.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Naar de inhoud');

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn taken' }).click();
  await page.getByRole('heading', { level: 1, name: 'Mijn taken' }).waitFor();
  const link = page.locator(`a[href="/taken/${taskId}"]`);
  await link.waitFor();
  assert.deepEqual(await seriousViolations(page), [], 'axe on Mijn taken');

  await link.click();
  await page.getByRole('heading', { level: 2, name: `Agendapunt: ${title}` }).waitFor();
  assert.match((await page.getByRole('table', { name: 'Kosten per jaar' }).textContent()).replace(/\u00a0/g, ' '), /€ 17\.124/);
  assert.deepEqual(await seriousViolations(page), [], 'axe on the task');

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

  assert.deepEqual(consoleErrors.filter((text) => /Content Security Policy/i.test(text)), [], 'CSP violations');
});

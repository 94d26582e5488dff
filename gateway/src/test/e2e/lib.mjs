// What every browser test of the web UI shares: settings, dev users' tokens for arranging data through
// the API, logging in through Keycloak's form, and axe-core.
// Settings as for system-tests: GATEWAY_URL, KEYCLOAK_URL, KEYCLOAK_REALM, CHROMIUM (default /usr/bin/chromium).
import assert from 'node:assert/strict';
import { readFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

export const GATEWAY = (process.env.GATEWAY_URL ?? 'http://localhost:18080').replace(/\/$/, '');
const KEYCLOAK = (process.env.KEYCLOAK_URL ?? 'http://localhost:8180').replace(/\/$/, '');
const REALM = process.env.KEYCLOAK_REALM ?? 'groenagenda';
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const PATIENCE_MS = 120_000;
const AXE_SOURCE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** A token of a dev user (each password is the username), as the system tests get theirs. */
export async function token(user) {
  const response = await fetch(`${KEYCLOAK}/realms/${REALM}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'groenagenda-cli', username: user, password: user }),
  });
  assert.equal(response.status, 200, `token for ${user}`);
  return (await response.json()).access_token;
}

export async function api(user, method, path, body) {
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
export async function submittedItem(title) {
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

/**
 * Asks `probe` every half second until it answers something truthy (which is returned); the workflow
 * works asynchronously, so what a test waits for comes some time after the request that caused it.
 */
async function eventually(probe, failure) {
  const deadline = Date.now() + PATIENCE_MS;
  while (Date.now() < deadline) {
    const answer = await probe();
    if (answer) return answer;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(failure());
}

export async function reviewTask(itemId) {
  const found = await eventually(async () => {
    const tasks = await api('manager-or', 'GET', '/api/workflow/v1/tasks?pageSize=500');
    return tasks.json?.items?.find((task) => task.agendaItemId === itemId && task.name === 'Agendapunt beoordelen');
  }, () => `no review task for ${itemId} within ${PATIENCE_MS} ms`);
  return found.id;
}

export async function awaitStatus(itemId, status) {
  let last;
  await eventually(async () => {
    last = (await api('manager-or', 'GET', `/api/agenda/v1/agenda-items/${itemId}`)).json?.status;
    return last === status;
  }, () => `item ${itemId} stayed ${last}, expected ${status}`);
}

/** Serious and critical axe violations of the page as it is now. */
export async function seriousViolations(page) {
  // evaluate() runs outside the page's CSP, which rightly forbids injected inline scripts.
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** The page as it is now has no serious or critical axe violation; `what` names the screen in a failure. */
export async function assertAccessible(page, what) {
  assert.deepEqual(await seriousViolations(page), [], what);
}

/**
 * A browser of its own per test file, in Dutch and in Amsterdam time, collecting console errors so a
 * test can assert that the gateway's CSP refused nothing.
 */
export async function openBrowser() {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  const page = await browser.newPage({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  const consoleErrors = [];
  page.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(message.text()); });
  return {
    page,
    cspViolations: () => consoleErrors.filter((text) => /Content Security Policy/i.test(text)),
    async close(name) {
      if (process.env.E2E_SCREENSHOTS) {
        await mkdir('results', { recursive: true });
        await page.screenshot({ path: `results/${name}.png`, fullPage: true });
      }
      await browser.close();
    },
  };
}

/** Keycloak's login form, already on the page, filled in and sent as a person would. */
export async function fillLoginForm(page, user) {
  await page.locator('#username').fill(user);
  await page.locator('#password').fill(user);
  await page.locator('#kc-login').click();
}

/** Through Keycloak's own form, as a person would; without a path it waits until the Overzicht shows. */
export async function logIn(page, user, path = '/') {
  await page.goto(`${GATEWAY}${path}`);
  await fillLoginForm(page, user);
  if (path === '/') await page.getByRole('heading', { level: 1, name: 'Overzicht' }).waitFor();
}

/** A section opened from the main menu, waited for until its h1 shows. */
export async function openFromMainMenu(page, section) {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: section }).click();
  await page.getByRole('heading', { level: 1, name: section }).waitFor();
}

/**
 * Waits until the page has no request in flight (half a second without one). A test that ends the session
 * must wait for this first: a request of the page's own loading that meets the missing session would start
 * a login of its own, racing the one the test means to cause.
 */
export async function settled(page) {
  await page.waitForLoadState('networkidle');
}

/** Text as a person reads it: Intl writes a no-break space between € and the amount. */
export const plain = (text) => (text ?? '').replace(/\u00a0/g, ' ').trim();

/** The plain text of what a locator finds. */
export const textOf = async (locator) => plain(await locator.textContent());

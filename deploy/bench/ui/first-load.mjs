// Measures the web UI in a real browser, for deploy/bench/ui.sh:
//  - the JavaScript of the first screen: what index.html loads (its module script and modulepreloads),
//    gzipped here at level 6 as a server would, plus what the browser really fetched for the Overzicht;
//  - the first load: ROUNDS logins through Keycloak's form, each in a fresh browser context (empty
//    cache), timed from the click on "Inloggen" to the Overzicht heading; and as many loads of the
//    app with a session but an empty cache, from the start of the navigation to the heading in the DOM,
//    by the page's own clock;
//  - a session cookie of the last login, written to COOKIE_FILE, for Lighthouse.
// Prints one JSON object. Settings: GATEWAY_URL, BENCH_USER, ROUNDS, CHROMIUM, COOKIE_FILE.
import { writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { overviewShown, submitLogin } from './login.mjs';

const GATEWAY = (process.env.GATEWAY_URL ?? 'http://localhost:8080').replace(/\/$/, '');
const USER = process.env.BENCH_USER ?? 'medewerker';
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const COOKIE_FILE = process.env.COOKIE_FILE;

const gzipped = (bytes) => gzipSync(bytes, { level: 6 }).length;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * The page's own clock when the heading enters the DOM, from the start of its navigation: no round
 * trip to this script in the figure.
 */
function recordOverviewMoment() {
  new MutationObserver((changes, observer) => {
    if ([...document.querySelectorAll('h1')].some((heading) => heading.textContent === 'Overzicht')) {
      window.groenagendaOverviewAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

/** The scripts that index.html makes the browser load before anything is drawn. */
function firstScreenScripts(html) {
  const urls = new Set();
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const isModuleScript = /^<script/i.test(tag) && /\bsrc="([^"]+)"/i.test(tag);
    const isPreload = /^<link/i.test(tag) && /\brel="modulepreload"/i.test(tag);
    const url = /\b(?:src|href)="([^"]+)"/i.exec(tag)?.[1];
    if (url && (isModuleScript || isPreload)) urls.add(new URL(url, `${GATEWAY}/`).toString());
  }
  return [...urls];
}

async function logInOnce(browser) {
  const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  const page = await context.newPage();
  const scripts = new Map();
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script' && response.url().startsWith(GATEWAY)) {
      scripts.set(response.url(), await response.body().catch(() => Buffer.alloc(0)));
    }
  });
  await page.goto(`${GATEWAY}/`);
  const started = await submitLogin(page, USER);
  await overviewShown(page);
  const loginMs = performance.now() - started;
  return { context, page, loginMs, scripts };
}

/** The app with a valid session but nothing cached: a first visit of the day with SSO in place. */
async function loadWithSession(browser, storageState) {
  const context = await browser.newContext({ storageState, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  const page = await context.newPage();
  await page.addInitScript(recordOverviewMoment);
  await page.goto(`${GATEWAY}/`);
  await overviewShown(page);
  const ms = await page.evaluate(() => window.groenagendaOverviewAt);
  await context.close();
  return ms;
}

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
try {
  const logins = [];
  const loads = [];
  let last;
  for (let round = 0; round < ROUNDS; round += 1) {
    if (last) await last.context.close();
    last = await logInOnce(browser);
    logins.push(last.loginMs);
    loads.push(await loadWithSession(browser, await last.context.storageState()));
  }

  const html = await (await last.page.request.get(`${GATEWAY}/`, { headers: { Accept: 'text/html' } })).text();
  const entry = [];
  for (const url of firstScreenScripts(html)) {
    const response = await last.page.request.get(url);
    if (!response.ok()) throw new Error(`${url} answered ${response.status()}`);
    const body = await response.body();
    entry.push({ file: new URL(url).pathname, bytes: body.length, gzipBytes: gzipped(body) });
  }
  const loaded = [...last.scripts].map(([url, body]) => ({ file: new URL(url).pathname, bytes: body.length, gzipBytes: gzipped(body) }));

  const session = (await last.context.cookies(GATEWAY)).find((cookie) => cookie.name === 'SESSION');
  if (!session) throw new Error('no SESSION cookie after the login');
  if (COOKIE_FILE) await writeFile(COOKIE_FILE, `SESSION=${session.value}`, { mode: 0o600 });

  const round1 = (ms) => Math.round(ms);
  console.log(JSON.stringify({
    user: USER,
    rounds: ROUNDS,
    firstScreenScripts: entry,
    firstScreenGzipBytes: entry.reduce((sum, script) => sum + script.gzipBytes, 0),
    overviewLoadedScripts: loaded,
    overviewLoadedGzipBytes: loaded.reduce((sum, script) => sum + script.gzipBytes, 0),
    loginToOverviewMs: logins.map(round1),
    loginToOverviewMedianMs: round1(median(logins)),
    loadWithSessionMs: loads.map(round1),
    loadWithSessionMedianMs: round1(median(loads)),
  }));
} finally {
  await browser.close();
}

// Lighthouse on the logged-in web UI, for deploy/bench/ui.sh. The session lives in the gateway's cookie,
// and a Cookie header (lighthouse --extra-headers) does not reach the module scripts, which index.html
// loads in CORS mode (crossorigin): the gateway answers them 401 and nothing paints. So one Chromium with
// a remote-debugging port logs in through Keycloak's form, and Lighthouse drives that same browser
// (--port), its storage left alone so the session survives; the HTTP cache is emptied before each run,
// so every run is a first visit.
// Prints one JSON line per path and preset. Settings: GATEWAY_URL, BENCH_USER, CHROMIUM, LIGHTHOUSE_PATHS.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { overviewShown, submitLogin } from './login.mjs';

const GATEWAY = (process.env.GATEWAY_URL ?? 'http://localhost:8080').replace(/\/$/, '');
const USER = process.env.BENCH_USER ?? 'medewerker';
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const PATHS = (process.env.LIGHTHOUSE_PATHS ?? '/ /rapportages').split(/\s+/).filter(Boolean);
const PORT = 9300 + Math.floor(Math.random() * 600);
const LIGHTHOUSE = createRequire(import.meta.url).resolve('lighthouse/cli/index.js');

const profile = await mkdtemp(join(tmpdir(), 'bench-ui-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', `--remote-debugging-port=${PORT}`],
  locale: 'nl-NL',
  timezoneId: 'Europe/Amsterdam',
});
try {
  const page = context.pages()[0] ?? await context.newPage();
  await page.goto(`${GATEWAY}/`);
  await submitLogin(page, USER);
  await overviewShown(page);
  const cdp = await context.newCDPSession(page);

  for (const path of PATHS) {
    for (const preset of ['mobile', 'desktop']) {
      await cdp.send('Network.clearBrowserCache');
      const output = join(profile, 'report.json');
      await promisify(execFile)(process.execPath, [
        LIGHTHOUSE, `${GATEWAY}${path}`, `--port=${PORT}`, '--disable-storage-reset',
        ...(preset === 'desktop' ? ['--preset=desktop'] : []),
        '--only-categories=performance,accessibility', '--output=json', `--output-path=${output}`, '--quiet',
      ], { maxBuffer: 64 * 1024 * 1024 });
      const report = JSON.parse(await readFile(output, 'utf8'));
      if (report.runtimeError) throw new Error(`${path} (${preset}): ${report.runtimeError.message}`);
      if (new URL(report.finalDisplayedUrl).origin !== new URL(GATEWAY).origin) {
        throw new Error(`${path} (${preset}) ended on ${report.finalDisplayedUrl}: the session was lost`);
      }
      const score = (name) => Math.round(report.categories[name].score * 100);
      const weighted = new Set(report.categories.accessibility.auditRefs.filter((ref) => ref.weight > 0).map((ref) => ref.id));
      console.log(JSON.stringify({
        lighthouse: report.lighthouseVersion,
        path,
        preset,
        performance: score('performance'),
        accessibility: score('accessibility'),
        firstContentfulPaint: report.audits['first-contentful-paint'].displayValue,
        largestContentfulPaint: report.audits['largest-contentful-paint'].displayValue,
        totalBlockingTime: report.audits['total-blocking-time'].displayValue,
        accessibilityNotPassed: Object.values(report.audits)
          .filter((audit) => weighted.has(audit.id) && audit.score !== null && audit.score < 1)
          .map((audit) => audit.id),
      }));
    }
  }
} finally {
  await context.close();
  await rm(profile, { recursive: true, force: true });
}

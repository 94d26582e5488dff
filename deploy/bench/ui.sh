#!/usr/bin/env bash
# Web UI benchmark (issue 7, "Performance"): against a running gateway, prints
#  (a) the JavaScript of the first screen, gzipped, against the goal of at most 300 KB;
#  (b) the first load of the app: login through Keycloak's form to the Overzicht heading, and the app
#      loaded with a session but an empty cache, each the median of ROUNDS, against the goal of 1 s;
#  (c) Lighthouse's performance and accessibility scores of each path in LIGHTHOUSE_PATHS, mobile
#      (Lighthouse's default: simulated slow 4G and a 4x slower CPU) and desktop, logged in
#      (deploy/bench/ui/lighthouse.mjs says how).
# A script, not a test: it reports figures and judges nothing.
#
# Needs a running suite (deploy/local/run.sh), node and npm, and Chromium (apt-get install chromium).
# Tunables: GATEWAY_URL (http://localhost:8080), BENCH_USER (medewerker), ROUNDS (5),
# LIGHTHOUSE_PATHS ("/ /rapportages"), CHROMIUM (/usr/bin/chromium).
set -euo pipefail
# shellcheck source=deploy/bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

GATEWAY_URL=${GATEWAY_URL:-http://localhost:8080}
GATEWAY_URL=${GATEWAY_URL%/}
BENCH_USER=${BENCH_USER:-medewerker}
ROUNDS=${ROUNDS:-5}
LIGHTHOUSE_PATHS=${LIGHTHOUSE_PATHS:-/ /rapportages}
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
GOAL_JS_GZIP_KB=300
GOAL_FIRST_LOAD_MS=1000

require_tools curl node npm
[[ -x $CHROMIUM ]] || fail "no Chromium at $CHROMIUM: apt-get install chromium, or set CHROMIUM"
# A gateway without a session sends a page request to the login; anything else is not our gateway.
status=$(curl -s -o /dev/null -w '%{http_code}' -H 'Accept: text/html' "$GATEWAY_URL/") || status=000
[[ $status == 302 ]] || fail "no gateway at $GATEWAY_URL (GET / answered $status, expected 302 to the login): start the suite first (deploy/local/run.sh)"

ui=$(cd "$(dirname "${BASH_SOURCE[0]}")/ui" && pwd)
(cd "$ui" && npm ci --prefer-offline --no-audit --no-fund --loglevel=error >/dev/null) || fail "npm ci in $ui failed"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cookie_file=$work/cookie

echo "Web UI benchmark: $GATEWAY_URL as $BENCH_USER, $ROUNDS rounds, Chromium $("$CHROMIUM" --version 2>/dev/null | awk '{print $2}')"
GATEWAY_URL=$GATEWAY_URL BENCH_USER=$BENCH_USER ROUNDS=$ROUNDS CHROMIUM=$CHROMIUM COOKIE_FILE=$cookie_file \
  node "$ui/first-load.mjs" > "$work/load.json" || fail "the browser measurement failed"

# The gateway itself may compress or not: say which, since the figures below are gzipped here.
first_script=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1])).firstScreenScripts[0].file)' "$work/load.json")
encoding=$(curl -s -o /dev/null -D - -H 'Accept-Encoding: gzip' -H "Cookie: $(cat "$cookie_file")" "$GATEWAY_URL$first_script" \
  | tr -d '\r' | awk -F': ' 'tolower($1) == "content-encoding" {print $2}')

node - "$work/load.json" "$GOAL_JS_GZIP_KB" "$GOAL_FIRST_LOAD_MS" "${encoding:-none}" <<'EOF'
const [file, goalKb, goalMs, encoding] = process.argv.slice(2);
const load = JSON.parse(require('fs').readFileSync(file, 'utf8'));
const kb = (bytes) => (bytes / 1024).toFixed(1);
const met = (ok) => (ok ? 'yes' : 'no');
console.log(`\n(a) JavaScript of the first screen (index.html's module script and modulepreloads), gzip level 6:`);
for (const script of load.firstScreenScripts) {
  console.log(`    ${script.file.padEnd(44)} ${kb(script.bytes).padStart(8)} KB  ${kb(script.gzipBytes).padStart(7)} KB gzipped`);
}
console.log(`    total ${kb(load.firstScreenGzipBytes)} KB gzipped (goal <= ${goalKb} KB): met ${met(load.firstScreenGzipBytes <= goalKb * 1024)}`);
console.log(`    all JavaScript the browser fetched for the Overzicht: ${kb(load.overviewLoadedGzipBytes)} KB gzipped in ${load.overviewLoadedScripts.length} files`);
console.log(`    the gateway's own Content-Encoding for scripts: ${encoding}`);
console.log(`\n(b) first load, median of ${load.rounds} (each in a new browser context: empty cache):`);
console.log(`    login (click on Inloggen) to the Overzicht heading: ${load.loginToOverviewMedianMs} ms  [${load.loginToOverviewMs.join(', ')}]`);
console.log(`    app with a session, navigation to the Overzicht heading: ${load.loadWithSessionMedianMs} ms  [${load.loadWithSessionMs.join(', ')}] (goal <= ${goalMs} ms): met ${met(load.loadWithSessionMedianMs <= goalMs)}`);
EOF

echo
echo "(c) Lighthouse $(node -e 'console.log(require(process.argv[1]).version)' "$ui/node_modules/lighthouse/package.json") in the same Chromium, logged in, empty cache per run; scores 0-100:"
GATEWAY_URL=$GATEWAY_URL BENCH_USER=$BENCH_USER CHROMIUM=$CHROMIUM LIGHTHOUSE_PATHS=$LIGHTHOUSE_PATHS \
  node "$ui/lighthouse.mjs" > "$work/lighthouse.jsonl" || fail "the Lighthouse runs failed"
node - "$work/lighthouse.jsonl" <<'EOF'
const runs = require('fs').readFileSync(process.argv[2], 'utf8').trim().split('\n').map((line) => JSON.parse(line));
const row = (cells) => console.log(`    ${cells[0].padEnd(16)} ${cells[1].padEnd(8)} ${cells.slice(2).map((cell, i) => String(cell).padStart([12, 14, 9, 9, 9][i])).join(' ')}`);
row(['path', 'preset', 'performance', 'accessibility', 'FCP', 'LCP', 'TBT']);
for (const run of runs) {
  row([run.path, run.preset, run.performance, run.accessibility, run.firstContentfulPaint, run.largestContentfulPaint, run.totalBlockingTime]);
  for (const audit of run.accessibilityNotPassed) console.log(`      accessibility audit not passed: ${audit}`);
}
EOF

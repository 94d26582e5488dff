#!/usr/bin/env bash
# Agenda benchmark (issue 5, "Performance"): the council export of ITEMS agenda items in each format,
# and list pages of the agenda with CONNECTIONS concurrent clients.
#  - loads ITEMS items (default 2,000) straight into the agenda database, each with costs in 6 to 21
#    fiscal years, spread over the themes, districts and departments, all on budget line BENCH-AGENDA
#    so the export can select exactly them (budgetLineCode=BENCH-AGENDA);
#  - GET /reports/agenda?format=json|csv|xlsx|ods|pdf&budgetLineCode=BENCH-AGENDA, RUNS times each
#    after one warm-up: median and worst wall time as curl measures it, and the file size;
#  - GET /agenda-items pages of 50 (agenda-pages.lua: by district and page) with wrk --latency at
#    CONNECTIONS connections, as financien (who sees every department): full items, then view=summary.
# A script, not a test: it prints figures and the issue's goals next to them; it judges nothing.
#
# The BENCH items (drafter 'bench') are deleted when the script ends, also when it fails.
# Needs a running suite (deploy/local/run.sh in another terminal), wrk, psql and curl.
# Tunables: ITEMS (2000), RUNS (5), CONNECTIONS (20), THREADS (2), DURATION (15s), WARMUP (30s),
# SKIP_EXPORTS (1: only the list pages, for iterating), BENCH_USER (financien), SERVICE_URL (agenda-service,
# default http://localhost:8083), KEYCLOAK_URL, KEYCLOAK_REALM, DB_HOST, DB_PORT, DB_USER, DB_PASSWORD, AGENDA_DB (groenagenda_agenda).
set -euo pipefail
# shellcheck source=deploy/bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ITEMS=${ITEMS:-2000}
RUNS=${RUNS:-5}
SKIP_EXPORTS=${SKIP_EXPORTS:-0}
CONNECTIONS=${CONNECTIONS:-20}
THREADS=${THREADS:-2}
DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-30s} # a JIT-compiled service in its steady state, as in assets.sh
BENCH_USER=${BENCH_USER:-financien}
SERVICE_URL=${SERVICE_URL:-http://localhost:8083}
KEYCLOAK_URL=${KEYCLOAK_URL:-http://localhost:8180}
KEYCLOAK_REALM=${KEYCLOAK_REALM:-groenagenda}
DB_HOST=${DB_HOST:-localhost}
DB_PORT=${DB_PORT:-5432}
DB_USER=${DB_USER:-groenagenda}
export PGPASSWORD=${DB_PASSWORD:-groenagenda} PGOPTIONS="-c client_min_messages=warning"
BENCH_DB=${AGENDA_DB:-groenagenda_agenda}
API=$SERVICE_URL/api/agenda/v1
HERE=$(cd "$(dirname "$0")" && pwd)

require_tools wrk psql curl awk sort
[ "$ITEMS" -ge 1 ] && [ "$ITEMS" -le 100000 ] || fail "ITEMS must be 1-100000"
require_local_service agenda-service
require_database

remove_bench_data() {
  sql -c "DELETE FROM agenda_item WHERE drafter = 'bench'" >/dev/null
}
work=$(mktemp -d)
cleanup() {
  echo "cleaning up: the bench agenda items" >&2
  remove_bench_data || echo "bench: cleanup failed; delete the agenda items with drafter 'bench' by hand" >&2
  rm -rf "$work"
}
trap cleanup EXIT
remove_bench_data

echo "loading $ITEMS agenda items (drafter 'bench', budget line BENCH-AGENDA) into $BENCH_DB"
sql <<SQL
BEGIN;
WITH themes AS (SELECT array_agg(code ORDER BY sort_order) AS codes FROM theme),
     districts AS (SELECT array_agg(name ORDER BY sort_order) AS names FROM district),
     items AS (
       SELECT gen_random_uuid() AS id, n FROM generate_series(1, $ITEMS) AS n)
INSERT INTO agenda_item (id, title, description, visions, theme_code, measure_type, districts, location, department,
                         drafter, planned_start, planned_end, budget_line_code, status, traffic_light)
SELECT i.id,
       'Benchmark-agendapunt ' || i.n || ': groene speelweide met wadi',
       'Geladen door deploy/bench/agenda.sh en na afloop verwijderd. Wijkgazon wordt speelweide met wadi.',
       ARRAY['GROENVISIE', 'KLIMAATADAPTATIE'],
       t.codes[1 + i.n % array_length(t.codes, 1)],
       (ARRAY['REPLACE_TREES_OR_PLANTINGS', 'LAWN_TO_PLAY_MEADOW_WITH_WADI', 'REMOVE_PAVING', 'NEW_PLANTING'])[1 + i.n % 4],
       ARRAY[d.names[1 + i.n % array_length(d.names, 1)]],
       jsonb_build_object('type', 'Point', 'coordinates', jsonb_build_array(6.50 + (i.n % 100) * 0.001, 52.97 + (i.n % 70) * 0.001)),
       (ARRAY['openbare-ruimte', 'ruimtelijke-ontwikkeling', 'samenleving'])[1 + i.n % 3],
       'bench', DATE '2025-01-01', DATE '2026-12-31', 'BENCH-AGENDA',
       (ARRAY['DRAFT', 'SUBMITTED', 'APPROVED', 'COVERED', 'CLAIMED', 'IN_EXECUTION'])[1 + i.n % 6],
       'GREEN'
FROM items i, themes t, districts d;
INSERT INTO agenda_item_cost (agenda_item_id, year, recurring, kind, amount)
SELECT i.id, y, true, 'OPERATING', round((1000 + (abs(hashtext(i.id::text || y)) % 100000))::numeric / 3, 2)
FROM agenda_item i, generate_series(2024, 2044) AS y
WHERE i.drafter = 'bench' AND y <= 2029 + (abs(hashtext(i.id::text)) % 16);
INSERT INTO agenda_item_cost (agenda_item_id, year, recurring, kind, amount)
SELECT i.id, 2025, false, 'INVESTMENT', 25000.00 FROM agenda_item i WHERE i.drafter = 'bench';
COMMIT;
SQL
# As autovacuum leaves a table in use (and soon after this bulk load): the districts' GIN index merged,
# the visibility map set, so the figures are those of a settled database rather than of the first minute.
sql -c "VACUUM (ANALYZE) agenda_item" -c "VACUUM (ANALYZE) agenda_item_cost"
loaded=$(sql -c "SELECT count(*) FROM agenda_item WHERE drafter = 'bench'")
costs=$(sql -c "SELECT count(*) FROM agenda_item_cost c JOIN agenda_item i ON i.id = c.agenda_item_id WHERE i.drafter = 'bench'")
total_items=$(sql -c "SELECT count(*) FROM agenda_item")
echo "  $loaded items with $costs yearly costs loaded; $total_items items in the agenda"

# --- exports ------------------------------------------------------------------------------------------
export BENCH_TOKEN=$(token)
export_results=()
formats=(json csv xlsx ods pdf)
[ "$SKIP_EXPORTS" = 1 ] && formats=()
[ ${#formats[@]} -gt 0 ] && echo "exports: GET /reports/agenda?budgetLineCode=BENCH-AGENDA, $RUNS runs per format after one warm-up"
for format in "${formats[@]}"; do
  url="$API/reports/agenda?format=$format&budgetLineCode=BENCH-AGENDA"
  status=$(curl -s -o "$work/report.$format" -w '%{http_code}' -H "Authorization: Bearer $BENCH_TOKEN" "$url")
  [ "$status" = 200 ] || fail "GET $url answered $status: $(head -c 500 "$work/report.$format")"
  size=$(wc -c <"$work/report.$format")
  times=()
  for _ in $(seq 1 "$RUNS"); do
    times+=("$(curl -s -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $BENCH_TOKEN" "$url")")
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
  worst=$(printf '%s\n' "${times[@]}" | sort -n | tail -1)
  export_results+=("$format $median $worst $size")
  echo "  $format: median ${median}s, worst ${worst}s, $size bytes"
done
rows=?
if [ ${#formats[@]} -gt 0 ]; then
  rows=$(curl -sf -H "Authorization: Bearer $BENCH_TOKEN" "$API/reports/agenda?budgetLineCode=BENCH-AGENDA" \
    | grep -o '"id":"' | wc -l) || rows=?
fi

# --- list pages ---------------------------------------------------------------------------------------
# Full items (the default) and view=summary (what the list table needs), one after the other.
export BENCH_TOKEN=$(token)
list_results=()
for view in full summary; do
  export VIEW=$view
  [ "$view" = full ] && VIEW=
  echo "list ($view): GET /agenda-items pages of 50 by district and page, wrk -c$CONNECTIONS -t$THREADS, $DURATION (after $WARMUP warm-up)"
  wrk_measure "$HERE/agenda-pages.lua" "$CONNECTIONS" "$THREADS" "$WARMUP" "$DURATION" "$SERVICE_URL"
  list_results+=("$view $WRK_RPS $WRK_P50 $WRK_P99 $WRK_REQUESTS $WRK_NON2XX")
done

# --- figures ------------------------------------------------------------------------------------------
if [ ${#formats[@]} -gt 0 ]; then
  echo
  echo "export of $ITEMS items ($rows rows in the JSON report)"
  printf '%-8s %10s %10s %12s %16s\n' format "median s" "worst s" bytes "goal <= 2 s"
fi
for line in "${export_results[@]}"; do
  read -r format median worst size <<<"$line"
  printf '%-8s %10s %10s %12s %16s\n' "$format" "$median" "$worst" "$size" \
    "$(awk -v v="$worst" 'BEGIN { print v <= 2 ? "met" : "NOT met" }')"
done
echo
for line in "${list_results[@]}"; do
  read -r view rps p50 p99 requests non2xx <<<"$line"
  echo "list pages ($view) at $CONNECTIONS connections: $rps requests/s, p50 $p50 ms, p99 $p99 ms, $requests requests," \
    "$non2xx non-2xx; goal p99 <= 50 ms: $(awk -v v="$p99" 'BEGIN { print v <= 50 ? "met" : "NOT met" }')"
done

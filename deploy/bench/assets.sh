#!/usr/bin/env bash
# Asset register benchmark (issue 3, "Performance"): with ASSETS extra trees in the register, measures
#  - the import of an ASSETS-row CSV through the API, against a raw psql \copy of the same rows into a
#    scratch table shaped like the register (and, for reference, into a bare one), in the same run;
#  - the asset-service's peak RSS during that import (VmRSS sampled every 0.2 s);
#  - GET /summary right after the import (computed), then remembered (median of CALLS), then computed
#    again after each of CALLS raises of the register version (median), and a default 20-year
#    POST /replacement-plans (median of CALLS calls); for reference, the summary before the import;
#  - list pages (GET /assets, pageSize=50, type, district and dueBefore filters) with wrk at
#    LIST_CONNECTIONS concurrent clients: requests/s, p50, p99.
# A script, not a test: it prints figures and the issue's goals next to them; it judges nothing.
#
# The CSV is generated deterministically: trees BENCH-0000001.. in RD New inside Assen
# (x 230000-238000, y 553000-561000). The imported BENCH- assets (with their history), the import's
# log row and the scratch table are deleted again when the script ends, also when it fails.
#
# Needs a running suite (deploy/local/run.sh in another terminal), wrk, psql and curl.
# Tunables: ASSETS (250000), CALLS (5), LIST_CONNECTIONS (20), THREADS (2), DURATION (15s), WARMUP (30s),
# BENCH_USER (beheerder), SERVICE_URL (asset-service, default http://localhost:8081), KEYCLOAK_URL,
# KEYCLOAK_REALM, DB_HOST, DB_PORT, DB_USER, DB_PASSWORD, ASSET_DB (groenagenda_asset), KEEP_CSV (unset).
set -euo pipefail
# shellcheck source=deploy/bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ASSETS=${ASSETS:-250000}
CALLS=${CALLS:-5}
LIST_CONNECTIONS=${LIST_CONNECTIONS:-20}
THREADS=${THREADS:-2}
DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-30s} # a JIT-compiled service in its steady state: 5 s left much of the list path interpreted
BENCH_USER=${BENCH_USER:-beheerder}
SERVICE_URL=${SERVICE_URL:-http://localhost:8081}
KEYCLOAK_URL=${KEYCLOAK_URL:-http://localhost:8180}
KEYCLOAK_REALM=${KEYCLOAK_REALM:-groenagenda}
DB_HOST=${DB_HOST:-localhost}
DB_PORT=${DB_PORT:-5432}
DB_USER=${DB_USER:-groenagenda}
export PGPASSWORD=${DB_PASSWORD:-groenagenda} PGOPTIONS="-c client_min_messages=warning"
ASSET_DB=${ASSET_DB:-groenagenda_asset}
API=$SERVICE_URL/api/assets/v1
HERE=$(cd "$(dirname "$0")" && pwd)


require_tools wrk psql curl awk
require_local_service asset-service
BENCH_DB=$ASSET_DB
require_database


pid=$(ss -ltnpH "sport = :$(sed -E 's#^https?://[^:/]+:?([0-9]*).*#\1#' <<<"$SERVICE_URL")" 2>/dev/null \
  | sed -nE 's/.*pid=([0-9]+).*/\1/p' | head -n1)
[ -n "$pid" ] || fail "no process found listening for $SERVICE_URL (its RSS is part of the benchmark)"

work=$(mktemp -d)
sampler=
cleanup() {
  [ -n "$sampler" ] && kill "$sampler" 2>/dev/null || true
  echo "cleaning up: BENCH- assets (their history cascades), the import's log row, the scratch table" >&2
  sql <<'SQL' >/dev/null || echo "bench: cleanup failed; delete the BENCH- assets by hand" >&2
BEGIN;
DELETE FROM asset WHERE external_id LIKE 'BENCH-%';
DELETE FROM asset_import WHERE file_name = 'bench-assets.csv';
DROP TABLE IF EXISTS bench_copy_scratch;
COMMIT;
SQL
  # 250,000 deleted rows leave the table and its indexes bloated for the next user of this database (and
  # for the next run, whose import would then be slower): rewritten to their size before the run.
  sql -c "VACUUM (FULL, ANALYZE) asset" -c "VACUUM (FULL, ANALYZE) asset_history" >/dev/null 2>&1 || true
  [ -n "${KEEP_CSV:-}" ] && echo "CSV kept in $work/assets.csv" >&2 || rm -rf "$work"
}
trap cleanup EXIT
# Leftovers of an interrupted earlier run would turn inserts into updates.
sql -c "DELETE FROM asset WHERE external_id LIKE 'BENCH-%'" -c "DROP TABLE IF EXISTS bench_copy_scratch"

now_ms() { date +%s%3N; }
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.1f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# --- the CSV ---------------------------------------------------------------------------------------
csv=$work/assets.csv
echo "generating $ASSETS trees in $csv"
awk -v n="$ASSETS" 'BEGIN {
  split("Quercus robur|Tilia x europaea|Acer platanoides|Fraxinus excelsior|Betula pendula|Carpinus betulus|Platanus x hispanica|Prunus avium", sci, "|")
  split("Zomereik|Hollandse linde|Noorse esdoorn|Gewone es|Ruwe berk|Haagbeuk|Plataan|Zoete kers", nl, "|")
  split("Centrum|Assen-Oost|Assen-West|Lariks|Pittelo|Peelo|Marsdijk|Kloosterveen|Noorderpark|Baggelhuizen|Messchenveld|Industrieterrein", d, "|")
  split("A+|A|B|C|D", c, "|")
  print "externalId,type,subtype,speciesScientific,speciesDutch,plantingYear,district,condition,inspectionDate,x,y"
  for (i = 1; i <= n; i++) {
    s = i % 8 + 1
    x = 230000 + (i * 7919 % 800000) / 100     # deterministic spread over 8 x 8 km, in cm steps
    y = 553000 + (i * 104729 % 800000) / 100
    sub_ = (i % 5 == 0) ? "TREE_IN_PAVING" : "TREE_IN_GREEN"
    printf "BENCH-%07d,TREE,%s,%s,%s,%d,%s,%s,2024-%02d-%02d,%.2f,%.2f\n", i, sub_, sci[s], nl[s], 1950 + i % 74, d[i % 12 + 1], c[i % 5 + 1], i % 12 + 1, i % 28 + 1, x, y
  }
}' >"$csv"
bytes=$(stat -c %s "$csv")

# --- raw COPY baselines ----------------------------------------------------------------------------
# The goal compares the import with "a raw COPY of the same rows". Two are measured: into a bare table
# of the CSV's columns (what the disk and the COPY protocol cost), and into a table shaped like the
# register (CREATE TABLE ... (LIKE asset INCLUDING ALL) plus its foreign keys: its columns, checks,
# indexes and references, with defaults for what the CSV does not give), which is what loading these rows
# into the register costs at least; the import does more (validation, upsert by external id, a history
# entry per asset, the import's log).
# The import is judged against the second; both are printed.
copy_csv_columns="external_id, type_code, subtype_code, species_scientific, species_dutch, planting_year, district, condition, inspection_date"
timed_copy() { # <columns of bench_copy_scratch the CSV fills>: prints the milliseconds of the \copy
  local start copied
  start=$(now_ms)
  sql -c "\\copy bench_copy_scratch ($1) FROM '$csv' WITH (FORMAT csv, HEADER true)" >/dev/null
  echo $(( $(now_ms) - start ))
  copied=$(sql -c "SELECT count(*) FROM bench_copy_scratch")
  [ "$copied" = "$ASSETS" ] || fail "COPY stored $copied rows, expected $ASSETS"
  sql -c "DROP TABLE bench_copy_scratch" >/dev/null
}
sql -c "CREATE TABLE bench_copy_scratch (external_id VARCHAR(80), type_code VARCHAR(40), subtype_code VARCHAR(40),
        species_scientific VARCHAR(120), species_dutch VARCHAR(120), planting_year INTEGER, district VARCHAR(80),
        condition VARCHAR(2), inspection_date DATE, x NUMERIC(10,2), y NUMERIC(10,2))"
copy_ms=$(timed_copy "$copy_csv_columns, x, y")
sql <<'SQL'
CREATE TABLE bench_copy_scratch (LIKE asset INCLUDING ALL);
-- LIKE copies no foreign keys; the register checks every asset's type and subtype against the catalogue.
ALTER TABLE bench_copy_scratch ADD FOREIGN KEY (type_code) REFERENCES asset_type (code),
  ADD FOREIGN KEY (subtype_code, type_code) REFERENCES asset_subtype (code, type_code);
ALTER TABLE bench_copy_scratch
  ALTER id SET DEFAULT gen_random_uuid(), ALTER quantity SET DEFAULT 1, ALTER geometry_kind SET DEFAULT 'POINT',
  ALTER expected_lifespan_years SET DEFAULT 60, ALTER status SET DEFAULT 'PRESENT',
  ALTER replacement_value SET DEFAULT 500, ALTER created_by SET DEFAULT 'bench', ALTER updated_by SET DEFAULT 'bench';
SQL
copy_register_ms=$(timed_copy "$copy_csv_columns, rd_x, rd_y")

timed() { # method url [body] -> seconds
  local method=$1 url=$2 code out extra=()
  [ $# -ge 3 ] && extra=(-H 'Content-Type: application/json' --data "$3")
  out=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -X "$method" -H "$auth" -H 'Accept: application/json' \
    "${extra[@]}" "$url")
  code=${out%% *}
  [ "$code" = 200 ] || fail "$method $url answered $code"
  awk -v s="${out#* }" 'BEGIN { printf "%.1f\n", s * 1000 }'
}

# --- import through the API, with RSS sampled --------------------------------------------------------
rss_kb() { awk '/^VmRSS:/ {print $2}' "/proc/$pid/status"; }
rss_before=$(rss_kb)
# The service's first summary before the import: in a freshly started service it includes loading and
# compiling the summary's code path (a reference figure, not the goal's; the goal's are computed below).
auth="Authorization: Bearer $(token)"
summary_before_ms=$(timed GET "$API/summary")
( while :; do rss_kb; sleep 0.2; done ) >"$work/rss" 2>/dev/null &
sampler=$!
auth="Authorization: Bearer $(token)"
echo "importing $ASSETS rows ($((bytes / 1024)) KiB) through POST $API/imports as $BENCH_USER"
start=$(now_ms)
status=$(curl -s -o "$work/import.json" -w '%{http_code}' -X POST "$API/imports?reason=benchmark" \
  -H "$auth" -H 'Content-Type: text/csv' -H 'Content-Disposition: attachment; filename="bench-assets.csv"' \
  --data-binary @"$csv")
import_ms=$(( $(now_ms) - start ))
sleep 0.4; kill "$sampler" 2>/dev/null || true; wait "$sampler" 2>/dev/null || true; sampler=
[ "$status" = 201 ] || fail "import answered $status: $(head -c 2000 "$work/import.json")"
rss_peak=$(sort -n "$work/rss" | tail -n1)
samples=$(wc -l <"$work/rss")
in_register=$(sql -c "SELECT count(*) FROM asset")
bench_rows=$(sql -c "SELECT count(*) FROM asset WHERE external_id LIKE 'BENCH-%'")
[ "$bench_rows" = "$ASSETS" ] || fail "the register holds $bench_rows BENCH- assets, expected $ASSETS"
sql -c "ANALYZE asset" # what autovacuum would do shortly after a bulk load; the reads below see a settled table

# --- summary and plan ---------------------------------------------------------------------------------
auth="Authorization: Bearer $(token)"
# The first summary after the import is computed; the next ones are remembered at this register version.
# Then CALLS computed ones: raising register_version by hand is what every change of the register does, so
# each of those requests aggregates the whole register again, as the first one after an edit does.
summary_first_ms=$(timed GET "$API/summary")
summary_ms=$(for _ in $(seq "$CALLS"); do timed GET "$API/summary"; done | median)
summary_computed_ms=$(for _ in $(seq "$CALLS"); do
  sql -c "UPDATE register_version SET version = version + 1" >/dev/null
  timed GET "$API/summary"
done | median)
timed POST "$API/replacement-plans" '{}' >/dev/null
plan_ms=$(for _ in $(seq "$CALLS"); do timed POST "$API/replacement-plans" '{}'; done | median)

# --- list pages under load ----------------------------------------------------------------------------
export BENCH_TOKEN=$(token) LIST_PATH=/api/assets/v1/assets
curl -sf -o /dev/null -H "Authorization: Bearer $BENCH_TOKEN" "$API/assets?pageSize=50&type=TREE&district=Peelo&dueBefore=2060" \
  || fail "GET $API/assets with the benchmark's filters failed"
echo "list pages: wrk -c$LIST_CONNECTIONS -t$THREADS, $WARMUP warm-up, $DURATION measured"
wrk_measure "$HERE/list-pages.lua" "$LIST_CONNECTIONS" "$THREADS" "$WARMUP" "$DURATION" "$SERVICE_URL"
non2xx=$WRK_NON2XX list_rps=$WRK_RPS list_p50=$WRK_P50 list_p99=$WRK_P99

# --- figures ------------------------------------------------------------------------------------------
verdict() { awk -v v="$1" -v g="$2" 'BEGIN { print (v + 0 <= g + 0) ? "yes" : "NO" }'; }
ratio=$(awk -v a="$import_ms" -v c="$copy_register_ms" 'BEGIN { printf "%.2f", a / c }')
bare_ratio=$(awk -v a="$import_ms" -v c="$copy_ms" 'BEGIN { printf "%.1f", a / c }')
rss_mb=$(awk -v k="$rss_peak" 'BEGIN { printf "%.0f", k / 1024 }')
rss_before_mb=$(awk -v k="$rss_before" 'BEGIN { printf "%.0f", k / 1024 }')
echo
echo "Register during the reads: $in_register assets ($ASSETS BENCH- trees plus what was there)."
printf '%-44s %12s %14s %5s\n' "figure" "measured" "goal" "met"
printf '%-44s %12s %14s %5s\n' "import of $ASSETS rows via API (s)" "$(awk -v m="$import_ms" 'BEGIN{printf "%.2f", m/1000}')" "<= 30" "$(verdict "$import_ms" 30000)"
printf '%-44s %12s %14s %5s\n' "raw \\copy into the register's shape (s)" "$(awk -v m="$copy_register_ms" 'BEGIN{printf "%.2f", m/1000}')" "" ""
printf '%-44s %12s %14s %5s\n' "import / that COPY" "${ratio}x" "<= 3x" "$(verdict "$ratio" 3)"
printf '%-44s %12s %14s %5s\n' "  (raw \\copy into a bare table, s; ratio)" "$(awk -v m="$copy_ms" 'BEGIN{printf "%.2f", m/1000}')" "${bare_ratio}x" ""
printf '%-44s %12s %14s %5s\n' "asset-service peak RSS in import (MB)" "$rss_mb" "< 400" "$(awk -v v="$rss_mb" 'BEGIN{print v < 400 ? "yes" : "NO"}')"
printf '%-44s %12s %14s %5s\n' "  (RSS before the import, MB; samples)" "$rss_before_mb" "$samples" ""
printf '%-44s %12s %14s %5s\n' "GET /summary, computed after the import (ms)" "$summary_first_ms" "<= 200" "$(verdict "$summary_first_ms" 200)"
printf '%-44s %12s %14s %5s\n' "GET /summary, computed, median of $CALLS (ms)" "$summary_computed_ms" "<= 200" "$(verdict "$summary_computed_ms" 200)"
printf '%-44s %12s %14s %5s\n' "GET /summary, remembered, median of $CALLS (ms)" "$summary_ms" "<= 200" "$(verdict "$summary_ms" 200)"
printf '%-44s %12s %14s %5s\n' "  (GET /summary before the import, ms)" "$summary_before_ms" "" ""
printf '%-44s %12s %14s %5s\n' "POST /replacement-plans {}, median of $CALLS (ms)" "$plan_ms" "<= 2000" "$(verdict "$plan_ms" 2000)"
printf '%-44s %12s %14s %5s\n' "list pages, $LIST_CONNECTIONS clients: requests/s" "$list_rps" "" ""
printf '%-44s %12s %14s %5s\n' "list pages: p50 (ms)" "$list_p50" "" ""
printf '%-44s %12s %14s %5s\n' "list pages: p99 (ms)" "$list_p99" "<= 50" "$(verdict "$list_p99" 50)"
printf '%-44s %12s %14s %5s\n' "list pages: non-2xx responses" "$non2xx" "0" "$([ "$non2xx" = 0 ] && echo yes || echo NO)"

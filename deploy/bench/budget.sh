#!/usr/bin/env bash
# Budget benchmark (issue 4, "Performance"): sustained reservations per second on one budget line and
# spread round-robin over LINES lines, and GET /overview for LINES lines x 21 years (2024-2044).
#  - sets up LINES operating lines BENCH-0001.. with every fiscal year 2024-2044 ADOPTED at a budget
#    large enough never to run out (POST /budget-lines, PUT .../years/{year}, as financien: financieel-adviseur);
#  - POST /reservations of EUR 1.00 with wrk (reserve.lua: a new Idempotency-Key per request), on
#    BENCH-0001 only, then round-robin over all LINES lines, each on fiscal year YEAR: requests/s, p50,
#    p99, non-2xx, and how many reservations the database holds afterwards;
#  - GET /overview (JSON, all years) with wrk --latency at 1 and at OVERVIEW_CONNECTIONS connections, and
#    budget-service's CPU time per overview request at OVERVIEW_CONNECTIONS.
# A script, not a test: it prints figures and the issue's goal next to them; it judges nothing.
#
# The BENCH- lines, their years, reservations and audit entries (those of the reservations and those
# the triggers write for the lines and years, also for their deletion) are deleted when the script
# ends, also when it fails; leftovers of an interrupted run are deleted before it starts.
#
# Needs a running suite (deploy/local/run.sh in another terminal), wrk, psql, curl and ss.
# Tunables: LINES (100), YEAR (2030), CONNECTIONS (10), THREADS (2), DURATION (15s), WARMUP (5s),
# OVERVIEW_CONNECTIONS (10), SKIP_RESERVATIONS (0; 1 measures only the overview), SETUP_PARALLEL (4),
# TAAKVELD (2.1), BENCH_USER (financien, who has the role financieel-adviseur),
# SERVICE_URL (budget-service, default http://localhost:8082), KEYCLOAK_URL, KEYCLOAK_REALM,
# DB_HOST, DB_PORT, DB_USER, DB_PASSWORD, BUDGET_DB (groenagenda_budget).
set -euo pipefail
# shellcheck source=deploy/bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

LINES=${LINES:-100}
YEAR=${YEAR:-2030}
CONNECTIONS=${CONNECTIONS:-10}
THREADS=${THREADS:-2}
DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-5s}
OVERVIEW_CONNECTIONS=${OVERVIEW_CONNECTIONS:-10}
SKIP_RESERVATIONS=${SKIP_RESERVATIONS:-0}
SETUP_PARALLEL=${SETUP_PARALLEL:-4}
TAAKVELD=${TAAKVELD:-2.1}
BENCH_USER=${BENCH_USER:-financien}
SERVICE_URL=${SERVICE_URL:-http://localhost:8082}
KEYCLOAK_URL=${KEYCLOAK_URL:-http://localhost:8180}
KEYCLOAK_REALM=${KEYCLOAK_REALM:-groenagenda}
DB_HOST=${DB_HOST:-localhost}
DB_PORT=${DB_PORT:-5432}
DB_USER=${DB_USER:-groenagenda}
export PGPASSWORD=${DB_PASSWORD:-groenagenda} PGOPTIONS="-c client_min_messages=warning"
BUDGET_DB=${BUDGET_DB:-groenagenda_budget}
API=$SERVICE_URL/api/budget/v1
HERE=$(cd "$(dirname "$0")" && pwd)
export RUN=$(date +%s) LINES YEAR RESERVATIONS_PATH=/api/budget/v1/reservations


require_tools wrk psql curl awk xargs ss
[ "$LINES" -ge 1 ] && [ "$LINES" -le 9999 ] || fail "LINES must be 1-9999"
require_local_service budget-service
BENCH_DB=$BUDGET_DB
require_database


remove_bench_data() {
  sql <<'SQL'
BEGIN;
DELETE FROM audit_entry WHERE entity_type = 'reservation'
  AND entity_id IN (SELECT id::text FROM reservation WHERE budget_line_code LIKE 'BENCH-%');
DELETE FROM reservation WHERE budget_line_code LIKE 'BENCH-%';
DELETE FROM budget_income WHERE budget_line_code LIKE 'BENCH-%';
DELETE FROM budget_year WHERE budget_line_code LIKE 'BENCH-%';
DELETE FROM budget_line WHERE code LIKE 'BENCH-%';
-- the triggers' entries for the lines and years, including those of the deletes above
DELETE FROM audit_entry WHERE entity_type IN ('budget_line', 'budget_year', 'budget_income')
  AND entity_id LIKE 'BENCH-%';
COMMIT;
SQL
}
work=$(mktemp -d)
cleanup() {
  echo "cleaning up: BENCH- lines, their years, reservations and audit entries" >&2
  remove_bench_data || echo "bench: cleanup failed; delete the BENCH- lines by hand" >&2
  rm -rf "$work"
}
trap cleanup EXIT
remove_bench_data

results=()
measure() { # name connections wrk-args... -> appends "name rps p50 p99 requests non2xx"
  local name=$1 connections=$2 out threads=$THREADS; shift 2
  [ "$threads" -le "$connections" ] || threads=$connections
  out=$(wrk -t"$threads" -c"$connections" -d"$DURATION" --latency "$@")
  local non2xx rps p50 p99 requests
  non2xx=$(awk '/Non-2xx or 3xx responses/ {print $NF}' <<<"$out"); non2xx=${non2xx:-0}
  rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
  p50=$(to_ms "$(awk '$1 == "50%" {print $2}' <<<"$out")")
  p99=$(to_ms "$(awk '$1 == "99%" {print $2}' <<<"$out")")
  requests=$(awk '/requests in/ {print $1}' <<<"$out")
  [ "$non2xx" = 0 ] || fail "$name: $non2xx of $requests responses were not 2xx"
  results+=("$name $rps $p50 $p99 $requests $non2xx")
  echo "  $name: $rps requests/s, p50 $p50 ms, p99 $p99 ms, $requests requests, $non2xx non-2xx"
}

# --- set-up: LINES lines x 21 years ------------------------------------------------------------------
export BENCH_TOKEN=$(token)
code() { printf 'BENCH-%04d' "$1"; }
echo "creating $LINES budget lines with 21 fiscal years each (2024-2044, EUR 1,000,000,000 structural, ADOPTED)"
for i in $(seq 1 "$LINES"); do
  status=$(curl -s -o "$work/line.json" -w '%{http_code}' -X POST "$API/budget-lines" \
    -H "Authorization: Bearer $BENCH_TOKEN" -H 'Content-Type: application/json' \
    --data "{\"code\":\"$(code "$i")\",\"name\":\"Benchmark line $i\",\"description\":\"Created by deploy/bench/budget.sh; deleted when it ends.\",\"taakveld\":\"$TAAKVELD\",\"kind\":\"OPERATING\",\"department\":\"openbare-ruimte\",\"reason\":\"benchmark\"}")
  [ "$status" = 201 ] || fail "POST budget-lines $(code "$i") answered $status: $(head -c 1000 "$work/line.json")"
done
put_year() { # code year
  local status
  status=$(curl -s -o /dev/null -w '%{http_code}' -X PUT "$API/budget-lines/$1/years/$2" \
    -H "Authorization: Bearer $BENCH_TOKEN" -H 'Content-Type: application/json' \
    --data '{"expensesStructural":1000000000,"expensesOneOff":0,"status":"ADOPTED","reason":"benchmark"}')
  [ "$status" = 200 ] || { echo "PUT $1/years/$2 answered $status" >&2; return 1; }
}
export -f put_year; export API
for i in $(seq 1 "$LINES"); do for y in $(seq 2024 2044); do echo "$(code "$i") $y"; done; done \
  | xargs -P "$SETUP_PARALLEL" -n 2 bash -c 'put_year "$0" "$1"' || fail "setting the years failed"
years=$(sql -c "SELECT count(*) FROM budget_year WHERE budget_line_code LIKE 'BENCH-%'")
[ "$years" = $((LINES * 21)) ] || fail "$years BENCH- line-years stored, expected $((LINES * 21))"

# --- reservations -------------------------------------------------------------------------------------
if [ "$SKIP_RESERVATIONS" != 1 ]; then
  export BENCH_TOKEN=$(token)
  echo "reservations: EUR 1.00 each on fiscal year $YEAR, wrk -c$CONNECTIONS -t$THREADS, $DURATION per phase (after $WARMUP warm-up)"
  status=$(curl -s -o "$work/reservation.json" -w '%{http_code}' -X POST "$API/reservations" \
    -H "Authorization: Bearer $BENCH_TOKEN" -H 'Content-Type: application/json' -H "Idempotency-Key: bench-$RUN-check" \
    --data "{\"budgetLineCode\":\"$(code 1)\",\"year\":$YEAR,\"amount\":1.00,\"agendaItemId\":\"bench-$RUN\",\"reason\":\"benchmark\"}")
  [ "$status" = 201 ] || fail "a reservation answered $status, expected 201: $(head -c 1000 "$work/reservation.json")"
  PHASE=warmup LINES=$LINES wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$HERE/reserve.lua" "$SERVICE_URL" >/dev/null
  before=$(sql -c "SELECT count(*) FROM reservation WHERE budget_line_code LIKE 'BENCH-%'")
  PHASE=one LINES=1 measure "reserve-1-line" "$CONNECTIONS" -s "$HERE/reserve.lua" "$SERVICE_URL"
  after_one=$(sql -c "SELECT count(*) FROM reservation WHERE budget_line_code LIKE 'BENCH-%'")
  export BENCH_TOKEN=$(token)
  PHASE=all LINES=$LINES measure "reserve-$LINES-lines" "$CONNECTIONS" -s "$HERE/reserve.lua" "$SERVICE_URL"
  after_all=$(sql -c "SELECT count(*) FROM reservation WHERE budget_line_code LIKE 'BENCH-%'")
  consistent=$(sql -c "SELECT bool_and(y.reserved = coalesce(r.total, 0)) FROM budget_year y
    LEFT JOIN (SELECT budget_line_code, year, sum(amount) total FROM reservation WHERE status = 'RESERVED'
               GROUP BY 1, 2) r USING (budget_line_code, year) WHERE y.budget_line_code LIKE 'BENCH-%'")
fi

# --- overview -----------------------------------------------------------------------------------------
export BENCH_TOKEN=$(token)
all_lines=$(sql -c "SELECT count(*) FROM budget_line")
all_years=$(sql -c "SELECT count(*) FROM budget_year")
overview_bytes=$(curl -sf -H "Authorization: Bearer $BENCH_TOKEN" -H 'Accept: application/json' "$API/overview" | wc -c) \
  || fail "GET $API/overview failed"
echo "overview: GET /overview (2024-2044) with $all_lines lines / $all_years line-years in the database, $overview_bytes bytes of JSON"
wrk -t"$THREADS" -c"$OVERVIEW_CONNECTIONS" -d"$WARMUP" -H "Authorization: Bearer $BENCH_TOKEN" \
  -H 'Accept: application/json' "$API/overview" >/dev/null
measure "overview-c1" 1 -H "Authorization: Bearer $BENCH_TOKEN" -H 'Accept: application/json' "$API/overview"
# budget-service's own CPU time per overview request: a figure that other load on the machine hardly
# changes, unlike requests/s and latencies (the service is the java process listening on its port).
service_port=$(sed -E 's#^https?://[^:/]+:?([0-9]*).*#\1#' <<<"$SERVICE_URL"); service_port=${service_port:-80}
service_pid=$(ss -ltnpH "sport = :$service_port" 2>/dev/null | sed -nE 's/.*pid=([0-9]+).*/\1/p' | head -n1)
cpu_ticks() { if [ -n "$service_pid" ]; then awk '{print $14 + $15}' "/proc/$service_pid/stat"; else echo 0; fi; }
ticks_before=$(cpu_ticks)
measure "overview-c$OVERVIEW_CONNECTIONS" "$OVERVIEW_CONNECTIONS" \
  -H "Authorization: Bearer $BENCH_TOKEN" -H 'Accept: application/json' "$API/overview"
ticks_after=$(cpu_ticks)
read -r _ _ _ _ overview_requests _ <<<"${results[-1]}"

# --- figures ------------------------------------------------------------------------------------------
echo
printf '%-22s %11s %9s %9s %9s %7s %9s\n' "" "requests/s" "p50 ms" "p99 ms" "requests" "non-2xx" "goal"
for line in "${results[@]}"; do
  read -r name rps p50 p99 requests non2xx <<<"$line"
  goal=""
  [[ $name == overview* ]] && goal="p99<=100 $(awk -v v="$p99" 'BEGIN { print v <= 100 ? "met" : "NOT met" }')"
  printf '%-22s %11s %9s %9s %9s %7s %9s\n' "$name" "$rps" "$p50" "$p99" "$requests" "$non2xx" "$goal"
done
echo
if [ -n "$service_pid" ]; then
  awk -v t=$((ticks_after - ticks_before)) -v hz="$(getconf CLK_TCK)" -v n="$overview_requests" -v c="$OVERVIEW_CONNECTIONS" \
    'BEGIN { printf "budget-service CPU per overview request at %d connections: %.2f ms (user+system of its process)\n", c, t / hz * 1000 / n }'
else
  echo "budget-service CPU per overview request: unknown (no process found listening on port $service_port)"
fi
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) (on $(nproc) cores)"
[ "$SKIP_RESERVATIONS" = 1 ] && { echo "reservations skipped (SKIP_RESERVATIONS=1)"; exit 0; }
echo "reservations stored: $((after_one - before)) in the 1-line phase, $((after_all - after_one)) in the $LINES-line phase" \
  "(wrk counts requests it completed; a request cut off at the end may still have been stored)"
echo "reserved amounts equal the sum of RESERVED reservations on every BENCH- line-year: $consistent"

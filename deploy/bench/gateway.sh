#!/usr/bin/env bash
# Gateway overhead benchmark: the same authenticated GET, directly to a service and through the
# gateway, at the same concurrency, in one run. Prints requests/s, p50 and p99 of both, their ratio,
# and the gateway's CPU time per request. A script, not a test: it reports figures and judges nothing.
#
# Needs a running suite (deploy/local/run.sh in another terminal) and wrk (apt-get install wrk).
# Tunables: CONNECTIONS (10), THREADS (2), DURATION (15s), WARMUP (30s), ROUNDS (3), BENCH_USER (medewerker),
# GATEWAY_URL, SERVICE_URL, BENCH_PATH, KEYCLOAK_URL, KEYCLOAK_REALM.
set -euo pipefail
# shellcheck source=deploy/bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

GATEWAY_URL=${GATEWAY_URL:-http://localhost:8080}
SERVICE_URL=${SERVICE_URL:-http://localhost:8081}
BENCH_PATH=${BENCH_PATH:-/api/assets/v1/asset-types}
KEYCLOAK_URL=${KEYCLOAK_URL:-http://localhost:8180}
KEYCLOAK_REALM=${KEYCLOAK_REALM:-groenagenda}
BENCH_USER=${BENCH_USER:-medewerker}
CONNECTIONS=${CONNECTIONS:-10}
THREADS=${THREADS:-2}
DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-30s}
ROUNDS=${ROUNDS:-3}


command -v wrk >/dev/null || fail "wrk is missing: install it with 'apt-get install wrk'"
curl -sf -o /dev/null "$SERVICE_URL/actuator/health/readiness" \
  || fail "no service at $SERVICE_URL: start the suite first (deploy/local/run.sh)"
curl -sf -o /dev/null "$GATEWAY_URL$BENCH_PATH" -H 'Accept: application/json' && fail "gateway answered without a token: refusing to benchmark an open door"

token=$(curl -sf "$KEYCLOAK_URL/realms/$KEYCLOAK_REALM/protocol/openid-connect/token" \
  -d grant_type=password -d client_id=groenagenda-cli -d "username=$BENCH_USER" -d "password=$BENCH_USER" \
  | sed -E 's/.*"access_token":"([^"]+)".*/\1/') || fail "no token from $KEYCLOAK_URL for $BENCH_USER"
auth="Authorization: Bearer $token"

for url in "$SERVICE_URL$BENCH_PATH" "$GATEWAY_URL$BENCH_PATH"; do
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "$auth" "$url")
  [ "$status" = 200 ] || fail "$url answered $status, expected 200"
done

# The gateway is the java process listening on the gateway's port.
gateway_port=$(sed -E 's#^https?://[^:/]+:?([0-9]*).*#\1#' <<<"$GATEWAY_URL"); gateway_port=${gateway_port:-80}
gateway_pid=$(ss -ltnpH "sport = :$gateway_port" 2>/dev/null | sed -nE 's/.*pid=([0-9]+).*/\1/p' | head -n1)
clk_tck=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

run() { # name url -> prints "name rps p50_ms p99_ms requests"
  local name=$1 url=$2 out
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "$auth" "$url")
  grep -qE 'Non-2xx or 3xx responses' <<<"$out" && fail "$name: some responses were not 2xx:"$'\n'"$out"
  local rps p50 p99 requests
  rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  requests=$(awk '/requests in/ {print $1}' <<<"$out")
  echo "$name $rps $(to_ms "$p50") $(to_ms "$p99") $requests"
}

echo "Benchmark: GET $BENCH_PATH as $BENCH_USER, $CONNECTIONS connections, $THREADS threads, $ROUNDS rounds of $DURATION per target (after $WARMUP warm-up of each)"
warm() { wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H "$auth" "$1" >/dev/null; }
# Both paths are warmed before anything is measured (the gateway path also warms the service), and
# the rounds alternate, so that neither side is measured while the JIT is still at work.
warm "$SERVICE_URL$BENCH_PATH"
warm "$GATEWAY_URL$BENCH_PATH"
results=()
cpu_ticks_total=0 gateway_requests=0
for round in $(seq 1 "$ROUNDS"); do
  results+=("$(run direct "$SERVICE_URL$BENCH_PATH")")
  before=$([ -n "$gateway_pid" ] && cpu_ticks "$gateway_pid" || echo 0)
  line=$(run gateway "$GATEWAY_URL$BENCH_PATH")
  after=$([ -n "$gateway_pid" ] && cpu_ticks "$gateway_pid" || echo 0)
  results+=("$line")
  cpu_ticks_total=$((cpu_ticks_total + after - before))
  gateway_requests=$((gateway_requests + $(awk '{print $5}' <<<"$line")))
  printf '  round %s: %s | %s\n' "$round" "${results[-2]}" "$line"
done
mean() { printf '%s\n' "${results[@]}" | awk -v name="$1" -v col="$2" '$1 == name { s += $col; n++ } END { printf "%.2f", s / n }'; }
d_rps=$(mean direct 2) d_p50=$(mean direct 3) d_p99=$(mean direct 4)
g_rps=$(mean gateway 2) g_p50=$(mean gateway 3) g_p99=$(mean gateway 4)

printf '\nmeans over the rounds (each round line: name requests/s p50 p99 requests)\n%-10s %12s %10s %10s\n' "" "requests/s" "p50 ms" "p99 ms"
printf '%-10s %12s %10s %10s\n' direct "$d_rps" "$d_p50" "$d_p99"
printf '%-10s %12s %10s %10s\n' gateway "$g_rps" "$g_p50" "$g_p99"
awk -v g="$g_rps" -v d="$d_rps" -v gp="$g_p50" -v dp="$d_p50" 'BEGIN {
  printf "\nthroughput ratio gateway/direct: %.2fx (goal >= 0.55x)\n", g / d
  printf "p50 added by the gateway: %+.2f ms (goal <= +4 ms at 10 connections)\n", gp - dp }'
if [ -n "$gateway_pid" ]; then
  awk -v t="$cpu_ticks_total" -v hz="$clk_tck" -v n="$gateway_requests" 'BEGIN {
    printf "gateway CPU per request: %.3f ms (user+system of the gateway process over the timed gateway rounds)\n", t / hz * 1000 / n }'
else
  echo "gateway CPU per request: unknown (no process found listening on port $gateway_port)"
fi

# Shared by the benchmark scripts (sourced, not run). Each script sets SERVICE_URL, KEYCLOAK_URL,
# KEYCLOAK_REALM, BENCH_USER and, where it reads the database, DB_HOST, DB_PORT, DB_USER and BENCH_DB.

fail() { echo "bench: $*" >&2; exit 1; }

require_tools() { # tool...
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null || fail "$tool is missing"
  done
}

# require_local_service <name>: the service answers, and only on this machine (the scripts write to it).
require_local_service() {
  curl -sf -o /dev/null "$SERVICE_URL/actuator/health/readiness" \
    || fail "no $1 at $SERVICE_URL: start the suite first (deploy/local/run.sh)"
  case $SERVICE_URL in
    http://localhost:*|http://127.0.0.1:*) ;;
    *) fail "SERVICE_URL must be on localhost: this script loads and writes to the service" ;;
  esac
}

sql() { psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$BENCH_DB" -v ON_ERROR_STOP=1 -qAt "$@"; }

require_database() {
  sql -c 'SELECT 1' >/dev/null || fail "cannot reach database $BENCH_DB on $DB_HOST:$DB_PORT as $DB_USER"
}

token() { # a fresh access token (they live 5 minutes: one per phase); exits the script when there is none
  local answer
  answer=$(curl -sf "$KEYCLOAK_URL/realms/$KEYCLOAK_REALM/protocol/openid-connect/token" \
    -d grant_type=password -d client_id=groenagenda-cli -d "username=$BENCH_USER" -d "password=$BENCH_USER") || answer=
  [[ $answer == *'"access_token":"'* ]] || { echo "bench: no token from $KEYCLOAK_URL for $BENCH_USER" >&2; kill -TERM $$; exit 1; }
  sed -E 's/.*"access_token":"([^"]+)".*/\1/' <<<"$answer"
}

to_ms() { # wrk prints 812.00us, 4.21ms or 1.02s; this prints milliseconds
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /s$/ && v !~ /ms$/) n *= 1000; printf "%.2f", n }'
}

# wrk_measure <script.lua> <connections> <threads> <warm-up> <duration> <url>: a warm-up run, then a
# measured one; sets WRK_RPS, WRK_P50 and WRK_P99 (ms), WRK_REQUESTS and WRK_NON2XX.
wrk_measure() {
  local script=$1 connections=$2 threads=$3 warmup=$4 duration=$5 url=$6 out
  wrk -t"$threads" -c"$connections" -d"$warmup" -s "$script" "$url" >/dev/null
  out=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$script" "$url")
  WRK_NON2XX=$(awk '/Non-2xx or 3xx responses/ {print $NF}' <<<"$out"); WRK_NON2XX=${WRK_NON2XX:-0}
  WRK_RPS=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
  WRK_P50=$(to_ms "$(awk '$1 == "50%" {print $2}' <<<"$out")")
  WRK_P99=$(to_ms "$(awk '$1 == "99%" {print $2}' <<<"$out")")
  WRK_REQUESTS=$(awk '/requests in/ {print $1}' <<<"$out")
}

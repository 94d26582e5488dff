#!/usr/bin/env bash
# Builds the suite and runs everything on this machine: PostgreSQL (reused, started or installed),
# Keycloak 26.5.6 in dev mode with realm groenagenda, the four services and the gateway.
# Ctrl-C stops what this script started and nothing else. A second run keeps the data.
#
#   deploy/local/run.sh               build and run
#   SKIP_BUILD=1 deploy/local/run.sh  run the jars already in */target
# Environment: see docs/configuration.md and deploy/local/lib.sh.
set -euo pipefail
# shellcheck source=deploy/local/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
install_cleanup_trap

GATEWAY_PORT=8080
MANAGEMENT_PORT=${MANAGEMENT_PORT:-9080}
PORTS=(8081 8082 8083 8084) # asset, budget, agenda, workflow

step "checking that ports $GATEWAY_PORT $MANAGEMENT_PORT ${PORTS[*]} are free"
require_free_ports "$GATEWAY_PORT" "$MANAGEMENT_PORT" "${PORTS[@]}"

ensure_node
ensure_postgres
ensure_db_role
create_databases ""

start_keycloak register

if [[ ${SKIP_BUILD:-} == 1 ]]; then
  step "SKIP_BUILD=1: using the jars in */target"
else
  step "building the suite: ./mvnw -B -q package -DskipTests"
  (cd "$GA_ROOT" && ./mvnw -B -q package -DskipTests)
fi

wait_keycloak
start_suite "" "" "$GATEWAY_PORT" "$MANAGEMENT_PORT" "${PORTS[@]}"
wait_suite "" "$MANAGEMENT_PORT" "${PORTS[@]}" || die "the suite did not start; see the log above"

cat <<END

Groenagenda runs.
  Web UI (log in as a dev user)  http://localhost:$GATEWAY_PORT
  Keycloak admin console         $KEYCLOAK_URL/admin  ($KEYCLOAK_ADMIN / $KEYCLOAK_ADMIN_PASSWORD)
  Camunda cockpit                http://localhost:${PORTS[3]}/camunda
  OpenAPI through the gateway    http://localhost:$GATEWAY_PORT/api/assets/v1/openapi.json
                                 http://localhost:$GATEWAY_PORT/api/budget/v1/openapi.json
                                 http://localhost:$GATEWAY_PORT/api/agenda/v1/openapi.json
                                 http://localhost:$GATEWAY_PORT/api/workflow/v1/openapi.json
  Gateway health                 http://127.0.0.1:$MANAGEMENT_PORT/actuator/health
  Logs                           $GA_LOGS

Dev users (password = username):
  user        roles                          afdeling
  medewerker  medewerker                     openbare-ruimte
  manager-or  afdelingsmanager, medewerker   openbare-ruimte
  manager-ro  afdelingsmanager, medewerker   ruimtelijke-ontwikkeling
  financien   financieel-adviseur            -
  griffie     raad                           -
  beheerder   beheerder                      -

A token for scripts:
  curl -s $KEYCLOAK_URL/realms/$KEYCLOAK_REALM/protocol/openid-connect/token \\
    -d grant_type=password -d client_id=groenagenda-cli -d username=medewerker -d password=medewerker

Press Ctrl-C to stop everything this script started.
END

# Wait for Ctrl-C; say so once when an application stops by itself.
declare -A reported=()
while true; do
  for entry in "${GA_APPS[@]}"; do
    read -r name pid log <<<"$entry"
    if [[ -z ${reported[$name]:-} ]] && ! ga_alive "$pid"; then
      warn "$name (pid $pid) has stopped; see $log"
      show_log "$log" 30
      reported[$name]=1
    fi
  done
  sleep 2
done

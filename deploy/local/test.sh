#!/usr/bin/env bash
# THE test command (.ci/run calls it): every module's unit and integration tests against a real
# PostgreSQL (databases groenagenda_<service>_test, reset first), then the end-to-end smoke tests
# (module system-tests, profile system-tests) against Keycloak and all five applications started from
# the jars just built, on their own ports (18080-18084, gateway management 19080) and databases (*_e2e).
#
#   deploy/local/test.sh [extra Maven arguments for the module tests]
# Environment: see docs/configuration.md and deploy/local/lib.sh. KEEP_KEYCLOAK=1 leaves a Keycloak
# this script starts running afterwards, so the next run skips its start-up.
set -euo pipefail
# shellcheck source=deploy/local/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
install_cleanup_trap

GATEWAY_PORT=18080
MANAGEMENT_PORT=19080
ASSET_PORT=18081 BUDGET_PORT=18082 AGENDA_PORT=18083 WORKFLOW_PORT=18084
PORTS=("$ASSET_PORT" "$BUDGET_PORT" "$AGENDA_PORT" "$WORKFLOW_PORT")
LOG_LINES=30
is_ci && LOG_LINES=150
T0=$SECONDS

# on_failure <what> <exit code> [step output]: tell what failed, show the application logs, then what the
# failing step said about its failures once more, so that the cause is the last thing a CI log shows
# (only its tail is usually read), exit (cleanup follows).
on_failure() {
  printf '\nFAILED: %s (exit code %s) after %s s\n' "$1" "$2" "$((SECONDS - T0))" >&2
  show_app_logs "$LOG_LINES"
  if is_ci && [[ -n $KC_STARTED_PID ]]; then show_log "$KC_LOG" 60; fi
  if [[ -n ${3:-} && -f $3 ]]; then
    printf -- '----- the failures, from %s -----\n' "$3" >&2
    if grep -q 'failing tests:' "$3"; then
      sed -n '/failing tests:/,$p' "$3" | head -n 150 >&2
    else
      grep -E '^\[ERROR\] .' "$3" | head -n 80 >&2 || true
    fi
    printf '\nFAILED: %s (exit code %s)\n' "$1" "$2" >&2
  fi
  exit "$2"
}

step "checking that the e2e ports $GATEWAY_PORT $MANAGEMENT_PORT ${PORTS[*]} are free"
require_free_ports "$GATEWAY_PORT" "$MANAGEMENT_PORT" "${PORTS[@]}"
if is_ci; then
  step "CI: $(uname -sr), $(nproc) cores, $(java -version 2>&1 | head -n 1), user $(id -un), state in $GA_STATE"
fi

ensure_node
ensure_postgres
ensure_db_role
reset_databases _test
reset_databases _e2e

if [[ ${KEEP_KEYCLOAK:-} == 1 ]]; then start_keycloak keep; else start_keycloak register; fi

step "module tests: ./mvnw -B verify $*"
rc=0
(cd "$GA_ROOT" && ./mvnw -B verify "$@") 2>&1 | tee "$GA_LOGS/module-tests.log" || rc=$?
[[ $rc -eq 0 ]] || on_failure "module tests (./mvnw -B verify)" "$rc" "$GA_LOGS/module-tests.log"

wait_keycloak
# Short retry intervals for the workflow's service tasks, so the outage test (budget-service stopped
# and started again) does not wait minutes for the next attempt. No map background: CI has no
# internet, and the browser tests check that the maps work without one.
start_suite -e2e _e2e "$GATEWAY_PORT" "$MANAGEMENT_PORT" "${PORTS[@]}" TOKEN_CLOCK_SKEW=1s \
  WORKFLOW_RETRY_CYCLE=PT2S,PT4S,PT8S,PT15S,PT30S,PT30S,PT30S,PT30S MAP_TILES_URL=
wait_suite -e2e "$MANAGEMENT_PORT" "${PORTS[@]}" || on_failure "start-up of the applications" 1

step "end-to-end tests: ./mvnw -B -pl system-tests verify -Psystem-tests"
rc=0
(cd "$GA_ROOT" &&
  GATEWAY_URL=http://localhost:$GATEWAY_PORT \
  ASSET_SERVICE_URL=http://localhost:$ASSET_PORT \
  BUDGET_SERVICE_URL=http://localhost:$BUDGET_PORT \
  AGENDA_SERVICE_URL=http://localhost:$AGENDA_PORT \
  WORKFLOW_SERVICE_URL=http://localhost:$WORKFLOW_PORT \
  BUDGET_SERVICE_CONTROL="$GA_ROOT/deploy/local/restart-app.sh budget-service-e2e" \
  ./mvnw -B -pl system-tests verify -Psystem-tests) 2>&1 | tee "$GA_LOGS/system-tests.log" || rc=$?
[[ $rc -eq 0 ]] || on_failure "end-to-end tests (system-tests)" "$rc" "$GA_LOGS/system-tests.log"

step "web UI in a real browser: gateway/src/test/e2e/run.sh (Debian's chromium, installed when absent)"
rc=0
GATEWAY_URL=http://localhost:$GATEWAY_PORT KEYCLOAK_URL=$KEYCLOAK_URL KEYCLOAK_REALM=$KEYCLOAK_REALM \
  "$GA_ROOT/gateway/src/test/e2e/run.sh" 2>&1 | tee "$GA_LOGS/browser-tests.log" || rc=$?
[[ $rc -eq 0 ]] || on_failure "web UI browser test (gateway/src/test/e2e)" "$rc" "$GA_LOGS/browser-tests.log"

step "all tests passed in $((SECONDS - T0)) s"

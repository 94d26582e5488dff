#!/usr/bin/env bash
# Keycloak on its own, for working on one application at a time:
#   deploy/local/keycloak.sh start    install if needed, start in dev mode with the realm, wait; keeps running
#   deploy/local/keycloak.sh stop     stop the Keycloak started from this checkout's state dir
#   deploy/local/keycloak.sh status
# run.sh and test.sh reuse a Keycloak started this way and leave it running.
set -euo pipefail
# shellcheck source=deploy/local/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

case ${1:-} in
  start)
    start_keycloak keep
    wait_keycloak
    step "Keycloak: $KEYCLOAK_URL (admin console $KEYCLOAK_URL/admin, $KEYCLOAK_ADMIN/$KEYCLOAK_ADMIN_PASSWORD); stop it with: $0 stop"
    ;;
  stop)
    stop_keycloak
    ;;
  status)
    if kc_ready; then
      step "Keycloak serves realm '$KEYCLOAK_REALM' at $KEYCLOAK_URL (pid: $(recorded_pid keycloak || echo 'not started from here'))"
    else
      step "Keycloak does not serve realm '$KEYCLOAK_REALM' at $KEYCLOAK_URL"
      exit 1
    fi
    ;;
  *)
    echo "usage: $0 start|stop|status" >&2
    exit 2
    ;;
esac

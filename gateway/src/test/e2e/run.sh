#!/usr/bin/env bash
# Runs the web UI's browser test against a running suite (GATEWAY_URL, KEYCLOAK_URL, KEYCLOAK_REALM).
# Installs Debian's chromium when it is missing and this runs as root; playwright-core downloads no browser.
set -euo pipefail
cd "$(dirname "$0")"
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
if [[ ! -x $CHROMIUM ]]; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get > /dev/null; then
    echo "installing chromium for the browser test" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium > /dev/null 2>&1 ||
      { apt-get update -q > /dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium > /dev/null; }
  else
    echo "chromium is missing: install it (apt-get install chromium) or set CHROMIUM to a Chromium binary" >&2
    exit 1
  fi
fi
npm ci --prefer-offline --no-audit --no-fund
CHROMIUM=$CHROMIUM npm test

#!/usr/bin/env bash
# restart-app.sh <name> [stop|start|restart]: stops an application that run.sh or test.sh started and
# starts it again with the very command line it was started with (recorded in .local/run/<name>.cmd).
# For fault tests: the end-to-end suite stops budget-service while approvals wait for it. The process
# started here is recorded under the same name, so the script that started the suite still stops it.
set -euo pipefail
# shellcheck source=deploy/local/lib.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

name=${1:?usage: restart-app.sh <name> [stop|start|restart], e.g. budget-service-e2e}
action=${2:-restart}
spec=$GA_RUN/$name.cmd
[[ -f $spec ]] || die "no recorded command line for $name ($spec): was it started by run.sh or test.sh?"

if [[ $action == stop || $action == restart ]]; then
  pid=$(recorded_pid "$name") || pid=
  [[ -n $pid ]] && stop_process "$name" "$pid"
fi
if [[ $action == start || $action == restart ]]; then
  { read -r dir; read -r log; read -r cmd; } <"$spec"
  step "starting $name again (log: $log)"
  GA_APPEND_LOG=1 eval "start_process \"\$name\" \"\$log\" \"\$dir\" $cmd"
fi

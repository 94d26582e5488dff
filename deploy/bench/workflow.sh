#!/usr/bin/env bash
# Workflow benchmark (issue 6, "Performance"): approval cycles per second from submission to "covered"
# with CONCURRENCY running at once, and the task list's latency.
#  - creates ITEMS agenda items (as medewerker, through agenda-service), each costing EUR 1.00 in YEAR
#    on GROEN-ONDERHOUD (an adopted line, so every one is covered);
#  - task list: TASK_ITEMS more items are submitted; once their review tasks are open,
#    GET /api/workflow/v1/tasks?pageSize=50 as manager-or with wrk --latency at TASK_CONNECTIONS
#    connections; then they are approved;
#  - cycles: submits every item, CONCURRENCY at a time, while a second loop completes each review
#    task with APPROVE as manager-or, CONCURRENCY at a time; the clock runs from the first submission
#    until the last item is COVERED in agenda-service. Prints cycles per second.
# A script, not a test: it prints figures and the issue's goals next to them; it judges nothing.
#
# The items stay in the agenda (as COVERED items titled "Benchmark workflow ...") and their
# reservations stay on GROEN-ONDERHOUD YEAR: run it against a suite whose data you can spare.
# Needs a running suite (deploy/local/run.sh), wrk, curl, python3.
# Tunables: ITEMS (200), TASK_ITEMS (100), CONCURRENCY (50), TASK_CONNECTIONS (20), THREADS (2), DURATION (15s), YEAR (2030),
# AGENDA_URL (http://localhost:8083), WORKFLOW_URL (http://localhost:8084), KEYCLOAK_URL, KEYCLOAK_REALM.
set -euo pipefail
# shellcheck source=deploy/bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ITEMS=${ITEMS:-200}
TASK_ITEMS=${TASK_ITEMS:-100}
CONCURRENCY=${CONCURRENCY:-50}
TASK_CONNECTIONS=${TASK_CONNECTIONS:-20}
THREADS=${THREADS:-2}
DURATION=${DURATION:-15s}
YEAR=${YEAR:-2030}
AGENDA_URL=${AGENDA_URL:-http://localhost:8083}
WORKFLOW_URL=${WORKFLOW_URL:-http://localhost:8084}
KEYCLOAK_URL=${KEYCLOAK_URL:-http://localhost:8180}
KEYCLOAK_REALM=${KEYCLOAK_REALM:-groenagenda}
SERVICE_URL=$WORKFLOW_URL

require_tools wrk curl python3 xargs
require_local_service workflow
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
RUN=$(date +%s)

BENCH_USER=medewerker; export STAFF_TOKEN=$(token)
BENCH_USER=manager-or; export MANAGER_TOKEN=$(token)
BENCH_USER=financien; export FINANCE_TOKEN=$(token)
export AGENDA_URL WORKFLOW_URL YEAR RUN

create() {
  curl -sf -X POST "$AGENDA_URL/api/agenda/v1/agenda-items" -H "Authorization: Bearer $STAFF_TOKEN" \
    -H 'Content-Type: application/json' --data "{\"title\":\"Benchmark workflow $RUN $1\",\"visions\":[\"GROENVISIE\"],
    \"theme\":\"GREEN_NETWORK\",\"measureType\":\"REPLACE_TREES_OR_PLANTINGS\",\"department\":\"openbare-ruimte\",
    \"budgetLineCode\":\"GROEN-ONDERHOUD\",\"costs\":[{\"year\":$YEAR,\"amount\":1.00,\"recurring\":false,\"kind\":\"OPERATING\"}]}" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])'
}
export -f create
make_items() { # count file
  echo "creating $1 agenda items (EUR 1.00 in $YEAR on GROEN-ONDERHOUD)"
  seq 1 "$1" | sed "s/^/$(basename "$2")-/" | xargs -P 8 -I{} bash -c 'create {}' >"$2" || fail "creating items failed"
  [ "$(wc -l <"$2")" = "$1" ] || fail "not all items were created"
}

submit() { curl -sf -o /dev/null -X POST "$AGENDA_URL/api/agenda/v1/agenda-items/$1/submission" -H "Authorization: Bearer $STAFF_TOKEN"; }
open_tasks() { # file: the open review tasks of the items in that file, "taskId itemId" per line
  curl -sf "$WORKFLOW_URL/api/workflow/v1/tasks?pageSize=500" -H "Authorization: Bearer $MANAGER_TOKEN" \
    | python3 -c '
import json, sys
ids = set(open(sys.argv[1]).read().split())
for t in json.load(sys.stdin)["items"]:
    if t.get("agendaItemId") in ids and t.get("name") == "Agendapunt beoordelen":
        print(t["id"], t["agendaItemId"])' "$1"
}
approve() { curl -sf -o /dev/null -X POST "$WORKFLOW_URL/api/workflow/v1/tasks/$1/completion" -H "Authorization: Bearer $MANAGER_TOKEN" \
  -H 'Content-Type: application/json' --data '{"decision":"APPROVE","motivation":"benchmark"}'; }
covered_count() {
  local n=0 id status
  while read -r id; do
    status=$(curl -sf "$AGENDA_URL/api/agenda/v1/agenda-items/$id" -H "Authorization: Bearer $FINANCE_TOKEN" \
      | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])')
    [ "$status" = COVERED ] && n=$((n + 1))
  done <"$work/ids"
  echo "$n"
}
export -f submit approve

# --- task list ------------------------------------------------------------------------------------------
make_items "$TASK_ITEMS" "$work/list"
xargs -P 8 -I{} bash -c 'submit {}' <"$work/list"
for _ in $(seq 1 240); do
  [ "$(open_tasks "$work/list" | wc -l)" -ge "$TASK_ITEMS" ] && break
  sleep 0.5
done
open=$(curl -sf "$WORKFLOW_URL/api/workflow/v1/tasks?pageSize=1" -H "Authorization: Bearer $MANAGER_TOKEN" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["totalItems"])')
echo "task list: GET /api/workflow/v1/tasks?pageSize=50 as manager-or ($open open tasks), wrk -c$TASK_CONNECTIONS, $DURATION"
cat >"$work/tasks.lua" <<LUA
wrk.headers["Authorization"] = "Bearer $MANAGER_TOKEN"
wrk.headers["Accept"] = "application/json"
LUA
wrk -t"$THREADS" -c"$TASK_CONNECTIONS" -d5s -s "$work/tasks.lua" "$WORKFLOW_URL/api/workflow/v1/tasks?pageSize=50" >/dev/null
out=$(wrk -t"$THREADS" -c"$TASK_CONNECTIONS" -d"$DURATION" --latency -s "$work/tasks.lua" "$WORKFLOW_URL/api/workflow/v1/tasks?pageSize=50")
p50=$(to_ms "$(awk '$1 == "50%" {print $2}' <<<"$out")")
p99=$(to_ms "$(awk '$1 == "99%" {print $2}' <<<"$out")")
rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
non2xx=$(awk '/Non-2xx or 3xx responses/ {print $NF}' <<<"$out"); non2xx=${non2xx:-0}
open_tasks "$work/list" | cut -d' ' -f1 | xargs -P 8 -I{} bash -c 'approve {}' || true

# --- cycles ---------------------------------------------------------------------------------------------
make_items "$ITEMS" "$work/ids"
echo "cycles: submitting $ITEMS items, $CONCURRENCY at a time, and approving their review tasks as they appear"
t0=$(date +%s.%N)
xargs -P "$CONCURRENCY" -I{} bash -c 'submit {}' <"$work/ids" &
submitter=$!
approved=0
while [ "$approved" -lt "$ITEMS" ]; do
  open_tasks "$work/ids" >"$work/tasks" || true
  n=$(wc -l <"$work/tasks")
  if [ "$n" -gt 0 ]; then
    cut -d' ' -f1 "$work/tasks" | xargs -P "$CONCURRENCY" -I{} bash -c 'approve {}' || true
    approved=$((approved + n))
  else
    sleep 0.2
  fi
done
wait "$submitter"
t_approved=$(date +%s.%N)
while :; do
  c=$(covered_count)
  [ "$c" -ge "$ITEMS" ] && break
  sleep 0.5
done
t1=$(date +%s.%N)

echo
awk -v n="$ITEMS" -v a="$t0" -v b="$t1" -v c="$t_approved" -v conc="$CONCURRENCY" 'BEGIN {
  printf "approval cycles: %d items, %d at a time: %.1f s from first submission to last COVERED (%.1f s until all approved): %.1f cycles/s; goal >= 20/s: %s\n",
    n, conc, b - a, c - a, n / (b - a), (n / (b - a) >= 20 ? "met" : "NOT met") }'
echo "task list with $open open tasks for manager-or, $TASK_CONNECTIONS connections: $rps requests/s, p50 $p50 ms, p99 $p99 ms, $non2xx non-2xx;" \
  "goal p99 <= 100 ms: $(awk -v v="$p99" 'BEGIN { print v <= 100 ? "met" : "NOT met" }')"

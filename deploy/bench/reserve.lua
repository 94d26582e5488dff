-- wrk script for budget.sh: POST /reservations of 1.00 each, with a new Idempotency-Key per request,
-- round-robin over LINES budget lines BENCH-0001..; all on fiscal year YEAR. Set by budget.sh
-- through the environment: BENCH_TOKEN, RUN, PHASE (keys are unique per run and phase), LINES, YEAR, RESERVATIONS_PATH.
local token = os.getenv("BENCH_TOKEN")
local run = os.getenv("RUN")
local phase = os.getenv("PHASE") or "x"
local lines = tonumber(os.getenv("LINES") or "1")
local year = os.getenv("YEAR") or "2030"
local path = os.getenv("RESERVATIONS_PATH") or "/api/budget/v1/reservations"
local threads = {}
local counter = 0

function setup(thread)
  thread:set("tid", #threads)
  table.insert(threads, thread)
end

function request()
  counter = counter + 1
  local line = ((counter - 1 + (tid or 0) * 37) % lines) + 1 -- each thread walks all lines, threads offset
  local body = string.format('{"budgetLineCode":"BENCH-%04d","year":%s,"amount":1.00,"agendaItemId":"bench-%s","reason":"benchmark"}',
    line, year, run)
  return wrk.format("POST", path, {
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = string.format("bench-%s-%s-%d-%d", run, phase, tid or 0, counter)
  }, body)
end

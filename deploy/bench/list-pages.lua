-- wrk script for assets.sh: GET list pages of 50, round-robin over districts with a type and a
-- due-year filter, so that consecutive requests do not hit one cached page. Set by assets.sh through
-- the environment: LIST_PATH (default /api/assets/v1/assets), BENCH_TOKEN.
local districts = { "Centrum", "Assen-Oost", "Assen-West", "Lariks", "Pittelo", "Peelo",
                    "Marsdijk", "Kloosterveen", "Noorderpark", "Baggelhuizen", "Messchenveld", "Industrieterrein" }
local path = os.getenv("LIST_PATH") or "/api/assets/v1/assets"
local token = os.getenv("BENCH_TOKEN")
local counter = 0

function setup(thread)
  thread:set("offset", math.random(0, #districts - 1))
end

function request()
  counter = counter + 1
  local d = districts[((counter + (offset or 0)) % #districts) + 1]
  local page = (counter % 5) + 1
  local url = path .. "?pageSize=50&type=TREE&district=" .. d .. "&dueBefore=2060&page=" .. page
  return wrk.format("GET", url, { ["Authorization"] = "Bearer " .. token, ["Accept"] = "application/json" })
end

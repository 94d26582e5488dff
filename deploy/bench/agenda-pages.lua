-- wrk script for agenda.sh: GET list pages of 50 of the agenda, round-robin over districts and pages,
-- so that consecutive requests do not hit one page. BENCH_TOKEN comes from agenda.sh; VIEW (optional, e.g.
-- summary) is sent as view=VIEW.
local districts = { "Centrum", "Assen-Oost", "Assen-West", "Lariks", "Pittelo", "Peelo",
                    "Marsdijk", "Kloosterveen", "Noorderpark", "Baggelhuizen", "Messchenveld", "Industrieterrein" }
local token = os.getenv("BENCH_TOKEN")
local view = os.getenv("VIEW")
local counter = 0

function setup(thread)
  thread:set("offset", math.random(0, #districts - 1))
end

function request()
  counter = counter + 1
  local d = districts[((counter + (offset or 0)) % #districts) + 1]
  local page = (counter % 3) + 1
  local url = "/api/agenda/v1/agenda-items?pageSize=50&district=" .. d .. "&page=" .. page
  if counter % 4 == 0 then
    url = "/api/agenda/v1/agenda-items?pageSize=50&page=" .. ((counter % 40) + 1)
  end
  if view and view ~= "" then
    url = url .. "&view=" .. view
  end
  return wrk.format("GET", url, { ["Authorization"] = "Bearer " .. token, ["Accept"] = "application/json" })
end

-- serve_route.lua: wrk script for bench/serve.sh: POST /api/route with the
-- corpus queries, one request body per line of the file named by the
-- environment variable MF_BODIES (prepared by serve.sh from
-- shared/corpus/queries/dev.jsonl), cycled in order by each thread.
local requests = {}
local n = 0
local i = 0

function init(args)
  local path = os.getenv("MF_BODIES")
  for line in io.lines(path) do
    if #line > 0 then
      n = n + 1
      requests[n] = wrk.format("POST", "/api/route",
        {["Content-Type"] = "application/json"}, line)
    end
  end
  if n == 0 then error("no request bodies in " .. tostring(path)) end
end

function request()
  i = i % n + 1
  return requests[i]
end

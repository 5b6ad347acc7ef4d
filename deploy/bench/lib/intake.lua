-- POST /api/signals with a valid report and a new Idempotency-Key per request (deploy/bench/run).
-- Environment: BENCH_LIB (this folder), BENCH_RUN (unique per run: the keys never repeat across runs),
-- BENCH_QUOTA (optional: signals to create in total; each thread creates its share — while the last answers are
-- outstanding it repeats its first request, a replay that creates nothing — and stops once all of its share were
-- answered 201, leaving a file in BENCH_DONE_DIR: wrk itself runs until its duration ends or it gets SIGINT, which
-- deploy/bench/run sends when every thread is done, so wrk's time is the time the signals took).
dofile(os.getenv("BENCH_LIB") .. "/report.lua")

local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  run = os.getenv("BENCH_RUN") or tostring(os.time())
  local quota = tonumber(os.getenv("BENCH_QUOTA") or "")
  local nthreads = tonumber(os.getenv("BENCH_THREADS") or "1")
  if quota then
    share = math.floor(quota / nthreads)
    if id < quota % nthreads then share = share + 1 end
  end
  created = 0
  sent = 0
  body = '{"municipalityCode":"GM0479","forms":["ARBEID"],"sector":"SCHOONMAAK","sourceType":"PROFESSIONAL",'
    .. '"reporter":{"name":"Benchmark","contact":"bench@zaanstad.example"},"urgency":"NORMAAL",'
    .. '"description":"[BENCH] Schoonmakers lijken in de opslagruimte van een bedrijfspand te overnachten.",'
    .. '"observedAt":"2026-10-03T09:30:00Z","location":{"street":"Voorbeeldweg","houseNumber":"12",'
    .. '"postcode":"1500 AA","city":"Zaandam","businessName":"Schoonmaakbedrijf Voorbeeld"},'
    .. '"persons":[{"role":"MOGELIJK_SLACHTOFFER","yearOfBirth":1994,"nationality":"RO","gender":"VROUW"}]}'
  -- wrk.format does not merge wrk.headers (the -H options, e.g. the token) into a table of our own: copy them
  headers = {}
  for k, v in pairs(wrk.headers) do headers[k] = v end
  headers["Content-Type"] = "application/json"
  headers["Accept"] = "application/json"
  first = nil
end

function request()
  if share and sent >= share then
    return first
  end
  sent = sent + 1
  headers["Idempotency-Key"] = string.format("bench-%s-%d-%d", run, id, sent)
  local r = wrk.format("POST", "/api/signals", headers, body)
  if not first then first = r end
  return r
end

function response(status, headers, body)
  if status == 201 then
    created = created + 1
    if share and created == share then
      local f = io.open(os.getenv("BENCH_DONE_DIR") .. "/thread-" .. id, "w")
      f:write(created)
      f:close()
      wrk.thread:stop()
    end
  end
end

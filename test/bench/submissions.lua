-- wrk script of the dashboard bench (wrk-load.ts): POST /api/submissions, each request a new
-- record. BENCH_BODY is a valid record whose submissionId is the placeholder SUBMISSION_ID;
-- each request replaces it by a UUID made of a per-run prefix, the thread and a counter, so
-- ids are unique within a run and across runs against one database.
local counter = 0
local threads_started = 0
local prefix = os.getenv("BENCH_ID_PREFIX")
local template = os.getenv("BENCH_BODY")
local token = os.getenv("BENCH_TOKEN")

-- setup runs in the main Lua state; thread:set makes `thread_id` a global of that thread's.
function setup(thread)
  threads_started = threads_started + 1
  thread:set("thread_id", threads_started)
end

function init(args)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer " .. token
end

function request()
  counter = counter + 1
  local id = string.format("%s-%04x-4000-8000-%012x", prefix, thread_id or 0, counter)
  local body = string.gsub(template, "SUBMISSION_ID", id, 1)
  return wrk.format(nil, "/api/submissions", nil, body)
end

-- One JSON line for wrk-load.ts; latencies in ms. Non-2xx answers and socket errors both count
-- as failures.
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"durationUs":%d,"non2xx":%d,"errors":%d,"p50":%.3f,"p99":%.3f}\n',
    summary.requests, summary.duration, e.status, e.connect + e.read + e.write + e.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end

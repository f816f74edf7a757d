-- wrk script of the load check (bench/load/run): each thread rotates through the request
-- paths listed in the file given after "--" (one per line, already URL-encoded), starting at
-- a different place per thread; every response's status is counted, and done() prints the
-- figures as "key value" lines that bench/load/run's report reads.
local threads = {}
local counter = 1

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  paths = {}
  for line in io.lines(args[1]) do
    if #line > 0 then table.insert(paths, line) end
  end
  if #paths == 0 then error("no request paths in " .. tostring(args[1])) end
  counter = (id * 7) % #paths + 1
  statuses = {}
end

function request()
  local path = paths[counter]
  counter = counter % #paths + 1
  return wrk.format("GET", path)
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    local s = thread:get("statuses")
    for status, n in pairs(s) do total[status] = (total[status] or 0) + n end
  end
  local non200 = 0
  for status, n in pairs(total) do
    io.write(string.format("status_%d %d\n", status, n))
    if status ~= 200 then non200 = non200 + n end
  end
  io.write(string.format("requests %d\n", summary.requests))
  io.write(string.format("duration_s %.3f\n", summary.duration / 1e6))
  io.write(string.format("requests_per_s %.2f\n", summary.requests / (summary.duration / 1e6)))
  io.write(string.format("non_200 %d\n", non200))
  io.write(string.format("errors_connect %d\nerrors_read %d\nerrors_write %d\nerrors_timeout %d\nerrors_status %d\n",
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout, summary.errors.status))
  for _, p in ipairs({50, 90, 99, 99.9}) do
    io.write(string.format("latency_p%s_ms %.2f\n", tostring(p), latency:percentile(p) / 1000))
  end
  io.write(string.format("latency_mean_ms %.2f\nlatency_max_ms %.2f\n", latency.mean / 1000, latency.max / 1000))
end

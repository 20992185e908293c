-- Mixed traffic against the CRM service: 20 % intakes, 30 % commands (an internal note on one of the complaints
-- this thread opened), 40 % reads of one complaint, 10 % reads of a page of the list.
-- The bearer token comes from the environment variable TOKEN.
local token = os.getenv("TOKEN")
local counter = 0
local ids = {}
-- set per thread by setup(): command ids must differ between threads and between runs on one database
thread_tag = "0"

local function headers(extra)
  local h = { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }
  if extra then for k, v in pairs(extra) do h[k] = v end end
  return h
end

local function intake()
  counter = counter + 1
  local body = '{"commandId":"load-' .. thread_tag .. '-' .. counter .. '","channel":"PHONE",'
    .. '"complainant":{"name":"Load Test","phone":"13800000000"},'
    .. '"subject":{"name":"Shop ' .. (counter % 50) .. '","location":"1F"},"category":"MERCHANT_SERVICE",'
    .. '"description":"load","remediesSought":["APOLOGY"],"needs":[],"orgUnit":"plaza-0' .. (counter % 6 + 1) .. '"}'
  return wrk.format("POST", "/complaints", headers(), body)
end

request = function()
  local r = math.random(100)
  -- commands and reads start once this thread has opened 200 complaints, so that its 8 connections seldom
  -- write to one complaint at the same moment (such writes are decided again, or answered 409)
  if r <= 20 or #ids < 200 then
    return intake()
  end
  local id = ids[math.random(#ids)]
  if r <= 50 then
    counter = counter + 1
    local body = '{"type":"AddNote","commandId":"note-' .. thread_tag .. '-' .. counter
      .. '","text":"called back","visibility":"INTERNAL"}'
    return wrk.format("POST", "/complaints/" .. id .. "/commands", headers(), body)
  elseif r <= 90 then
    return wrk.format("GET", "/complaints/" .. id, headers())
  else
    return wrk.format("GET", "/complaints?page=0&size=20", headers())
  end
end

-- answers by status, reported at the end (a run is only as good as its 2xx share)
statuses = {}
local threads = {}

setup = function(thread)
  table.insert(threads, thread)
  thread:set("thread_tag", os.time() .. "-" .. #threads)
end

response = function(status, hdrs, body)
  local key = "status " .. status
  statuses[key] = (statuses[key] or 0) + 1
  if status == 201 then
    local loc = hdrs["Location"] or hdrs["location"]
    if loc then
      local id = string.match(loc, "/complaints/([^/]+)$")
      if id and #ids < 2000 then ids[#ids + 1] = id end
    end
  end
end

done = function(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do
    for k, v in pairs(t:get("statuses")) do total[k] = (total[k] or 0) + v end
  end
  local keys = {}
  for k in pairs(total) do keys[#keys + 1] = k end
  table.sort(keys)
  for _, k in ipairs(keys) do io.write(string.format("  %-16s %d\n", k, total[k])) end
end

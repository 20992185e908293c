-- Mixed traffic against the CRM service: 20 % intakes, 30 % commands (an internal note on a complaint this
-- connection opened), 40 % reads of one complaint, 10 % reads of a page of the list.
-- The bearer token comes from the environment variable TOKEN.
local token = os.getenv("TOKEN")
local counter = 0
local ids = {}
local thread_tag = tostring(math.random(1, 1e9))

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
  if r <= 20 or #ids == 0 then
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

response = function(status, hdrs, body)
  if status == 201 then
    local loc = hdrs["Location"] or hdrs["location"]
    if loc then
      local id = string.match(loc, "/complaints/([^/]+)$")
      if id and #ids < 2000 then ids[#ids + 1] = id end
    end
  end
end

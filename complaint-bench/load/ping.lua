-- The baseline: the same server, the same authentication, an endpoint that does nothing (204).
local token = os.getenv("TOKEN")
request = function()
  return wrk.format("GET", "/ping", { ["Authorization"] = "Bearer " .. token })
end

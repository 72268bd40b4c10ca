-- The course's pages as a reader goes through them: the list, the course,
-- each lesson and quiz in order. With COOKIE set (a session), as a
-- signed-in member, whose progress each page reads.
local base = "/parcours/transition-numerique"
local paths = { "/parcours", base }
for slug in string.gmatch(os.getenv("UNITS") or "", "%S+") do
  table.insert(paths, base .. "/" .. slug)
end
local cookie = os.getenv("COOKIE")
local counter = 0

request = function()
  counter = counter + 1
  local headers = {}
  if cookie and cookie ~= "" then
    headers["Cookie"] = cookie
  end
  return wrk.format("GET", paths[(counter % #paths) + 1], headers)
end

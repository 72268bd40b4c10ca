-- Topic pages of the generated forum, spread over its 5,000 topics, as
-- visitors open them from search engines and links.
local counter = 0
local topics = tonumber(os.getenv("FORUM_TOPICS") or "5000")

request = function()
  counter = counter + 1
  local id = ((counter * 7919) % topics) + 1
  return wrk.format("GET", "/communaute/t/" .. id)
end

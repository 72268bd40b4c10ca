-- The catalogue's pages as visitors open them: the list by need, tool
-- pages (with who hosts and supports them, near a place or not) and the
-- alternatives to a proprietary tool.
local paths = {
  "/catalogue",
  "/catalogue/nextcloud",
  "/catalogue/remplacer/gmail",
  "/catalogue/jitsi-meet?pres_de=Rennes",
  "/catalogue/remplacer/zoom?pres_de=Lyon",
  "/catalogue/libreoffice",
  "/catalogue/remplacer/whatsapp?pres_de=35000",
  "/catalogue/paheko",
}
local counter = 0

request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

-- Searches of the library as people type them: words without accents,
-- plurals, facets, sorts, a second page.
local paths = {
  "/ressources",
  "/ressources?q=messagerie",
  "/ressources?q=benevoles+formation",
  "/ressources?q=donnees+personnelles&theme=droit-rgpd",
  "/ressources?public=associations&format=guide",
  "/ressources?q=sobriete&tri=recent",
  "/ressources?theme=outils&theme=formation&langue=fr&tri=titre",
  "/ressources?q=nextcloud&page=2",
  "/ressources?format=video&format=temoignage",
  "/ressources?q=economie+subventions&public=associations",
}
local counter = 0

request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

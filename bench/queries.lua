-- A mix of directory searches as volunteers type them: French words with
-- accents or not, plurals, elisions, a proprietary name, a typo, facets,
-- places and radii.
local paths = {
  "/annuaire?q=formation+nextcloud&pres_de=Ploun%C3%A9our-M%C3%A9nez&rayon=50&taille=sans-salarie",
  "/annuaire?q=hebergements",
  "/annuaire?q=l%27accompagnement+des+associations&region=53",
  "/annuaire?accompagnement=migration&accompagnement=formation&taille=1-9",
  "/annuaire?pres_de=35000&rayon=100&tri=distance",
  "/annuaire?q=economie+sociale&departement=69",
  "/annuaire?outil=peertube&outil=mastodon&modalite=distance",
  "/annuaire?chatons=1&structure=cooperative&page=2",
  "/annuaire?q=wordpress&pres_de=Lyon&rayon=25",
  "/annuaire?departement=13&disponibilite=disponible&tri=recent",
  "/annuaire?q=formations&structure=association&structure=collectif",
  "/annuaire?pres_de=Bordeaux&rayon=200&accompagnement=diagnostic&sans_distance=1",
  "/annuaire?q=remplacer+google+drive",
  "/annuaire?q=nexcloud&region=53",
}
local counter = 0

request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

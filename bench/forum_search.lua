-- Searches of the forum as members type them: one word, two words,
-- without accents, a filter.
local paths = {
  "/communaute/recherche?q=nextcloud",
  "/communaute/recherche?q=economie",
  "/communaute/recherche?q=sauvegarde+restauration",
  "/communaute/recherche?q=benevoles+formation",
  "/communaute/recherche?q=visio&categorie=entraide-technique",
  "/communaute/recherche?q=adherents+rappel",
  "/communaute/recherche?q=hebergeur+chatons",
  "/communaute/recherche?q=paheko&resolu=oui",
}
local counter = 0

request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

# Le catalogue : besoins, logiciels propriétaires et logiciels libres.

catalogue-check-format = ce n'est pas un catalogue d'Essaim : « format » doit valoir « { $format } » et « version » { $version }
catalogue-check-slug = « { $slug } » ne convient pas comme identifiant : lettres minuscules, chiffres et tirets seulement
catalogue-check-slug-twice = l'identifiant « { $slug } » figure deux fois
catalogue-check-name = le nom doit compter de 1 à { $max } caractères
catalogue-check-description = la description doit compter de 1 à { $max } caractères
catalogue-check-website = « { $value } » n'est pas une adresse web (exemple : https://exemple.org)
catalogue-check-licence = indiquez la licence (identifiant SPDX, par exemple AGPL-3.0-only)
catalogue-check-wikidata = « { $value } » n'est pas un identifiant Wikidata (exemple : Q10135)
catalogue-check-framalibre = « { $value } » n'est pas un identifiant Framalibre (lettres minuscules, chiffres et tirets)
catalogue-check-needs-missing = indiquez au moins un besoin auquel il répond
catalogue-check-need-unknown = le besoin « { $slug } » n'existe pas dans le catalogue
catalogue-check-tool-unknown = le logiciel libre « { $slug } » n'existe pas dans le catalogue
catalogue-check-use-difficulty = difficulté d'usage { $value } : de 1 (comme ce qu'on connaît) à 3 (de nouvelles habitudes)
catalogue-check-install-difficulty = difficulté d'installation { $value } : de 1 (offre hébergée, rien à installer) à 5 (installation complexe)
catalogue-check-tool-in-use = le logiciel « { $tool } » est cité par des fiches de prestataires ({ $profiles }) : il doit rester dans le catalogue

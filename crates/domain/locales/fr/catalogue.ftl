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

catalogue-title = Catalogue des logiciels libres
catalogue-breadcrumb = Fil d'Ariane
catalogue-intro = Pour chaque besoin d'une association, les logiciels libres qui remplacent les outils des géants du numérique, ce qu'ils demandent pour s'en servir et pour les installer, et les prestataires de l'annuaire qui les maîtrisent.
catalogue-replace-label = Que remplacer ?
catalogue-replace-submit = Voir les alternatives
catalogue-needs-title = Les besoins
catalogue-today = Souvent utilisé aujourd'hui :
catalogue-use = Usage
catalogue-install = Installation
catalogue-use-1 = comme ce qu'on connaît
catalogue-use-2 = quelques repères à prendre
catalogue-use-3 = de nouvelles habitudes à apprendre
catalogue-install-1 = offre hébergée : rien à installer
catalogue-install-2 = s'installe sur chaque ordinateur
catalogue-install-3 = un serveur simple ou un hébergement mutualisé
catalogue-install-4 = un serveur à administrer
catalogue-install-5 = installation complexe, à confier à des professionnels
catalogue-hosted-badge = offres hébergées
catalogue-hosted = Offres prêtes à l'emploi
catalogue-hosted-yes = Oui : des hébergeurs le proposent sans rien installer.
catalogue-hosted-no = Non : il s'installe sur vos ordinateurs ou votre serveur.
catalogue-providers-count = { $count ->
    [0] aucun prestataire de l'annuaire ne le maîtrise encore
    [one] 1 prestataire de l'annuaire le maîtrise
   *[other] { $count } prestataires de l'annuaire le maîtrisent
}
catalogue-replaces = Remplace
catalogue-needs = Besoins
catalogue-licence = Licence
catalogue-website = Site officiel
catalogue-near-label = Près de (commune ou code postal)
catalogue-near-submit = Chercher près de chez moi
catalogue-place-unknown = aucune commune ne correspond à « { $place } » : vérifiez l'orthographe, ou tapez le code postal
catalogue-hosts-title = Qui l'héberge
catalogue-supporters-title = Qui l'accompagne
catalogue-providers-none = Aucun prestataire publié dans l'annuaire pour l'instant.
catalogue-providers-all = Les voir tous dans l'annuaire
catalogue-distance = à { $km } km
catalogue-replace-title = Remplacer
catalogue-replace-intro = Les alternatives libres, de la plus conseillée à la moins courante. Indiquez votre commune pour voir les prestataires proches de chez vous.
catalogue-alternatives-title = Les alternatives
catalogue-nearby = Les plus proches :
catalogue-check-slug-reserved = l'identifiant « { $slug } » est réservé par le site
catalogue-api-unknown = « { $value } » n'est pas dans le catalogue

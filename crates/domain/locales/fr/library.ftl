## The library ("Ressources").

library-title = Ressources
library-breadcrumb = Fil d'Ariane
library-intro = Guides, vidéos, cours, fiches et témoignages pour mener la transition numérique de votre association, choisis et vérifiés par le réseau.
library-propose-link = Proposer une ressource
library-search-label = Rechercher une ressource
library-search-placeholder = Ex. : RGPD, visio, sobriété
library-search-submit = Rechercher
library-sort-label = Trier par
library-sort-relevance = Pertinence
library-sort-recent = Plus récentes
library-sort-title = Titre
library-results = { $count ->
    [0] Aucune ressource
    [one] 1 ressource
   *[other] { $count } ressources
}
library-empty = Aucune ressource ne correspond. Essayez moins de mots ou de filtres.
library-clear-filters = Effacer la recherche et les filtres
library-filters = Filtrer
library-apply-filters = Appliquer les filtres
library-facet-audience = Public
library-facet-theme = Thème
library-facet-format = Format
library-facet-language = Langue
library-pages = Pages de résultats
library-page-of = Page { $page } sur { $pages }
library-ignored-filter = Le filtre « { $param } = { $value } » n'existe pas : il a été ignoré.

library-audience-associations = Associations
library-audience-providers = Prestataires
library-audience-everyone = Tout public
library-theme-strategy = Stratégie
library-theme-tools = Outils
library-theme-training = Formation
library-theme-law = Droit et RGPD
library-theme-sobriety = Sobriété et environnement
library-theme-governance = Gouvernance
library-theme-funding = Financement
library-format-guide = Guide
library-format-video = Vidéo
library-format-course = Cours
library-format-article = Article
library-format-sheet = Fiche pratique
library-format-testimony = Témoignage
library-language-fr = Français
library-language-en = Anglais
library-language-de = Allemand
library-language-es = Espagnol
library-language-it = Italien

library-open = Ouvrir la ressource
library-verified-on = Vérifiée le
library-to-review = À revoir
library-report-link = Signaler un problème (lien cassé, information dépassée…)
library-review-link = Relire cette ressource (modération)

library-field-title = Titre
library-field-url = Adresse de la ressource
library-field-url-hint = L'adresse web où on la trouve, par exemple https://www.exemple.org/guide. Si elle n'est pas en ligne, joignez son fichier en bas du formulaire.
library-field-summary = Résumé
library-field-summary-hint = En quelques phrases : ce qu'on y apprend, pour qui, pourquoi elle est utile.
library-field-audience = Public
library-field-themes = Thèmes
library-field-format = Format
library-field-choose = Choisir…
library-field-language = Langue
library-field-source = Auteur ou source
library-field-source-hint = Qui l'a écrite ou publiée : une personne, une association, une administration.
library-field-licence = Licence
library-field-licence-hint = Telle que la ressource l'indique, par exemple CC BY-SA 4.0.
library-field-year = Année de publication
library-optional = (facultatif)

library-propose-title = Proposer une ressource
library-propose-intro = Un guide, une vidéo ou un témoignage vous a aidé ? Proposez-le : l'équipe de modération le relit avant de le publier.
library-propose-submit = Envoyer la proposition
library-propose-sent = Merci ! Votre proposition attend la relecture de l'équipe de modération ; elle sera publiée une fois vérifiée.

library-status-proposed = Proposée, en attente
library-status-published = Publiée
library-status-refused = Refusée ou retirée
library-review-public-page = Voir la page publique
library-review-refusal = Motif du refus :
library-review-publish = Publier
library-review-save = Enregistrer les corrections
library-review-refuse-reason = Motif du refus (envoyé avec la décision)
library-review-withdraw-reason = Motif du retrait
library-review-refuse = Refuser
library-review-withdraw = Retirer de la bibliothèque
library-review-done = Décision enregistrée.

library-check-title = Donnez un titre d'au moins 3 caractères.
library-check-title-long = Le titre dépasse { $max } caractères.
library-check-url = Cette adresse n'est pas une adresse web valable (elle doit commencer par https:// ou http://).
library-check-summary-short = Le résumé doit faire au moins { $min } caractères.
library-check-summary-long = Le résumé fait { $count } caractères ; le maximum est { $max }.
library-check-audience = Choisissez à qui s'adresse la ressource.
library-check-themes = Choisissez au moins un thème.
library-check-format = Choisissez le format de la ressource.
library-check-language = Choisissez la langue de la ressource.
library-check-source = Indiquez l'auteur ou la source.
library-check-source-long = L'auteur ou la source dépasse { $max } caractères.
library-check-licence-long = La licence dépasse { $max } caractères.
library-check-year = L'année doit être comprise entre { $first } et { $last }.
library-check-year-number = L'année doit être un nombre, par exemple 2024.
library-check-reason = Donnez le motif : il est gardé dans le journal de modération.
library-conflict = Un autre membre de l'équipe de modération a décidé entre-temps : rechargez la page pour voir sa décision.
library-api-invalid = Le paramètre « { $param } » ne peut pas valoir « { $value } ».
library-feed = Flux Atom des nouvelles ressources
library-open-data = Données ouvertes :
library-moderation-link = Bibliothèque à surveiller
library-moderation-intro = Les ressources dont le lien est cassé (la page a disparu lors de deux vérifications à plusieurs jours d'écart) et celles qu'aucun modérateur n'a vérifiées depuis un an. Ouvrez-en une pour corriger son adresse, la marquer vérifiée en l'enregistrant, ou la retirer.
library-moderation-empty = Rien à surveiller : tous les liens répondent et toutes les ressources ont été vérifiées dans l'année.
library-broken-since = Lien cassé depuis le { $date }
library-never-verified = Jamais vérifiée par un modérateur
library-broken-notice = Ce lien semble cassé : la page n'a pas été trouvée lors de deux vérifications à plusieurs jours d'écart. L'équipe de modération est prévenue.
library-course-link = Apprendre pas à pas avec les parcours : leçons courtes, quiz et attestation
library-check-need = Le catalogue n'a pas de besoin « { $slug } ».
library-check-tool = Le catalogue n'a pas de logiciel libre « { $slug } ».
library-field-steps = Étapes de la transition qu'elle aide à franchir
library-field-catalogue = Besoins et logiciels du catalogue qu'elle concerne
library-field-needs = Besoins
library-field-tools = Logiciels libres
library-field-links = Dans le catalogue
library-check-file-large = Le fichier dépasse { $max } Mo.
library-check-file-kind = Ce fichier n'est ni un PDF, ni un document OpenDocument (ODT, ODS, ODP), ni une image PNG ou JPEG.
library-check-file-disguised = Le nom de ce fichier ne dit pas ce qu'il contient : c'est un fichier { $kind }. Renommez-le avec la bonne extension.
library-check-url-or-file = Donnez l'adresse de la ressource, ou joignez-en le fichier.
library-field-file = Ou joindre le fichier
library-field-file-hint = PDF, ODT, ODS, ODP, PNG ou JPEG, 10 Mo au plus, quand la ressource n'est pas en ligne.
library-download = Télécharger
library-file-attached = Fichier joint
library-file-size-kb = { $size } Ko
library-file-size-mb = { $size } Mo
library-decimal-mark = ,
library-to-filters = Filtrer les ressources

community-title = Communauté
community-lead = Le forum d'entraide : posez vos questions, comparez les outils, trouvez qui peut vous aider et partagez ce qui a marché chez vous.
community-breadcrumb = Fil d'Ariane
community-latest = Derniers sujets
community-categories = Catégories
community-category-counts = { $topics ->
    [0] Aucun sujet
    [one] 1 sujet
   *[other] { $topics } sujets
} · { $posts ->
    [0] aucun message
    [one] 1 message
   *[other] { $posts } messages
}
community-topic-count = { $count ->
    [0] Aucun sujet
    [one] 1 sujet
   *[other] { $count } sujets
}
community-replies = { $count ->
    [0] aucune réponse
    [one] 1 réponse
   *[other] { $count } réponses
}
community-unread = { $count ->
    [one] 1 non lu
   *[other] { $count } non lus
}
community-new = Nouveau
community-no-topics = Aucun sujet pour l'instant. Lancez le premier !
community-new-topic = Nouveau sujet
community-pinned = Épinglé
community-solved = Résolu
community-closed = Fermé
community-hidden = Masqué
community-gone = Compte supprimé
community-pages = Pages des sujets
community-filter-label = Filtrer les sujets
community-filter-all = Tous
community-filter-solved = Résolus
community-filter-unsolved = En attente de réponse
community-search-label = Rechercher dans le forum
community-search-placeholder = Ex. : visio, compta, Nextcloud
community-search-submit = Rechercher
community-search-title = Recherche dans le forum
community-search-results = Résultats
community-search-author = Auteur ou autrice
community-search-author-hint = Son identifiant, par exemple camille-b.
community-search-author-unknown = Aucun membre n'a cet identifiant : vérifiez l'orthographe.
community-search-period = Période
community-period-any = Depuis toujours
community-period-week = Depuis une semaine
community-period-month = Depuis un mois
community-period-year = Depuis un an
community-search-count = { $count ->
    [0] Aucun message trouvé. Essayez moins de mots ou une autre catégorie.
    [one] 1 message trouvé
   *[other] { $count } messages trouvés
}
community-all-categories = Toutes les catégories
community-category = Catégorie
community-category-choose = Choisissez une catégorie
community-topic-title = Titre
community-topic-title-hint = Une question claire attire les bonnes réponses, par exemple « Quel outil pour remplacer Doodle ? ».
community-body = Votre message
community-body-hint = Mise en forme Markdown : **gras**, *italique*, > citation, - liste. Écrivez @identifiant pour prévenir un membre.
community-start-submit = Publier le sujet
community-reply-title = Répondre
community-reply-submit = Publier la réponse
community-draft-save = Enregistrer le brouillon
community-draft-saved = Brouillon enregistré. Vous le retrouverez ici en revenant.
community-sign-in-to-reply = Connectez-vous pour répondre
community-closed-hint = Ce sujet est fermé : il ne reçoit plus de réponses.
community-replies-title = Réponses
community-solution = Solution
community-solution-title = La solution
community-solution-link = voir dans la discussion
community-solve = C'est la solution
community-unsolve = Ce n'est plus la solution
community-quote = Citer
community-quote-wrote = { $name } a écrit :
community-thank = Merci
community-thanks = { $count ->
    [one] 1 merci
   *[other] { $count } mercis
}
community-edit = Modifier
community-edited = modifié le
community-delete = Supprimer
community-flag = Signaler
community-hide = Masquer
community-show = Afficher à nouveau
community-post-deleted = Message supprimé par son auteur ou autrice.
community-post-hidden = Message masqué par la modération.
community-edit-title = Modifier le message
community-edit-hint = Passé cinq minutes, la version précédente reste consultable dans l'historique du message.
community-edit-submit = Enregistrer
community-history-title = Historique du message
community-history-topic-title = Titre du sujet :
community-history-current = Version actuelle
community-history-until = Version remplacée le { $date }
community-name-legend = Votre nom sur le forum
community-name-hint = C'est votre première participation : choisissez comment les autres membres vous verront. Votre adresse électronique n'est jamais affichée.
community-display-name = Nom affiché
community-handle = Identifiant
community-handle-hint = Pour vous mentionner (@identifiant) : lettres minuscules sans accent, chiffres et tirets.
community-moderate-title = Modération du sujet
community-moderate-reason = Motif (facultatif, inscrit au journal)
community-moderate-category = Catégorie (pour déplacer)
community-close = Fermer
community-reopen = Rouvrir
community-pin-category = Épingler dans la catégorie
community-pin-everywhere = Épingler partout
community-unpin = Désépingler
community-move = Déplacer
community-member-since = membre depuis le { $date }
community-member-counts = { $posts ->
    [0] aucun message
    [one] 1 message
   *[other] { $posts } messages
} · { $thanks ->
    [0] aucun merci reçu
    [one] 1 merci reçu
   *[other] { $thanks } mercis reçus
}
community-member-associations = Associations
community-member-recent = Messages récents
community-member-no-posts = Aucun message pour l'instant.
community-check-title-short = Le titre est trop court : au moins { $min } caractères, pour que l'on comprenne la question.
community-check-title-long = Le titre est trop long : { $max } caractères au plus.
community-check-body-empty = Le message est vide.
community-check-body-long = Le message est trop long : { $max } caractères au plus.
community-check-draft-long = Le brouillon est trop long pour être enregistré.
community-check-category = Choisissez une catégorie de la liste.
community-check-handle = L'identifiant doit commencer par une lettre et ne contenir que des lettres minuscules sans accent, des chiffres et des tirets ({ $max } caractères au plus).
community-check-handle-missing = Choisissez votre nom sur le forum avant de publier.
community-check-handle-taken = Cet identifiant est déjà pris : choisissez-en un autre.
community-check-name = Indiquez un nom affiché de { $max } caractères au plus.
community-topic-closed = Ce sujet est fermé : il ne reçoit plus de réponses ni de modifications.
community-delete-first = Le premier message d'un sujet qui a des réponses ne peut pas être supprimé : modifiez-le plutôt.
community-thank-own = On ne se remercie pas soi-même.
community-feed = Flux Atom (pour un lecteur de flux)
community-api-invalid = Valeur « { $value } » non reconnue pour le paramètre { $param }.
community-api-not-found = Aucun sujet public sous cet identifiant.
community-watch-muted = Silence : rien, sauf si l'on me mentionne
community-watch-normal = Normal : mentions et réponses à mes sujets
community-watch-tracking = Suivi : comme normal, avec le compte des non-lus
community-watch-watching = Surveillé : chaque nouveau message
community-watch-first-post = Premiers messages : chaque nouveau sujet
community-check-watch = Ce niveau de suivi ne s'applique qu'aux catégories.
community-watch-title = Suivre ce sujet
community-watch-label = Niveau de suivi
community-watch-as-category = Comme sa catégorie
community-watch-save = Enregistrer
community-watch-saved = Niveau de suivi enregistré.
community-watch-hint = Répondre à un sujet le passe en « Suivi » ; l'ouvrir le passe en « Surveillé ».
community-watch-category-label = Suivre cette catégorie
community-notifications-title = Notifications
community-preferences-link = Choisir ce que le forum m'envoie
community-notifications-read-all = Tout marquer comme lu
community-notifications-none = Aucune notification pour l'instant. Vous en recevrez quand on vous mentionne, quand on répond à vos sujets ou dans ce que vous suivez.
community-notification-mention = { $author } vous a mentionné dans « { $title } »
community-notification-reply = { $author } a répondu à « { $title } »
community-notification-new-topic = { $author } a ouvert « { $title } »
community-notification-watched = { $author } a écrit dans « { $title } »
community-preferences-title = Ce que le forum m'envoie
community-preferences-saved = Vos choix sont enregistrés.
community-unsubscribed = C'est fait : le forum ne vous enverra plus de courriels. Vous pouvez revenir sur ce choix ici à tout moment.
community-preferences-emails = Courriels
community-preferences-notifications = Un courriel pour chaque notification (quelques minutes après, s'il n'a pas été lu sur le site)
community-preferences-digest = Le résumé de la semaine
community-preferences-categories = Catégories suivies
community-preferences-categories-hint = Pour chaque catégorie, ce qui vous est notifié.
community-preferences-save = Enregistrer mes choix
community-unsubscribe-all = Ne plus rien recevoir du forum
community-digest-posts = { $count ->
    [one] 1 message cette semaine
   *[other] { $count } messages cette semaine
}
community-trust-new = Nouveau membre (liens, rythme et premier jour limités)
community-trust-member = Membre
community-trust-trusted = Membre de confiance
community-trust-title = Confiance sur le forum
community-trust-now = Niveau actuel
community-trust-set = Niveau choisi par la modération
community-trust-automatic = Automatique (selon la lecture et l'ancienneté)
community-trust-links = Les nouveaux membres peuvent mettre au plus { $max } liens par message. Cette limite tombe après quelques jours de lecture du forum.
community-trust-pace = Encore { $seconds } secondes avant votre prochain message : les nouveaux membres attendent 30 secondes entre deux messages. Votre texte est conservé ci-dessous.
community-trust-first-day-topics = Les nouveaux membres peuvent ouvrir { $max } sujets le premier jour. Enregistrez votre texte en brouillon et revenez demain.
community-trust-first-day-replies = Les nouveaux membres peuvent écrire { $max } réponses le premier jour. Enregistrez votre texte en brouillon et revenez demain.
community-held = En attente de validation
community-held-topic = Merci ! Comme c'est votre premier message, l'équipe d'animation le relit avant de le publier. Vous serez prévenu·e des réponses.
community-held-reply = Merci ! Comme c'est votre premier message, l'équipe d'animation le relit avant de le publier.
community-post-held = Message en attente de validation par l'équipe d'animation.
community-approve = Valider
community-refuse = Refuser
community-categories-admin-title = Catégories du forum
community-categories-admin-hint = L'ordre va du plus petit au plus grand numéro. Changer l'adresse d'une catégorie change ses liens.
community-categories-saved = Catégorie enregistrée.
community-categories-new = Nouvelle catégorie
community-categories-name = Nom
community-categories-slug = Adresse
community-categories-slug-hint = Lettres minuscules sans accent, chiffres et tirets : /communaute/c/adresse.
community-categories-description = Description
community-categories-position = Ordre
community-categories-starters = Qui peut ouvrir un sujet
community-categories-starters-members = Tous les membres
community-categories-starters-moderators = L'équipe de modération seulement (par exemple pour des annonces)
community-categories-save = Enregistrer la catégorie
community-check-category-name = Indiquez un nom de 2 à { $max } caractères.
community-check-category-slug = L'adresse ne peut contenir que des lettres minuscules sans accent, des chiffres et des tirets.
community-check-category-slug-taken = Une autre catégorie a déjà cette adresse.
community-check-category-description = La description est trop longue : { $max } caractères au plus.
community-check-category-position = L'ordre est un nombre entier de 1 à 1000.
community-check-category-starters = Choisissez qui peut ouvrir un sujet.
community-search-count-more = Plus de { $count } messages trouvés : ajoutez un mot ou un filtre pour affiner.

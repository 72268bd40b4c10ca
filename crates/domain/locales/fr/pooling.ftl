## Pooling ("Mutualisation"): needs, quotes, campaigns, shared maintenance.

pooling-kind-feature = Nouvelle fonctionnalité
pooling-kind-tool = Nouvel outil
pooling-kind-translation = Traduction
pooling-kind-accessibility = Accessibilité
pooling-kind-hosting = Hébergement
pooling-kind-maintenance = Maintenance

pooling-status-idea = Idée
pooling-status-specification = Cahier des charges
pooling-status-funding = Financement
pooling-status-in-development = En développement
pooling-status-delivered = Livré
pooling-status-abandoned = Abandonné

pooling-need-title = Donnez un titre d'au moins { $min } caractères.
pooling-need-title-long = Le titre compte au plus { $max } caractères.
pooling-need-description = Décrivez le besoin en au moins { $min } caractères : ce qui manque, pour qui, pourquoi.
pooling-need-description-long = La description compte { $length } caractères ; { $max } au plus.
pooling-need-tool = Le catalogue n'a pas de logiciel libre « { $slug } ».
pooling-need-kind = Choisissez le type de besoin.

pooling-amount-missing = Indiquez un montant en euros.
pooling-amount-positive = Le montant doit être supérieur à zéro.
pooling-amount-number = Écrivez le montant en chiffres, par exemple 2 400 ou 480,50.
pooling-amount-decimals = Un montant a au plus deux chiffres après la virgule (les centimes).
pooling-amount-too-large = Ce montant est trop élevé.

pooling-quote-deliverables = Décrivez ce qui est livré en au moins { $min } caractères.
pooling-quote-date = Indiquez la date de validité du devis (AAAA-MM-JJ).
pooling-quote-expired = La date de validité doit être à venir.

pooling-deadline-date = Indiquez l'échéance sous la forme AAAA-MM-JJ.
pooling-deadline-past = L'échéance doit être après aujourd'hui.
pooling-deadline-far = L'échéance est dans { $days } jours ; une campagne dure au plus { $max } jours.

pooling-pledge-reached = L'objectif est atteint : la campagne est close, les engagements ne changent plus.
pooling-pledge-released = La campagne a expiré : les engagements ont été libérés.
pooling-pledge-late = L'échéance est passée : la campagne ne prend plus d'engagement.
pooling-pledge-none = Votre association n'a pas d'engagement à retirer.

pooling-days-number = Indiquez un nombre entier de jours par mois, au moins 1.
pooling-days-over = Il reste { $remaining } jour(s) dans ce groupement ; inscrivez-vous pour moins, ou sur la liste d'attente.

pooling-topic-link = Ce besoin se mutualise sur { $link } : dites « nous aussi » pour votre association, lisez le cahier des charges, les devis et la campagne.
pooling-need-association = Choisissez une de vos associations : le besoin est proposé en son nom.
pooling-join-closed = Ce besoin est livré ou abandonné : il ne prend plus de nouvelle association.
pooling-specification-empty = Écrivez le cahier des charges avant de l'enregistrer.
pooling-specification-long = Le cahier des charges compte { $length } caractères ; { $max } au plus.
pooling-specification-stale = Quelqu'un a enregistré une autre version du cahier des charges pendant que vous écriviez. Votre texte est ci-dessous : relisez la nouvelle version, puis enregistrez de nouveau.
pooling-status-stale = Le statut de ce besoin a changé entre-temps. Rechargez la page pour voir où il en est.
pooling-status-move = Ce besoin ne peut pas passer directement à ce statut.
pooling-quote-closed = Les devis se proposent et se votent avant la campagne de financement ; ce besoin l'a dépassée.
pooling-choose-expired = Ce devis n'est plus valable : le prestataire doit en proposer un nouveau.
pooling-choose-votes = Confirmez le devis qui a le plus de voix des associations (au moins une).
pooling-pledge-no-campaign = Aucune campagne n'est ouverte pour ce besoin.
pooling-status-campaign-open = La campagne de financement est en cours : le besoin passe en développement quand l'objectif est atteint.

## Pages

pooling-title = Mutualisation
pooling-breadcrumb = Fil d'Ariane
pooling-intro = Plusieurs associations ont le même besoin, aucune ne peut le payer seule : regroupez-vous, écrivez ensemble le cahier des charges, choisissez le devis d'un prestataire référencé et engagez-vous ensemble, tout ou rien.
pooling-no-money = Ce site ne détient jamais d'argent : quand l'objectif est atteint, le prestataire facture directement chaque association pour le montant qu'elle a engagé.
pooling-propose-link = Proposer un besoin
pooling-filters = Filtrer les besoins
pooling-field-status = Statut
pooling-field-kind = Type de besoin
pooling-field-tool = Logiciel concerné
pooling-any = Tous
pooling-filter = Filtrer
pooling-filter-clear = Tout afficher
pooling-none = Aucun besoin ne correspond. Proposez le vôtre : d'autres associations l'ont peut-être aussi.
pooling-joined-count = { $count ->
    [0] Aucune association pour l'instant
    [one] { $count } association concernée
   *[other] { $count } associations concernées
}

pooling-propose-title = Proposer un besoin
pooling-propose-intro = Décrivez ce qui manque à votre association. Le besoin s'ouvre avec un sujet sur le forum, dans « Mutualiser des besoins », pour que d'autres associations le trouvent et disent « nous aussi ».
pooling-propose-no-association = Un besoin se propose au nom d'une association, et vous n'en avez pas encore sur ce site.
pooling-propose-create-association = Créer l'espace de votre association
pooling-field-association = Association
pooling-field-title = Titre
pooling-field-title-hint = Ce qui manque, en une phrase : « Renouvellement des adhésions en ligne dans Paheko ».
pooling-field-description = Description
pooling-field-description-hint = Pour qui, pourquoi, comment vous faites aujourd'hui. Markdown accepté.
pooling-optional = (facultatif)
pooling-no-tool = Aucun en particulier
pooling-propose-submit = Proposer le besoin

pooling-done-proposed = Le besoin est proposé, et son sujet ouvert sur le forum.
pooling-done-joined = Votre association fait partie de ce besoin.
pooling-done-specified = Le cahier des charges est enregistré ; l'ancienne version reste dans l'historique.
pooling-done-status = Le statut du besoin a changé.
pooling-done-quoted = Votre devis est publié sur la page du besoin.
pooling-done-voted = Le vote de votre association est enregistré.
pooling-done-campaign = La campagne est ouverte : les responsables des associations peuvent s'engager.
pooling-done-pledged = L'engagement de votre association est enregistré dans le registre.
pooling-done-withdrawn = L'engagement de votre association est retiré.
pooling-done-reached = L'objectif est atteint ! Chaque association et le prestataire reçoivent le registre final par courriel.

pooling-topic = Discuter de ce besoin sur le forum
pooling-associations = Associations concernées
pooling-by-size = Par taille
pooling-by-region = Par région
pooling-size-unknown = Taille non précisée
pooling-region-unknown = Région inconnue
pooling-for-association = Pour :
pooling-join = Nous aussi
pooling-sign-in-to-join = Connectez-vous pour dire « nous aussi » au nom de votre association

pooling-specification = Cahier des charges
pooling-specification-none = Le cahier des charges n'est pas encore écrit.
pooling-versions = { $count ->
    [one] Une version : voir l'historique
   *[other] { $count } versions : voir l'historique
}
pooling-specification-edit = Modifier le cahier des charges
pooling-specification-field = Cahier des charges
pooling-specification-hint = Ce qui est attendu, précisément : fonctionnalités, contraintes, ce qui est hors du périmètre. Markdown accepté. Chaque version est gardée.
pooling-specification-save = Enregistrer cette version
pooling-history-title = Historique du cahier des charges

pooling-quotes = Devis
pooling-quotes-none = Aucun devis pour l'instant. Les prestataires référencés peuvent en proposer un.
pooling-milestones = Étapes
pooling-valid-until = Valable jusqu'au
pooling-quote-expired-badge = Expiré
pooling-votes = { $count ->
    [0] aucune voix
    [one] { $count } voix
   *[other] { $count } voix
}
pooling-your-vote = Voté par :
pooling-vote = Voter pour ce devis
pooling-deadline = Échéance de la campagne
pooling-deadline-hint = Au plus 60 jours à partir d'aujourd'hui (AAAA-MM-JJ).
pooling-choose = Confirmer ce devis et ouvrir la campagne
pooling-quote-add = Proposer un devis
pooling-quote-as = Au nom de :
pooling-quote-provider = Prestataire
pooling-quote-amount = Montant total (€)
pooling-amount-hint = En euros, avec au plus deux décimales : 2 400 ou 2 400,50.
pooling-quote-deliverables-field = Ce qui est livré
pooling-quote-milestones-field = Étapes
pooling-quote-milestones-hint = Une étape par ligne.
pooling-quote-valid-field = Valable jusqu'au (AAAA-MM-JJ)
pooling-quote-submit = Publier le devis

pooling-campaign = Campagne de financement
pooling-campaign-none = Pas encore de campagne : elle s'ouvre quand l'auteur du besoin confirme le devis choisi par les associations.
pooling-campaign-open = Ouverte
pooling-campaign-reached = Objectif atteint
pooling-campaign-released = Expirée, engagements libérés
pooling-campaign-progress = Part de l'objectif engagée
pooling-of-goal = engagés sur
pooling-deadline-on = échéance le
pooling-shown-anonymous = affiché « une association »
pooling-pledge-amount = Montant engagé par votre association (€)
pooling-pledge-hint = « Nous nous engageons pour ce montant si l'objectif est atteint avant l'échéance. » Rien n'est payé sur ce site.
pooling-pledge-public = Afficher le nom de l'association dans le registre public
pooling-pledge-submit = S'engager
pooling-pledge-withdraw = Retirer l'engagement
pooling-pledges = Engagements
pooling-pledges-none = Aucun engagement pour l'instant.
pooling-an-association = Une association
pooling-ledger = Registre public
pooling-ledger-date = Date
pooling-ledger-event = Événement
pooling-ledger-association = Association
pooling-ledger-amount = Montant
pooling-ledger-total = Total engagé
pooling-ledger-pledged = Engagement
pooling-ledger-changed = Modification
pooling-ledger-withdrawn = Retrait
pooling-ledger-reached = Objectif atteint
pooling-ledger-released = Engagements libérés

pooling-statuses = Où en est le besoin
pooling-status-change = Nouveau statut
pooling-status-submit = Changer le statut

## Shared maintenance

pooling-pool-title = Le titre compte de { $min } à { $max } caractères.
pooling-pool-description = Décrivez le groupement en { $min } à { $max } caractères : ce que fait le technicien, où, quand.
pooling-pool-days = Jours par mois
pooling-pool-service = Ligne { $line } des services : écrivez « ce qui est partagé : coût mensuel en euros », par exemple « Sauvegardes : 40 ».
pooling-pool-services-many = { $max } services au plus.
pooling-pool-departement = « { $code } » n'est pas un numéro de département.
pooling-pool-departements = Indiquez au moins un département où le technicien intervient.
pooling-subscription-exists = Votre association est déjà inscrite à ce groupement.
pooling-subscription-none = Votre association n'est pas inscrite à ce groupement.

pooling-pools-link = Mutualiser la maintenance
pooling-pools-title = Maintenance partagée
pooling-pools-intro = Comme une AMAP pour l'informatique : plusieurs associations partagent les jours d'un technicien chaque mois et les services communs. Chacune paie ses jours et sa part des services, directement au prestataire.
pooling-pools-place = Commune ou code postal
pooling-pools-place-hint = Les groupements dont le technicien intervient dans votre département.
pooling-pools-search = Chercher
pooling-pools-unknown-place = Aucune commune ne correspond à
pooling-pools-near = Groupements qui interviennent à
pooling-pools-none = Aucun groupement pour l'instant ici. Un prestataire référencé peut en proposer un.
pooling-pools-offer-link = Vous êtes prestataire : proposer un groupement de maintenance
pooling-pool-days-left = { $left } jour(s) libre(s) sur { $total } par mois
pooling-pool-per-day = par jour
pooling-pool-per-month = par mois
pooling-pool-subscribers = { $count ->
    [0] Aucune association inscrite
    [one] { $count } association inscrite
   *[other] { $count } associations inscrites
}
pooling-pool-subscribers-label = Associations
pooling-pool-waiting = en liste d'attente :
pooling-pool-services = Services partagés
pooling-pool-services-none = Aucun service partagé : chaque association paie seulement ses jours.
pooling-pool-services-shared = Partagés à parts égales entre les associations inscrites, en tout :
pooling-pool-how = Chaque mois, une association doit ses jours × le tarif, plus sa part égale des services partagés. Le prestataire la facture directement ; ce site ne détient jamais d'argent.
pooling-pool-days-unit = jour(s) par mois
pooling-pool-leave = Quitter à la fin du mois
pooling-pool-subscribe-title = Inscrire votre association
pooling-pool-days-field = Jours par mois
pooling-pool-days-hint = Un nombre entier. S'il ne reste pas assez de jours, inscrivez-vous sur la liste d'attente.
pooling-pool-subscribe = S'inscrire
pooling-pool-wait = Liste d'attente
pooling-pool-ledger = Ce que chacune doit
pooling-pool-previous-month = Mois précédent
pooling-pool-next-month = Mois suivant
pooling-pool-ledger-empty = Aucune association inscrite ce mois-là.
pooling-pool-days-cost = Jours × tarif
pooling-pool-share = Part des services
pooling-pool-owed = À payer
pooling-pool-ledger-total = Total du mois
pooling-pool-done-subscribed = Votre association est inscrite à partir de ce mois-ci.
pooling-pool-done-waiting = Votre association est sur la liste d'attente.
pooling-pool-done-left = L'inscription de votre association s'arrête à la fin de ce mois, encore dû.

pooling-offer-title = Proposer un groupement de maintenance
pooling-offer-intro = Proposez les jours d'un technicien chaque mois, à un tarif journalier, et les services que le groupement partage. Les associations s'inscrivent tant qu'il reste des jours.
pooling-offer-no-provider = Il faut gérer une fiche de prestataire publiée dans l'annuaire pour proposer un groupement.
pooling-offer-description-hint = Ce que fait le technicien, où, à quel rythme. Markdown accepté.
pooling-offer-days = Jours de technicien par mois
pooling-offer-days-hint = Entre 1 et 23.
pooling-offer-rate = Tarif journalier (€)
pooling-offer-services = Services partagés
pooling-offer-services-hint = Un par ligne, « ce qui est partagé : coût mensuel », par exemple « Sauvegardes chiffrées : 40 ».
pooling-offer-departements = Départements
pooling-offer-departements-hint = Leurs numéros, séparés par des espaces : 35 22 56.
pooling-offer-submit = Proposer le groupement

pooling-api-invalid = Valeur « { $value } » non reconnue pour le paramètre { $param }.
pooling-api-not-found = Aucun besoin mutualisé sous cet identifiant.

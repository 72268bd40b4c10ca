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

pooling-need-title = Donnez un titre d'au moins 5 caractères.
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

# L'espace d'une association : ses membres, ses responsables, ses invitations.

associations-title = Espace association
associations-breadcrumb = Fil d'Ariane
associations-intro = L'espace de votre association réunit les personnes qui mènent sa transition numérique. Il est privé : seuls ses membres le voient.
associations-none-yet = Vous n'appartenez encore à aucune association sur ce site.
associations-new-title = Créer l'espace d'une association
associations-new-intro = Vous en serez responsable : vous pourrez inviter les autres membres par courriel.
associations-new-submit = Créer l'espace
associations-cancel = Annuler

associations-field-name = Nom de l'association
associations-field-size = Taille
associations-field-commune = Commune
associations-hint-commune = Code postal ou nom de la commune de son siège. Il sert à trouver des prestataires proches.
associations-field-field = Domaine d'action
associations-field-field-none = Non précisé
associations-field-website = Site web
associations-hint-website = Facultatif. Par exemple : www.mon-association.fr
associations-field-slug = Adresse de l'espace
associations-hint-slug = Facultatif : lettres minuscules, chiffres et tirets. Laissez vide pour la former à partir du nom.

associations-check-name-missing = indiquez le nom de l'association
associations-check-name-length = le nom doit compter de 2 à { $max } caractères
associations-check-size-missing = choisissez la taille de l'association
associations-check-commune-missing = indiquez la commune de l'association
associations-check-commune-unknown = le code commune { $code } n'existe pas
associations-check-web-address = « { $value } » n'est pas une adresse web (exemple : https://mon-association.fr)
associations-check-slug = « { $slug } » ne convient pas : lettres minuscules, chiffres et tirets seulement, de 2 à 80 caractères
associations-check-slug-reserved = l'adresse « { $slug } » est réservée par le site : choisissez-en une autre
associations-create-name-no-letters = le nom doit contenir au moins une lettre ou un chiffre
associations-create-name-overused = trop d'associations portent déjà ce nom : précisez-le (par exemple avec la ville)
associations-create-slug-taken = l'adresse « { $slug } » est déjà prise : choisissez-en une autre, ou laissez le champ vide

associations-done-created = L'espace de l'association est créé. Invitez maintenant les autres membres.
associations-done-details = La présentation est enregistrée.
associations-done-invited = L'invitation est envoyée. Elle est valable 7 jours.
associations-done-invitation-cancelled = L'invitation est retirée : son lien ne fonctionne plus.
associations-done-role = Le rôle est modifié.
associations-done-removed = La personne ne fait plus partie de l'association.
associations-done-joined = Bienvenue : vous faites maintenant partie de l'association.
associations-done-left = Vous avez quitté l'association.

associations-details-title = Présentation de l'association
associations-details-edit = Modifier la présentation
associations-details-submit = Enregistrer

associations-members-title = Membres
associations-members-intro = Les responsables modifient la présentation, invitent et gèrent les membres. Une association garde toujours au moins une personne responsable.
associations-members-you = vous
associations-members-since = depuis le
associations-members-role = Rôle
associations-members-change = Changer le rôle
associations-members-remove = Retirer
associations-role-last-responsable = l'association doit garder au moins une personne responsable : nommez-en une autre avant

associations-invite-title = Inviter une personne
associations-invite-intro = Elle reçoit un lien par courriel, valable 7 jours. Elle se connecte, ou crée un compte avec cette adresse, puis accepte.
associations-invite-email = Adresse électronique
associations-invite-role = Son rôle
associations-invite-submit = Envoyer l'invitation
associations-invite-email-invalid = cette adresse électronique n'est pas valide (exemple : camille@example.org)
associations-invite-role-missing = choisissez un rôle : responsable ou membre
associations-invite-already-member = cette personne fait déjà partie de l'association
associations-invitations-pending = Invitations en attente
associations-invitations-until = jusqu'au
associations-invitations-cancel = Retirer l'invitation

associations-invitation-title = Rejoindre une association
associations-invitation-intro = Vous êtes invité·e à rejoindre l'espace de l'association « { $name } ».
associations-invitation-accept = Rejoindre l'association
associations-invitation-other-title = Cette invitation est destinée à une autre adresse
associations-invitation-other-body = Connectez-vous avec le compte de l'adresse qui a reçu l'invitation, ou créez-en un avec cette adresse.

associations-leave-title = Quitter l'association
associations-leave-intro = Vous ne verrez plus son espace. Si vous en êtes la dernière personne responsable, nommez d'abord quelqu'un d'autre.
associations-leave-submit = Quitter l'association
associations-leave-last-responsable = vous êtes la dernière personne responsable : nommez-en une autre avant de partir

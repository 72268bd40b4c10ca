mail-greeting = Bonjour,
mail-signature = L'équipe { $instance }
mail-ignore = Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : rien ne changera.
mail-not-you = Si ce n'est pas vous, changez votre mot de passe sans attendre et prévenez l'équipe de l'instance.
mail-verify-subject = Confirmez votre adresse sur { $instance }
mail-verify-intro = Vous venez de créer un compte sur { $instance }. Confirmez votre adresse pour l'activer.
mail-verify-expiry = Ce lien est valable 48 heures et ne sert qu'une fois.
mail-verify-action = Confirmer mon adresse
mail-already-registered-subject = Votre compte sur { $instance }
mail-already-registered-intro = Quelqu'un a voulu créer un compte sur { $instance } avec votre adresse, qui en a déjà un. Vous pouvez simplement vous connecter.
mail-already-registered-action = Se connecter
mail-already-registered-reset = Mot de passe oublié ? Choisissez-en un nouveau ici :
mail-reset-subject = Nouveau mot de passe pour { $instance }
mail-reset-intro = Une demande de nouveau mot de passe a été faite pour votre compte sur { $instance }.
mail-reset-expiry = Ce lien est valable une heure et ne sert qu'une fois.
mail-reset-action = Choisir un nouveau mot de passe
mail-new-email-subject = Confirmez votre nouvelle adresse sur { $instance }
mail-new-email-intro = Vous avez demandé que cette adresse devienne celle de votre compte sur { $instance }.
mail-new-email-expiry = Ce lien est valable 24 heures et ne sert qu'une fois.
mail-new-email-action = Confirmer la nouvelle adresse
mail-email-changed-subject = L'adresse de votre compte { $instance } a changé
mail-email-changed-intro = L'adresse électronique de votre compte sur { $instance } vient d'être remplacée.
mail-email-changed-new = Nouvelle adresse :
mail-password-changed-subject = Votre mot de passe { $instance } a changé
mail-password-changed-intro = Le mot de passe de votre compte sur { $instance } vient d'être changé, et vos sessions ouvertes ont été fermées.
mail-password-changed-action = Choisir un nouveau mot de passe
mail-deleted-subject = Votre compte { $instance } est supprimé
mail-deleted-intro = Votre compte sur { $instance } a été supprimé, comme vous l'avez demandé. Merci d'avoir participé.
mail-profile-submitted-subject = Fiche à relire : { $name }
mail-profile-submitted-intro = La fiche « { $name } » attend la relecture du réseau sur { $instance }.
mail-profile-review-action = Relire la fiche
mail-profile-open-action = Ouvrir la fiche
mail-profile-public-action = Voir la fiche publiée
mail-profile-message = Message du réseau :
mail-profile-approved-subject = Votre fiche « { $name } » est publiée
mail-profile-approved-intro = Bonne nouvelle : le réseau a validé la fiche « { $name } ». Elle apparaît maintenant dans l'annuaire { $instance_elides ->
    [yes] d'{ $instance }
   *[no] de { $instance }
}.
mail-profile-changes-subject = Modifications demandées sur « { $name } »
mail-profile-changes-intro = Le réseau a relu la fiche « { $name } » et vous demande quelques modifications avant de la publier. Corrigez-la puis soumettez-la à nouveau.
mail-profile-refused-subject = Votre fiche « { $name } » n'est pas retenue
mail-profile-refused-intro = Le réseau a relu la fiche « { $name } » et ne peut pas la publier pour le moment.
mail-profile-suspended-subject = Votre fiche « { $name } » est suspendue
mail-profile-suspended-intro = Le réseau a suspendu la fiche « { $name } » : elle n'apparaît plus dans l'annuaire { $instance_elides ->
    [yes] d'{ $instance }
   *[no] de { $instance }
}.
mail-profile-reinstated-subject = Votre fiche « { $name } » est rétablie
mail-profile-reinstated-intro = La suspension de la fiche « { $name } » est levée : elle apparaît de nouveau dans l'annuaire { $instance_elides ->
    [yes] d'{ $instance }
   *[no] de { $instance }
}.
mail-profile-reminder-subject = Votre fiche « { $name } » est-elle toujours à jour ?
mail-profile-reminder-intro = Cela fait un an que la fiche « { $name } » n'a pas été vérifiée sur { $instance }.
mail-profile-reminder-why = Les associations comptent sur des informations à jour : relisez la fiche et confirmez-la en un clic. Sans confirmation, elle sera signalée comme ancienne dans l'annuaire.
mail-profile-reminder-action = Relire et confirmer la fiche
mail-manager-invitation-subject = Invitation à gérer la fiche « { $name } »
mail-manager-invitation-intro = Vous êtes invité·e à gérer la fiche prestataire « { $name } » sur { $instance }. Connectez-vous (ou créez un compte avec cette adresse), puis acceptez l'invitation.
mail-manager-invitation-expiry = Ce lien est valable 7 jours.
mail-manager-invitation-action = Voir l'invitation
mail-contact-subject = Nouveau message pour « { $name } »
mail-contact-intro = Une personne vous écrit depuis votre fiche « { $name } » sur { $instance } :
mail-contact-reply = Répondez simplement à ce courriel : votre réponse ira directement à cette personne.
mail-contact-copy-subject = Copie de votre message à « { $name } »
mail-contact-copy-intro = Voici le message que vous avez envoyé à « { $name } » depuis { $instance } :
mail-contact-message = Message :
mail-report-filed-subject = Signalement : « { $name } »
mail-report-filed-intro = Un membre signale un problème sur « { $name } » : { $reason }.
mail-report-filed-comment = Son commentaire :
mail-report-filed-action = Voir la file de modération
mail-report-closed-subject = Votre signalement sur « { $name } »
mail-report-resolved-intro = L'équipe du réseau a examiné votre signalement sur « { $name } » et fait le nécessaire.
mail-report-dismissed-intro = L'équipe du réseau a examiné votre signalement sur « { $name } » et n'y a rien trouvé à changer.
mail-report-closed-note = Son message :
mail-report-thanks = Merci de votre vigilance : c'est ainsi que l'annuaire reste fiable.
mail-contact-network-subject = Message pour « { $name } », fiche sans gestionnaire
mail-contact-network-intro = Une personne écrit à « { $name } » depuis { $instance }. Personne ne gère cette fiche sur { $instance } pour le moment : ce message vous parvient, à l'équipe du réseau, pour qu'il ne se perde pas.
mail-contact-network-reply = Répondez à ce courriel pour écrire à cette personne (par exemple pour lui donner un autre moyen de joindre le prestataire), ou transmettez le message au prestataire.
mail-association-invitation-subject = Invitation à rejoindre « { $name } »
mail-association-invitation-intro = Vous êtes invité·e à rejoindre l'espace de l'association « { $name } » sur { $instance }. Connectez-vous (ou créez un compte avec cette adresse), puis acceptez l'invitation.
mail-association-invitation-responsable = Vous y serez responsable : vous pourrez modifier sa présentation et inviter d'autres personnes.
mail-association-invitation-expiry = Ce lien est valable 7 jours.
mail-association-invitation-action = Voir l'invitation
mail-association-handed-over-subject = Vous êtes désormais responsable de « { $name } »
mail-association-handed-over-intro = La dernière personne responsable de l'association « { $name } » a supprimé son compte sur { $instance }. Comme vous en êtes le plus ancien membre, vous en devenez responsable.
mail-association-handed-over-what = Vous pouvez modifier sa présentation, inviter d'autres personnes et confier ce rôle à quelqu'un d'autre depuis l'espace de l'association.
mail-association-handed-over-action = Ouvrir l'espace de l'association

## Form fields and their errors
form-errors-title = Le formulaire n'a pas pu être envoyé :
form-email = Adresse électronique
form-password = Mot de passe
form-current-password = Mot de passe actuel
form-new-password = Nouveau mot de passe
form-new-email = Nouvelle adresse électronique
form-password-hint = Au moins 10 caractères. Une phrase facile à retenir fait un bon mot de passe.
form-email-missing = Indiquez votre adresse électronique.
form-email-invalid = Cette adresse électronique n'est pas valide (exemple : camille@exemple.org).
form-email-same = C'est déjà l'adresse de votre compte.
form-password-wrong = Le mot de passe actuel est incorrect.
form-last-admin = C'est le dernier compte administrateur : désignez d'abord un autre administrateur.
password-too-short = Le mot de passe doit compter au moins 10 caractères.
password-too-long = Le mot de passe ne doit pas dépasser 256 caractères.
password-too-common = Ce mot de passe fait partie des plus courants : choisissez-en un autre.
password-contains-email = Le mot de passe ne doit pas reprendre votre adresse électronique.
role-membre = Membre
role-prestataire = Prestataire
role-moderateur = Modérateur·rice
role-admin = Administrateur·rice

## Registration
register-title = Créer un compte
register-intro = Un compte vous permet de présenter votre structure dans l'annuaire, de rejoindre l'équipe d'une fiche existante et de signaler un contenu. Nous vous enverrons un lien pour confirmer votre adresse.
register-submit = Créer mon compte
register-have-account = Déjà inscrit·e ?
register-privacy-link = Ce que nous conservons et pourquoi
register-sent-title = Vérifiez votre boîte de réception
register-sent-body = Nous avons envoyé un message à l'adresse indiquée. Ouvrez le lien qu'il contient pour continuer.
register-sent-spam = Rien reçu d'ici quelques minutes ? Regardez dans les indésirables, puis vérifiez l'adresse saisie.
register-resend-title = Recevoir un nouveau lien
register-resend-intro = Le lien a expiré ou le message s'est perdu ? Indiquez votre adresse : si un compte l'attend encore, un nouveau lien lui sera envoyé.
register-resend-submit = Renvoyer le lien
register-resent = C'est noté : si un compte attend cette adresse, un nouveau lien vient de partir.
verify-already-title = Adresse déjà confirmée
verify-already-body = Ce lien a déjà servi : votre adresse est confirmée et votre compte est actif. Vous pouvez vous connecter.
verify-title = Confirmer votre adresse
verify-intro = Un dernier clic pour activer votre compte.
verify-submit = Confirmer mon adresse
link-invalid-title = Lien expiré ou déjà utilisé
link-invalid-body = Ce lien n'est plus valable : il a déjà servi ou il a expiré. Vous pouvez en demander un nouveau.
link-invalid-action = Demander un nouveau lien

## Sign in
sign-in-title = Se connecter
sign-in-submit = Se connecter
sign-in-forgot = Mot de passe oublié ?
sign-in-no-account = Pas encore de compte ?
sign-in-wrong = Adresse électronique ou mot de passe incorrect.
sign-in-confirmed = Votre adresse est confirmée. Vous pouvez vous connecter.
sign-in-after-reset = Votre mot de passe a été changé. Connectez-vous avec le nouveau.
sign-in-unverified-title = Confirmez d'abord votre adresse
sign-in-unverified-body = Votre adresse n'est pas encore confirmée : nous venons de vous renvoyer le lien de confirmation.

## Password reset
forgot-title = Mot de passe oublié
forgot-intro = Indiquez l'adresse de votre compte : nous y enverrons un lien pour choisir un nouveau mot de passe. Le lien est valable une heure.
forgot-submit = Recevoir un lien
forgot-sent-title = Vérifiez votre boîte de réception
forgot-sent-body = Si un compte existe avec cette adresse, un lien vient d'y être envoyé. Il est valable une heure et ne sert qu'une fois.
reset-title = Choisir un nouveau mot de passe
reset-submit = Enregistrer le mot de passe

## Account page
account-title = Mon compte
account-role = Rôle
account-since = Inscrit·e le
account-language-title = Langue
account-language-label = Langue des pages et des courriels
account-language-submit = Enregistrer
account-language-unknown = Cette langue n'est pas proposée.
account-password-title = Changer de mot de passe
account-password-intro = Vos autres sessions seront fermées.
account-password-submit = Changer le mot de passe
account-email-title = Changer d'adresse électronique
account-email-intro = Nous enverrons un lien de confirmation à la nouvelle adresse ; le changement aura lieu quand vous l'ouvrirez.
account-email-submit = Changer d'adresse
account-data-title = Vos données
account-data-intro = Téléchargez tout ce que nous conservons sur vous, ou supprimez votre compte.
account-export = Télécharger mes données (JSON)
account-delete-link = Supprimer mon compte
account-done-password = Votre mot de passe a été changé ; vos autres sessions sont fermées.
account-done-email-sent = Un lien de confirmation a été envoyé à la nouvelle adresse.
account-done-email = Votre adresse électronique a été changée.
account-done-language = Votre langue a été enregistrée.
email-change-title = Confirmer la nouvelle adresse
email-change-intro = Confirmez pour que cette adresse devienne celle de votre compte.
email-change-submit = Confirmer la nouvelle adresse
email-change-taken-title = Adresse déjà utilisée
email-change-taken-body = Un autre compte utilise déjà cette adresse ; votre adresse n'a pas changé.

## Deletion
delete-title = Supprimer mon compte
delete-intro = Votre compte, vos sessions et vos préférences seront supprimés définitivement.
delete-kept = Ce que vous avez écrit dans les espaces publics restera visible, sous le nom « Compte supprimé ».
delete-export-first = Télécharger mes données avant de partir
delete-submit = Supprimer définitivement mon compte
delete-cancel = Annuler
deleted-title = Compte supprimé
deleted-body = Votre compte a été supprimé. Merci d'avoir participé.

## Privacy
privacy-title = Vie privée et données personnelles
privacy-intro = Essaim ne conserve que ce qui est nécessaire pour faire fonctionner le service. Rien n'est vendu ni transmis à des tiers, et aucune mesure d'audience n'est faite.
privacy-visitors-title = Si vous visitez sans compte
privacy-visitors = Chaque requête est inscrite au journal du serveur (adresse IP, page, heure) pour la sécurité ; ce journal est conservé par l'hébergeur de l'instance pour une durée limitée. La carte de l'annuaire charge ses fonds de carte depuis le serveur de tuiles configuré par l'instance.
privacy-cookies-title = Cookies
privacy-cookie-session = maintient votre connexion (30 jours au plus, 7 jours sans activité).
privacy-cookie-csrf = protège les formulaires contre les envois frauduleux, jusqu'à la fermeture du navigateur.
privacy-cookie-lang = retient la langue choisie pendant un an.
privacy-accounts-title = Si vous avez un compte
privacy-account-email = votre adresse électronique, pour vous connecter et vous écrire ;
privacy-account-password = une empreinte de votre mot de passe (Argon2id) : le mot de passe lui-même n'est jamais enregistré ;
privacy-account-sessions = la date de vos connexions ouvertes, pour pouvoir les fermer ;
privacy-account-emails = les messages à vous envoyer, effacés de la file dès leur envoi ;
privacy-account-logs = les évènements de sécurité (connexions réussies ou échouées, changements de mot de passe), sans aucun mot de passe.
privacy-rights-title = Vos droits
privacy-rights = Depuis « Mon compte », vous pouvez télécharger toutes vos données et supprimer votre compte à tout moment. Pour toute autre demande, écrivez à l'équipe qui gère cette instance :
privacy-rights-no-address = ses coordonnées figurent dans les mentions légales
privacy-third-parties = Aucune ressource n'est chargée depuis un autre site, à l'exception des tuiles de la carte.

## Administration
admin-accounts-title = Comptes
admin-accounts-total = { $count ->
    [one] { $count } compte
   *[other] { $count } comptes
}
admin-accounts-verified = Adresse confirmée
admin-accounts-change = Changer
admin-accounts-role-of = Rôle de { $email }
admin-accounts-done = Le rôle a été changé.
admin-accounts-pages = Pages de la liste des comptes
admin-account-missing = Ce compte n'existe plus.
admin-yes = oui
admin-no = non
register-provider = Je représente un prestataire qui accompagne des associations (hébergeur, coopérative, indépendant·e…)
delete-alone-title = Vous êtes la seule personne à gérer ces fiches :
delete-alone-what = Après la suppression de votre compte, elles resteront publiées telles quelles ; les messages que les associations leur écrivent iront à l'équipe du réseau. Pour qu'une autre personne les gère, invitez-la depuis chaque fiche avant de partir.
delete-associations-title = Vous êtes la seule personne responsable de ces associations :
delete-association-deleted = « { $name } » sera supprimée avec votre compte : vous en êtes le seul membre.
delete-association-handed-over = « { $name } » : { $email }, son plus ancien membre, en deviendra responsable et en sera prévenu·e par courriel.

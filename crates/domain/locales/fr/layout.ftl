layout-skip-to-content = Aller au contenu
layout-nav-label = Navigation principale
layout-nav-home = Accueil
layout-footer-about = Essaim est un logiciel libre (licence AGPL-3.0) qui aide les associations à quitter les outils des géants du numérique.
layout-switch-language = English
layout-nav-catalogue = Catalogue
layout-nav-community = Communauté
layout-nav-library = Ressources
layout-nav-pooling = Mutualisation
layout-nav-directory = Annuaire
nav-account = Mon compte
nav-admin = Administration
nav-sign-in = Se connecter
nav-sign-out = Se déconnecter
nav-register = Créer un compte
nav-moderation = Modération
nav-association-space = Espace association
nav-provider-space = Espace prestataire
layout-pair = { $label } : { $value }
layout-nav-notifications = { $count ->
    [0] Notifications
    [one] Notifications (1 non lue)
   *[other] Notifications ({ $count } non lues)
}

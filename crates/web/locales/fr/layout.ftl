layout-skip-to-content = Aller au contenu
layout-nav-label = Navigation principale
layout-nav-home = Accueil
layout-footer-about = Essaim est un logiciel libre (licence AGPL-3.0) qui aide les associations à quitter les outils des géants du numérique.
layout-switch-language = English
layout-nav-directory = Annuaire

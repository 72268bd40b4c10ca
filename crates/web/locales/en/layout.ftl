layout-skip-to-content = Skip to content
layout-nav-label = Main navigation
layout-nav-home = Home
layout-footer-about = Essaim is free software (AGPL-3.0 licence) that helps associations leave Big Tech tools.
layout-switch-language = Français
layout-nav-directory = Directory

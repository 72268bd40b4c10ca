layout-skip-to-content = Skip to content
layout-nav-label = Main navigation
layout-nav-home = Home
layout-footer-about = Essaim is free software (AGPL-3.0 licence) that helps associations leave Big Tech tools.
layout-switch-language = Français
layout-nav-catalogue = Catalogue
layout-nav-community = Community
layout-nav-library = Resources
layout-nav-pooling = Pooling
layout-nav-directory = Directory
nav-account = My account
nav-admin = Administration
nav-sign-in = Sign in
nav-sign-out = Sign out
nav-register = Create an account
nav-moderation = Moderation
nav-association-space = Association space
nav-provider-space = Provider space
layout-pair = { $label }: { $value }
layout-nav-notifications = { $count ->
    [0] Notifications
    [one] Notifications (1 unread)
   *[other] Notifications ({ $count } unread)
}

# An association's space: its members, its coordinators, its invitations.

associations-title = Association space
associations-breadcrumb = Breadcrumb
associations-intro = Your association's space brings together the people who lead its move to free tools. It is private: only its members see it.
associations-none-yet = You do not belong to any association on this site yet.
associations-new-title = Create an association's space
associations-new-intro = You will coordinate it: you will be able to invite the other members by email.
associations-new-submit = Create the space
associations-cancel = Cancel

associations-field-name = Name of the association
associations-field-size = Size
associations-field-commune = Commune
associations-hint-commune = Postcode or name of the commune of its head office. It is used to find providers nearby.
associations-field-field = Field of action
associations-field-field-none = Not said
associations-field-website = Website
associations-hint-website = Optional. For example: www.my-association.org
associations-field-slug = Address of the space
associations-hint-slug = Optional: lower-case letters, digits and hyphens. Leave empty to make it from the name.

associations-check-name-missing = enter the association's name
associations-check-name-length = the name must have 2 to { $max } characters
associations-check-size-missing = choose the association's size
associations-check-commune-missing = enter the association's commune
associations-check-commune-unknown = the commune code { $code } does not exist
associations-check-web-address = “{ $value }” is not a web address (example: https://my-association.org)
associations-check-slug = “{ $slug }” will not do: lower-case letters, digits and hyphens only, 2 to 80 characters
associations-check-slug-reserved = the address “{ $slug }” is used by the site: choose another one
associations-create-name-no-letters = the name must contain at least one letter or digit
associations-create-name-overused = too many associations already have this name: make it more precise (with the town, for example)
associations-create-slug-taken = the address “{ $slug }” is taken: choose another one, or leave the field empty

associations-done-created = The association's space is created. Now invite the other members.
associations-done-details = The details are saved.
associations-done-invited = The invitation is sent. It is valid for 7 days.
associations-done-invitation-cancelled = The invitation is withdrawn: its link no longer works.
associations-done-role = The role is changed.
associations-done-removed = The person is no longer part of the association.
associations-done-joined = Welcome: you are now part of the association.
associations-done-left = You left the association.

associations-details-title = The association's details
associations-details-edit = Edit the details
associations-details-submit = Save

associations-members-title = Members
associations-members-intro = Coordinators edit the details, invite and manage members. An association always keeps at least one coordinator.
associations-members-you = you
associations-members-since = since
associations-members-role = Role
associations-members-change = Change the role
associations-members-remove = Remove
associations-role-last-responsable = the association must keep at least one coordinator: name another one first

associations-invite-title = Invite someone
associations-invite-intro = They receive a link by email, valid for 7 days. They sign in, or create an account with this address, then accept.
associations-invite-email = Email address
associations-invite-role = Their role
associations-invite-submit = Send the invitation
associations-invite-email-invalid = this email address is not valid (example: camille@example.org)
associations-invite-role-missing = choose a role: coordinator or member
associations-invite-already-member = this person is already part of the association
associations-invitations-pending = Pending invitations
associations-invitations-until = until
associations-invitations-cancel = Withdraw the invitation

associations-invitation-title = Join an association
associations-invitation-intro = You are invited to join the space of the association “{ $name }”.
associations-invitation-accept = Join the association
associations-invitation-other-title = This invitation is meant for another address
associations-invitation-other-body = Sign in with the account of the address that received the invitation, or create one with that address.

associations-leave-title = Leave the association
associations-leave-intro = You will no longer see its space. If you are its last coordinator, name someone else first.
associations-leave-submit = Leave the association
associations-leave-last-responsable = you are the last coordinator: name another one before you leave

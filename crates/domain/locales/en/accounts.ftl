## Form fields and their errors
form-errors-title = The form could not be sent:
form-email = Email address
form-password = Password
form-current-password = Current password
form-new-password = New password
form-new-email = New email address
form-password-hint = At least 10 characters. A sentence you remember easily makes a good password.
form-email-missing = Enter your email address.
form-email-invalid = This email address is not valid (example: camille@example.org).
form-email-same = This is already your account's address.
form-password-wrong = The current password is incorrect.
form-last-admin = This is the last administrator account: make someone else an administrator first.
password-too-short = The password must have at least 10 characters.
password-too-long = The password must not exceed 256 characters.
password-too-common = This password is one of the most common: choose another one.
password-contains-email = The password must not repeat your email address.
role-membre = Member
role-prestataire = Provider
role-moderateur = Moderator
role-admin = Administrator

## Registration
register-title = Create an account
register-intro = An account lets you present your organisation in the directory, join the team of an existing profile and report content. We will send you a link to confirm your address.
register-submit = Create my account
register-have-account = Already registered?
register-privacy-link = What we keep and why
register-sent-title = Check your inbox
register-sent-body = We have sent a message to the address you gave. Open the link inside to continue.
register-sent-spam = Nothing after a few minutes? Look in your spam folder, then check the address you typed.
register-resend-title = Get a new link
register-resend-intro = Has the link expired, or did the message go astray? Enter your address: if an account is still waiting for it, a new link will be sent.
register-resend-submit = Send the link again
register-resent = Done: if an account is waiting for this address, a new link is on its way.
verify-already-title = Address already confirmed
verify-already-body = This link has already been used: your address is confirmed and your account is active. You can sign in.
verify-title = Confirm your address
verify-intro = One last click to activate your account.
verify-submit = Confirm my address
link-invalid-title = Link expired or already used
link-invalid-body = This link is no longer valid: it has already been used or it has expired. You can ask for a new one.
link-invalid-action = Ask for a new link

## Sign in
sign-in-title = Sign in
sign-in-submit = Sign in
sign-in-forgot = Forgot your password?
sign-in-no-account = No account yet?
sign-in-wrong = Incorrect email address or password.
sign-in-confirmed = Your address is confirmed. You can sign in.
sign-in-after-reset = Your password has been changed. Sign in with the new one.
sign-in-unverified-title = Confirm your address first
sign-in-unverified-body = Your address is not confirmed yet: we have just sent you the confirmation link again.

## Password reset
forgot-title = Forgot your password
forgot-intro = Enter your account's address: we will send a link there to choose a new password. The link is valid for one hour.
forgot-submit = Send me a link
forgot-sent-title = Check your inbox
forgot-sent-body = If an account exists with this address, a link has just been sent to it. It is valid for one hour and works only once.
reset-title = Choose a new password
reset-submit = Save the password

## Account page
account-title = My account
account-role = Role
account-since = Registered on
account-language-title = Language
account-language-label = Language of pages and emails
account-language-submit = Save
account-language-unknown = This language is not offered.
account-password-title = Change password
account-password-intro = Your other sessions will be closed.
account-password-submit = Change password
account-email-title = Change email address
account-email-intro = We will send a confirmation link to the new address; the change happens when you open it.
account-email-submit = Change address
account-data-title = Your data
account-data-intro = Download everything we keep about you, or delete your account.
account-export = Download my data (JSON)
account-delete-link = Delete my account
account-done-password = Your password has been changed; your other sessions are closed.
account-done-email-sent = A confirmation link has been sent to the new address.
account-done-email = Your email address has been changed.
account-done-language = Your language has been saved.
email-change-title = Confirm the new address
email-change-intro = Confirm so that this address becomes your account's address.
email-change-submit = Confirm the new address
email-change-taken-title = Address already in use
email-change-taken-body = Another account already uses this address; your address has not changed.

## Deletion
delete-title = Delete my account
delete-intro = Your account, your sessions and your preferences will be deleted for good.
delete-kept = What you wrote in public spaces will stay visible, under the name "Deleted account".
delete-export-first = Download my data before leaving
delete-submit = Delete my account for good
delete-cancel = Cancel
deleted-title = Account deleted
deleted-body = Your account has been deleted. Thank you for taking part.

## Privacy
privacy-title = Privacy and personal data
privacy-intro = Essaim keeps only what the service needs to work. Nothing is sold or passed on to third parties, and no audience measurement is done.
privacy-visitors-title = If you visit without an account
privacy-visitors = Each request is written to the server log (IP address, page, time) for security; the instance's host keeps this log for a limited time. The directory's map loads its tiles from the tile server the instance configured.
privacy-cookies-title = Cookies
privacy-cookie-session = keeps you signed in (30 days at most, 7 days without activity).
privacy-cookie-csrf = protects forms against forged submissions, until the browser closes.
privacy-cookie-lang = remembers the chosen language for a year.
privacy-accounts-title = If you have an account
privacy-account-email = your email address, to sign you in and write to you;
privacy-account-password = a fingerprint of your password (Argon2id): the password itself is never stored;
privacy-account-sessions = the dates of your open sessions, so they can be closed;
privacy-account-emails = the messages to send you, erased from the queue as soon as they are sent;
privacy-account-logs = security events (successful or failed sign-ins, password changes), never with a password.
privacy-rights-title = Your rights
privacy-rights = From "My account" you can download all your data and delete your account at any time. For any other request, write to the team running this instance:
privacy-rights-no-address = its contact details are in the legal notice
privacy-third-parties = No resource is loaded from another site, except the map tiles.

## Administration
admin-accounts-title = Accounts
admin-accounts-total = { $count ->
    [one] { $count } account
   *[other] { $count } accounts
}
admin-accounts-verified = Address confirmed
admin-accounts-change = Change
admin-accounts-role-of = Role of { $email }
admin-accounts-done = The role has been changed.
admin-accounts-pages = Pages of the account list
admin-account-missing = This account no longer exists.
admin-yes = yes
admin-no = no
register-provider = I represent a provider supporting associations (host, cooperative, freelancer…)
delete-alone-title = You are the only person who manages these profiles:
delete-alone-what = Once your account is deleted, they stay published as they are; the messages associations write to them go to the network's team. For someone else to manage them, invite them from each profile before you leave.
delete-associations-title = You are the only coordinator of these associations:
delete-association-deleted = “{ $name }” will be deleted with your account: you are its only member.
delete-association-handed-over = “{ $name }”: { $email }, its longest-standing member, will become its coordinator and be told by email.

//! Accounts, one file per action. Authentication events are logged under
//! the `essaim::auth` target with the account id, never a secret; the
//! request's span adds its id and the client's address.

pub mod change_email;
pub mod change_password;
pub mod create_admin;
pub mod delete;
pub mod export;
pub mod password_reset;
pub mod register;
pub mod session;
pub mod set_locale;
pub mod set_role;
pub mod sign_in;
pub mod verify_email;

use essaim_domain::accounts::{EmailAddress, PasswordProblem, check_new_password};

use crate::Error;

/// Lifetimes of the links sent by email.
pub const VERIFY_EMAIL_SECONDS: i64 = 48 * 3600;
pub const RESET_PASSWORD_SECONDS: i64 = 3600;
pub const CHANGE_EMAIL_SECONDS: i64 = 24 * 3600;

pub(crate) fn parse_email(field: &'static str, text: &str) -> crate::Result<EmailAddress> {
    if text.trim().is_empty() {
        return Err(Error::field(field, "form-email-missing"));
    }
    EmailAddress::parse(text).ok_or_else(|| Error::field(field, "form-email-invalid"))
}

pub(crate) fn check_password(
    field: &'static str,
    password: &str,
    email: &EmailAddress,
) -> crate::Result<()> {
    check_new_password(password, email)
        .map_err(|problem: PasswordProblem| Error::field(field, problem.message_key()))
}

/// Issues a single-use link of `purpose` for the account, to be sent by
/// email in the same unit of work.
pub(crate) async fn issue_link(
    app: &crate::App,
    tx: &mut essaim_store::Tx,
    account_id: i64,
    purpose: essaim_store::TokenPurpose,
    new_email: Option<&str>,
    lifetime: i64,
    path: &str,
) -> crate::Result<String> {
    let token = crate::secrets::new_token();
    let now = crate::now();
    tx.create_account_token(
        &crate::secrets::hash_token(&token),
        account_id,
        purpose,
        new_email,
        now,
        now + lifetime,
    )
    .await?;
    Ok(app.links().with_token(path, &token))
}

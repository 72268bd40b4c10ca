//! Signing in with an address and a password.

use essaim_domain::accounts::EmailAddress;
use essaim_store::Account;

use super::register::send_verification;
use super::session::{self, NewSession};
use crate::{App, passwords};

pub enum SignIn {
    Opened {
        session: NewSession,
        account: Account,
    },
    /// Unknown address or wrong password: the same answer for both.
    WrongCredentials,
    /// Right password, address not confirmed yet: a new link was sent.
    Unverified,
}

pub async fn sign_in(app: &App, email: &str, password: &str) -> crate::Result<SignIn> {
    let credentials = match EmailAddress::parse(email) {
        Some(email) => app.db().account_by_email(&email).await?,
        None => None,
    };
    let stored = credentials.as_ref().map(|c| c.password_hash.clone());
    // Verified even for an unknown address, against a dummy hash.
    let matches = passwords::verify(password.to_string(), stored).await?;
    let credentials = match credentials {
        Some(credentials) if matches => credentials,
        other => {
            let account_id = other.map(|c| c.account.id.to_string());
            tracing::warn!(
                target: "essaim::auth",
                event = "login.failure",
                account_id = account_id.as_deref().unwrap_or("inconnu")
            );
            return Ok(SignIn::WrongCredentials);
        }
    };
    let account = credentials.account;
    if !account.is_verified() {
        tracing::info!(target: "essaim::auth", event = "login.unverified", account_id = account.id);
        let mut tx = app.begin().await?;
        send_verification(app, &mut tx, account.id, &account.email, account.locale).await?;
        app.commit(tx).await?;
        return Ok(SignIn::Unverified);
    }
    let mut tx = app.begin().await?;
    let session = session::open(&mut tx, account.id).await?;
    app.commit(tx).await?;
    tracing::info!(target: "essaim::auth", event = "login.success", account_id = account.id);
    Ok(SignIn::Opened { session, account })
}

/// Checks the password of a signed-in account before a sensitive change.
pub(crate) async fn password_matches(
    app: &App,
    account_id: i64,
    password: &str,
) -> crate::Result<bool> {
    let stored = app.db().password_hash(account_id).await?;
    Ok(passwords::verify(password.to_string(), stored).await?)
}

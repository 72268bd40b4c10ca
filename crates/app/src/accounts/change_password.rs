//! Changing one's password from the account page: the current password is
//! asked again, every session ends, and this browser gets a fresh one.

use essaim_domain::accounts::EmailAddress;
use essaim_store::Account;

use super::check_password;
use super::session::{self, NewSession};
use super::sign_in::password_matches;
use crate::Error;
use crate::mail::{Mail, queue_mail};
use crate::{App, now, passwords};

pub async fn change_password(
    app: &App,
    account: &Account,
    current_password: &str,
    new_password: &str,
) -> crate::Result<NewSession> {
    if !password_matches(app, account.id, current_password).await? {
        tracing::warn!(target: "essaim::auth", event = "password.change-refused", account_id = account.id);
        return Err(Error::field("current_password", "form-password-wrong"));
    }
    let email = EmailAddress::parse(&account.email)
        .ok_or_else(|| Error::internal(anyhow::anyhow!("adresse enregistrée illisible")))?;
    check_password("new_password", new_password, &email)?;
    let hash = passwords::hash(new_password.to_string()).await?;
    let mut tx = app.begin().await?;
    tx.set_password_hash(account.id, &hash, now()).await?;
    let ended = tx.delete_sessions_of(account.id).await?;
    let session = session::open(&mut tx, account.id).await?;
    queue_mail(
        &mut tx,
        &account.email,
        account.locale,
        Mail::PasswordChanged {
            reset: app.links().page("/mot-de-passe-oublie"),
        },
    )
    .await?;
    app.commit(tx).await?;
    tracing::info!(target: "essaim::auth", event = "password.changed", account_id = account.id, sessions_ended = ended);
    Ok(session)
}

//! "Mot de passe oublié": the request always gets the same answer; the job
//! sends a link only when the address has an account. The link works once,
//! for an hour, and a newer link voids the older ones.

use essaim_domain::accounts::EmailAddress;
use essaim_store::TokenPurpose;
use serde::{Deserialize, Serialize};

use super::{RESET_PASSWORD_SECONDS, check_password, issue_link, parse_email};
use crate::Error;
use crate::mail::{Mail, queue_mail};
use crate::secrets::{hash_token, looks_like_token};
use crate::{App, now, passwords};

pub(crate) const JOB_KIND: &str = "password-reset";

#[derive(Serialize, Deserialize)]
struct ResetRequest {
    email: String,
}

pub async fn request(app: &App, email: &str) -> crate::Result<()> {
    let email = parse_email("email", email)?;
    let payload = serde_json::to_string(&ResetRequest {
        email: email.to_string(),
    })
    .map_err(Error::internal)?;
    let mut tx = app.begin().await?;
    crate::jobs::enqueue(&mut tx, JOB_KIND, &payload).await?;
    app.commit(tx).await
}

pub(crate) async fn process(app: &App, payload: &str) -> crate::Result<()> {
    let request: ResetRequest = serde_json::from_str(payload).map_err(Error::internal)?;
    let Some(email) = EmailAddress::parse(&request.email) else {
        return Ok(());
    };
    let Some(credentials) = app.db().account_by_email(&email).await? else {
        return Ok(());
    };
    let account = credentials.account;
    let mut tx = app.begin().await?;
    tx.void_account_tokens(account.id, TokenPurpose::ResetPassword, now())
        .await?;
    let link = issue_link(
        app,
        &mut tx,
        account.id,
        TokenPurpose::ResetPassword,
        None,
        RESET_PASSWORD_SECONDS,
        "/mot-de-passe-oublie/nouveau",
    )
    .await?;
    tracing::info!(target: "essaim::auth", event = "password.reset-requested", account_id = account.id);
    queue_mail(
        &mut tx,
        &account.email,
        account.locale,
        Mail::ResetPassword { link },
    )
    .await?;
    app.commit(tx).await
}

/// Whether the link can still be used (to show the new-password form).
pub async fn is_valid(app: &App, token: &str) -> crate::Result<bool> {
    if !looks_like_token(token) {
        return Ok(false);
    }
    Ok(app
        .db()
        .peek_account_token(&hash_token(token), TokenPurpose::ResetPassword, now())
        .await?
        .is_some())
}

pub enum ResetOutcome {
    Done,
    LinkInvalid,
}

/// Sets the new password and ends every session of the account. A reset
/// also proves the address, so an unconfirmed account becomes confirmed.
pub async fn complete(app: &App, token: &str, new_password: &str) -> crate::Result<ResetOutcome> {
    if !looks_like_token(token) {
        return Ok(ResetOutcome::LinkInvalid);
    }
    let hash = hash_token(token);
    let Some(peeked) = app
        .db()
        .peek_account_token(&hash, TokenPurpose::ResetPassword, now())
        .await?
    else {
        return Ok(ResetOutcome::LinkInvalid);
    };
    let Some(account) = app.db().account_by_id(peeked.account_id).await? else {
        return Ok(ResetOutcome::LinkInvalid);
    };
    let email = EmailAddress::parse(&account.email)
        .ok_or_else(|| Error::internal(anyhow::anyhow!("adresse enregistrée illisible")))?;
    check_password("password", new_password, &email)?;
    let password_hash = passwords::hash(new_password.to_string()).await?;
    let mut tx = app.begin().await?;
    if tx
        .consume_account_token(&hash, TokenPurpose::ResetPassword, now())
        .await?
        .is_none()
    {
        return Ok(ResetOutcome::LinkInvalid);
    }
    tx.set_password_hash(account.id, &password_hash, now())
        .await?;
    tx.mark_email_verified(account.id, now()).await?;
    let ended = tx.delete_sessions_of(account.id).await?;
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
    tracing::info!(target: "essaim::auth", event = "password.reset", account_id = account.id, sessions_ended = ended);
    Ok(ResetOutcome::Done)
}

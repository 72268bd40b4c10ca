//! Changing one's address: the password is asked again, a link goes to the
//! new address, and the change happens when that link is used. The old
//! address is told afterwards.

use essaim_domain::accounts::EmailAddress;
use essaim_store::{Account, StoreError, TokenPurpose};

use super::sign_in::password_matches;
use super::{CHANGE_EMAIL_SECONDS, issue_link, parse_email};
use crate::Error;
use crate::mail::{Mail, queue_mail};
use crate::secrets::{hash_token, looks_like_token};
use crate::{App, now};

pub async fn request(
    app: &App,
    account: &Account,
    password: &str,
    new_email: &str,
) -> crate::Result<()> {
    let new_email = parse_email("new_email", new_email)?;
    if new_email.as_str() == account.email {
        return Err(Error::field("new_email", "form-email-same"));
    }
    if !password_matches(app, account.id, password).await? {
        tracing::warn!(target: "essaim::auth", event = "email.change-refused", account_id = account.id);
        return Err(Error::field("password", "form-password-wrong"));
    }
    let mut tx = app.begin().await?;
    let link = issue_link(
        app,
        &mut tx,
        account.id,
        TokenPurpose::ChangeEmail,
        Some(new_email.as_str()),
        CHANGE_EMAIL_SECONDS,
        "/compte/adresse/confirmer",
    )
    .await?;
    tracing::info!(target: "essaim::auth", event = "email.change-requested", account_id = account.id);
    queue_mail(
        &mut tx,
        new_email.as_str(),
        account.locale,
        Mail::ConfirmNewEmail { link },
    )
    .await?;
    app.commit(tx).await
}

pub enum ConfirmOutcome {
    Done,
    LinkInvalid,
    /// Another account registered that address meanwhile.
    AddressTaken,
}

pub async fn is_valid(app: &App, token: &str) -> crate::Result<bool> {
    if !looks_like_token(token) {
        return Ok(false);
    }
    Ok(app
        .db()
        .peek_account_token(&hash_token(token), TokenPurpose::ChangeEmail, now())
        .await?
        .is_some())
}

pub async fn confirm(app: &App, token: &str) -> crate::Result<ConfirmOutcome> {
    if !looks_like_token(token) {
        return Ok(ConfirmOutcome::LinkInvalid);
    }
    let mut tx = app.begin().await?;
    let Some(used) = tx
        .consume_account_token(&hash_token(token), TokenPurpose::ChangeEmail, now())
        .await?
    else {
        return Ok(ConfirmOutcome::LinkInvalid);
    };
    let Some(account) = app.db().account_by_id(used.account_id).await? else {
        return Ok(ConfirmOutcome::LinkInvalid);
    };
    let new_email = used
        .new_email
        .as_deref()
        .and_then(EmailAddress::parse)
        .ok_or_else(|| {
            Error::internal(anyhow::anyhow!("lien de changement d'adresse sans adresse"))
        })?;
    match tx.set_email(account.id, &new_email, now()).await {
        Ok(()) => {}
        Err(StoreError::AddressTaken) => return Ok(ConfirmOutcome::AddressTaken),
        Err(e) => return Err(e.into()),
    }
    tracing::info!(target: "essaim::auth", event = "email.changed", account_id = account.id);
    queue_mail(
        &mut tx,
        &account.email,
        account.locale,
        Mail::EmailChanged {
            new_email: new_email.to_string(),
        },
    )
    .await?;
    app.commit(tx).await?;
    Ok(ConfirmOutcome::Done)
}

//! Changing one's address: the password is asked again, a link goes to the
//! new address, and the change happens when that link is used. The old
//! address is told afterwards.

use essaim_domain::accounts::EmailAddress;
use essaim_store::{Account, StoreError, TokenPurpose};

use super::sign_in::password_matches;
use super::{CHANGE_EMAIL_SECONDS, FormError, issue_link, parse_email};
use crate::mail::{Mail, queue_mail};
use crate::secrets::{hash_token, looks_like_token};
use crate::{App, now};

pub async fn request(
    app: &App,
    account: &Account,
    password: &str,
    new_email: &str,
) -> Result<(), FormError> {
    let new_email = parse_email("new_email", new_email)?;
    if new_email.as_str() == account.email {
        return Err(FormError::field("new_email", "form-email-same"));
    }
    if !password_matches(app, account.id, password).await? {
        tracing::warn!(target: "essaim::auth", event = "email.change-refused", account_id = account.id);
        return Err(FormError::field("password", "form-password-wrong"));
    }
    let link = issue_link(
        app,
        account.id,
        TokenPurpose::ChangeEmail,
        Some(new_email.as_str()),
        CHANGE_EMAIL_SECONDS,
        "/compte/adresse/confirmer",
    )
    .await?;
    tracing::info!(target: "essaim::auth", event = "email.change-requested", account_id = account.id);
    queue_mail(
        app,
        new_email.as_str(),
        account.locale,
        Mail::ConfirmNewEmail { link },
    )
    .await?;
    Ok(())
}

pub enum ConfirmOutcome {
    Done,
    LinkInvalid,
    /// Another account registered that address meanwhile.
    AddressTaken,
}

pub async fn is_valid(app: &App, token: &str) -> anyhow::Result<bool> {
    if !looks_like_token(token) {
        return Ok(false);
    }
    Ok(app
        .db()
        .peek_account_token(&hash_token(token), TokenPurpose::ChangeEmail, now())
        .await?
        .is_some())
}

pub async fn confirm(app: &App, token: &str) -> anyhow::Result<ConfirmOutcome> {
    if !looks_like_token(token) {
        return Ok(ConfirmOutcome::LinkInvalid);
    }
    let Some(used) = app
        .db()
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
        .ok_or_else(|| anyhow::anyhow!("lien de changement d'adresse sans adresse"))?;
    match app.db().set_email(account.id, &new_email, now()).await {
        Ok(()) => {}
        Err(StoreError::Conflict(_)) => return Ok(ConfirmOutcome::AddressTaken),
        Err(e) => return Err(e.into()),
    }
    tracing::info!(target: "essaim::auth", event = "email.changed", account_id = account.id);
    queue_mail(
        app,
        &account.email,
        account.locale,
        Mail::EmailChanged {
            new_email: new_email.to_string(),
        },
    )
    .await?;
    Ok(ConfirmOutcome::Done)
}

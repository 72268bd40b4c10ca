//! The link that confirms a new account's address.

use essaim_store::TokenPurpose;

use crate::secrets::{hash_token, looks_like_token};
use crate::{App, now};

/// What a confirmation link can do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkState {
    Usable,
    /// Its account's address is confirmed already (by this link or another).
    AlreadyConfirmed,
    /// Unknown, or expired before the address was confirmed.
    Invalid,
}

/// What the link can do (to show its confirmation button, or say why not).
pub async fn link_state(app: &App, token: &str) -> crate::Result<LinkState> {
    if !looks_like_token(token) {
        return Ok(LinkState::Invalid);
    }
    let hash = hash_token(token);
    if app
        .db()
        .peek_account_token(&hash, TokenPurpose::VerifyEmail, now())
        .await?
        .is_some()
    {
        return Ok(LinkState::Usable);
    }
    spent_link_state(app, &hash).await
}

/// Why a link that cannot be used cannot.
async fn spent_link_state(app: &App, hash: &str) -> crate::Result<LinkState> {
    let Some(account_id) = app
        .db()
        .account_of_token(hash, TokenPurpose::VerifyEmail)
        .await?
    else {
        return Ok(LinkState::Invalid);
    };
    let confirmed = app
        .db()
        .account_by_id(account_id)
        .await?
        .is_some_and(|account| account.is_verified());
    Ok(if confirmed {
        LinkState::AlreadyConfirmed
    } else {
        LinkState::Invalid
    })
}

/// Confirms the address; otherwise says why the link does nothing.
pub async fn confirm(app: &App, token: &str) -> crate::Result<LinkState> {
    if !looks_like_token(token) {
        return Ok(LinkState::Invalid);
    }
    let hash = hash_token(token);
    let mut tx = app.begin().await?;
    let Some(used) = tx
        .consume_account_token(&hash, TokenPurpose::VerifyEmail, now())
        .await?
    else {
        drop(tx);
        return spent_link_state(app, &hash).await;
    };
    tx.mark_email_verified(used.account_id, now()).await?;
    app.commit(tx).await?;
    tracing::info!(target: "essaim::auth", event = "email.verified", account_id = used.account_id);
    Ok(LinkState::Usable)
}

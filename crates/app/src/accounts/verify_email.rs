//! The link that confirms a new account's address.

use essaim_store::TokenPurpose;

use crate::secrets::{hash_token, looks_like_token};
use crate::{App, now};

/// Whether the link can still be used (to show its confirmation button).
pub async fn is_valid(app: &App, token: &str) -> crate::Result<bool> {
    if !looks_like_token(token) {
        return Ok(false);
    }
    Ok(app
        .db()
        .peek_account_token(&hash_token(token), TokenPurpose::VerifyEmail, now())
        .await?
        .is_some())
}

/// Confirms the address; `false` when the link is unknown, used or expired.
pub async fn confirm(app: &App, token: &str) -> crate::Result<bool> {
    if !looks_like_token(token) {
        return Ok(false);
    }
    let mut tx = app.begin().await?;
    let Some(used) = tx
        .consume_account_token(&hash_token(token), TokenPurpose::VerifyEmail, now())
        .await?
    else {
        return Ok(false);
    };
    tx.mark_email_verified(used.account_id, now()).await?;
    app.commit(tx).await?;
    tracing::info!(target: "essaim::auth", event = "email.verified", account_id = used.account_id);
    Ok(true)
}

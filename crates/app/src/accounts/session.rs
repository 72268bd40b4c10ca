//! Sessions: opened at sign-in with a fresh token (so a token planted before
//! sign-in is worthless), ended at sign-out, expired when idle.

use essaim_store::{SessionRecord, Tx};

use crate::secrets::{hash_token, looks_like_token, new_token};
use crate::{App, now};

/// A session ends after this long without activity…
pub const IDLE_SECONDS: i64 = 7 * 24 * 3600;
/// …and in any case this long after sign-in.
pub const ABSOLUTE_SECONDS: i64 = 30 * 24 * 3600;
/// Activity is recorded at most this often, to spare the database a write
/// per request.
const TOUCH_EVERY_SECONDS: i64 = 600;

/// A session just opened: the cookie's token and the anti-forgery token
/// its forms carry.
pub struct NewSession {
    pub token: String,
    pub csrf_token: String,
}

/// Opens a session in the unit of work of a sign-in or a change of
/// password.
pub async fn open(tx: &mut Tx, account_id: i64) -> crate::Result<NewSession> {
    let token = new_token();
    let csrf_token = new_token();
    let now = now();
    tx.create_session(
        &hash_token(&token),
        account_id,
        &csrf_token,
        now,
        now + IDLE_SECONDS.min(ABSOLUTE_SECONDS),
    )
    .await?;
    Ok(NewSession { token, csrf_token })
}

/// The live session behind a cookie, its idle expiry pushed back.
pub async fn resolve(app: &App, token: &str) -> crate::Result<Option<SessionRecord>> {
    if !looks_like_token(token) {
        return Ok(None);
    }
    let hash = hash_token(token);
    let now = now();
    let Some(session) = app.db().find_session(&hash, now).await? else {
        return Ok(None);
    };
    if now - session.last_seen_at >= TOUCH_EVERY_SECONDS {
        let expires_at = (now + IDLE_SECONDS).min(session.created_at + ABSOLUTE_SECONDS);
        app.db().touch_session(&hash, now, expires_at).await?;
    }
    Ok(Some(session))
}

pub async fn sign_out(app: &App, token: &str, account_id: i64) -> crate::Result<()> {
    if looks_like_token(token) {
        let mut tx = app.begin().await?;
        tx.delete_session(&hash_token(token)).await?;
        app.commit(tx).await?;
    }
    tracing::info!(target: "essaim::auth", event = "logout", account_id);
    Ok(())
}

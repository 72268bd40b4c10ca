//! Signed-in sessions, found by the hash of the cookie's token.

use sqlx::Row;

use crate::accounts::{Account, account_from_row};
use crate::{Database, StoreError, Tx};

/// A live session and its account.
#[derive(Debug, Clone)]
pub struct SessionRecord {
    pub account: Account,
    pub csrf_token: String,
    pub created_at: i64,
    pub last_seen_at: i64,
    pub expires_at: i64,
    /// The forum's notifications the member has not read, for the header.
    pub unread_notifications: i64,
}

/// What the data export shows of each session.
#[derive(Debug, Clone, serde::Serialize)]
pub struct SessionSummary {
    pub created_at: i64,
    pub last_seen_at: i64,
    pub expires_at: i64,
}

impl Database {
    /// The session with this hash, when it has not expired.
    pub async fn find_session(
        &self,
        token_hash: &str,
        now: i64,
    ) -> Result<Option<SessionRecord>, StoreError> {
        let row = sqlx::query(
            "SELECT a.id, a.email, a.role, a.locale, a.email_verified_at, a.created_at, a.updated_at,
                    s.csrf_token, s.created_at AS session_created_at, s.last_seen_at, s.expires_at,
                    (SELECT COUNT(*) FROM community_notifications n
                     WHERE n.account_id = a.id AND n.read_at IS NULL) AS unread_notifications
             FROM sessions s JOIN accounts a ON a.id = s.account_id
             WHERE s.token_hash = $1 AND s.expires_at > $2",
        )
        .bind(token_hash)
        .bind(now)
        .fetch_optional(self.pool())
        .await?;
        row.map(|row| {
            Ok(SessionRecord {
                account: account_from_row(&row)?,
                csrf_token: row.try_get("csrf_token")?,
                created_at: row.try_get("session_created_at")?,
                last_seen_at: row.try_get("last_seen_at")?,
                expires_at: row.try_get("expires_at")?,
                unread_notifications: row.try_get("unread_notifications")?,
            })
        })
        .transpose()
    }

    /// Records activity and pushes back the idle expiry, never past `cap`.
    pub async fn touch_session(
        &self,
        token_hash: &str,
        now: i64,
        expires_at: i64,
    ) -> Result<(), StoreError> {
        sqlx::query("UPDATE sessions SET last_seen_at = $2, expires_at = $3 WHERE token_hash = $1")
            .bind(token_hash)
            .bind(now)
            .bind(expires_at)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    pub async fn sessions_of(&self, account_id: i64) -> Result<Vec<SessionSummary>, StoreError> {
        let rows = sqlx::query(
            "SELECT created_at, last_seen_at, expires_at FROM sessions
             WHERE account_id = $1 ORDER BY created_at",
        )
        .bind(account_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(SessionSummary {
                    created_at: row.try_get(0)?,
                    last_seen_at: row.try_get(1)?,
                    expires_at: row.try_get(2)?,
                })
            })
            .collect()
    }

    /// Housekeeping: forgets expired sessions and used or expired links.
    pub async fn delete_expired_credentials(&self, now: i64) -> Result<u64, StoreError> {
        let sessions = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1")
            .bind(now)
            .execute(self.pool())
            .await?
            .rows_affected();
        let tokens = sqlx::query("DELETE FROM account_tokens WHERE expires_at <= $1")
            .bind(now)
            .execute(self.pool())
            .await?
            .rows_affected();
        Ok(sessions + tokens)
    }
}

impl Tx {
    pub async fn create_session(
        &mut self,
        token_hash: &str,
        account_id: i64,
        csrf_token: &str,
        now: i64,
        expires_at: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO sessions (token_hash, account_id, csrf_token, created_at, last_seen_at, expires_at)
             VALUES ($1, $2, $3, $4, $4, $5)",
        )
        .bind(token_hash)
        .bind(account_id)
        .bind(csrf_token)
        .bind(now)
        .bind(expires_at)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    pub async fn delete_session(&mut self, token_hash: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
            .bind(token_hash)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    /// Signs the account out everywhere; returns how many sessions ended.
    pub async fn delete_sessions_of(&mut self, account_id: i64) -> Result<u64, StoreError> {
        Ok(sqlx::query("DELETE FROM sessions WHERE account_id = $1")
            .bind(account_id)
            .execute(self.conn())
            .await?
            .rows_affected())
    }
}

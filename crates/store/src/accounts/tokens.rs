//! Single-use links sent by email, stored as hashes of their token.

use sqlx::Row;

use crate::{Database, StoreError, Tx};

/// What a link is for; the purpose is part of the lookup, so a reset link
/// can never confirm an address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenPurpose {
    VerifyEmail,
    ResetPassword,
    ChangeEmail,
}

impl TokenPurpose {
    fn slug(self) -> &'static str {
        match self {
            TokenPurpose::VerifyEmail => "verify-email",
            TokenPurpose::ResetPassword => "reset-password",
            TokenPurpose::ChangeEmail => "change-email",
        }
    }
}

/// A link still valid: its account and, for a change of address, the new one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenUse {
    pub account_id: i64,
    pub new_email: Option<String>,
}

impl Database {
    /// Whether the link is still usable, without using it (to show the form
    /// it leads to).
    pub async fn peek_account_token(
        &self,
        token_hash: &str,
        purpose: TokenPurpose,
        now: i64,
    ) -> Result<Option<TokenUse>, StoreError> {
        let row = sqlx::query(
            "SELECT account_id, new_email FROM account_tokens
             WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3",
        )
        .bind(token_hash)
        .bind(purpose.slug())
        .bind(now)
        .fetch_optional(self.pool())
        .await?;
        row.map(|row| token_use(&row)).transpose()
    }

    /// The account a link of this purpose was made for, used or not,
    /// expired or not: to tell "already done" from "unknown link".
    pub async fn account_of_token(
        &self,
        token_hash: &str,
        purpose: TokenPurpose,
    ) -> Result<Option<i64>, StoreError> {
        let row = sqlx::query(
            "SELECT account_id FROM account_tokens WHERE token_hash = $1 AND purpose = $2",
        )
        .bind(token_hash)
        .bind(purpose.slug())
        .fetch_optional(self.pool())
        .await?;
        Ok(row.map(|row| row.get(0)))
    }
}

fn token_use(row: &sqlx::any::AnyRow) -> Result<TokenUse, StoreError> {
    Ok(TokenUse {
        account_id: row.try_get(0)?,
        new_email: row.try_get(1)?,
    })
}

impl Tx {
    pub async fn create_account_token(
        &mut self,
        token_hash: &str,
        account_id: i64,
        purpose: TokenPurpose,
        new_email: Option<&str>,
        now: i64,
        expires_at: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO account_tokens (token_hash, account_id, purpose, new_email, created_at, expires_at)
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(token_hash)
        .bind(account_id)
        .bind(purpose.slug())
        .bind(new_email)
        .bind(now)
        .bind(expires_at)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    /// Uses the link: one statement, so two clicks at once cannot both
    /// succeed.
    pub async fn consume_account_token(
        &mut self,
        token_hash: &str,
        purpose: TokenPurpose,
        now: i64,
    ) -> Result<Option<TokenUse>, StoreError> {
        let row = sqlx::query(
            "UPDATE account_tokens SET used_at = $3
             WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3
             RETURNING account_id, new_email",
        )
        .bind(token_hash)
        .bind(purpose.slug())
        .bind(now)
        .fetch_optional(self.conn())
        .await?;
        row.map(|row| token_use(&row)).transpose()
    }

    /// Voids the account's other unused links of this purpose (a new reset
    /// link replaces the previous one).
    pub async fn void_account_tokens(
        &mut self,
        account_id: i64,
        purpose: TokenPurpose,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE account_tokens SET used_at = $3
             WHERE account_id = $1 AND purpose = $2 AND used_at IS NULL",
        )
        .bind(account_id)
        .bind(purpose.slug())
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(())
    }
}

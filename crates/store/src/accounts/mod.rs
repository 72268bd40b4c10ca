//! Accounts: one row per person, found by id or by (lower-cased) address;
//! their sessions and the single-use links sent to them.

mod sessions;
mod tokens;

pub use sessions::{SessionRecord, SessionSummary};
pub use tokens::{TokenPurpose, TokenUse};

use essaim_domain::Locale;
use essaim_domain::accounts::{EmailAddress, Role};
use sqlx::Row;
use sqlx::any::AnyRow;

use crate::{Database, StoreError, Tx};

/// Someone to write to: address and language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recipient {
    pub account_id: i64,
    pub email: String,
    pub locale: Locale,
}

/// An account as the pages see it, without its password hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub id: i64,
    pub email: String,
    pub role: Role,
    pub locale: Locale,
    pub email_verified_at: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
}

impl Account {
    pub fn is_verified(&self) -> bool {
        self.email_verified_at.is_some()
    }
}

/// What sign-in needs: the account and its stored hash.
#[derive(Debug, Clone)]
pub struct AccountCredentials {
    pub account: Account,
    pub password_hash: String,
}

/// A new account to write.
pub struct NewAccount<'a> {
    pub email: &'a EmailAddress,
    pub password_hash: &'a str,
    pub role: Role,
    pub locale: Locale,
    pub verified: bool,
}

const COLUMNS: &str = "id, email, role, locale, email_verified_at, created_at, updated_at";

pub(crate) fn account_from_row(row: &AnyRow) -> Result<Account, StoreError> {
    let role: String = row.try_get("role")?;
    let locale: String = row.try_get("locale")?;
    Ok(Account {
        id: row.try_get("id")?,
        email: row.try_get("email")?,
        role: Role::from_slug(&role)
            .ok_or_else(|| StoreError::Corrupt(format!("rôle inconnu « {role} »")))?,
        locale: Locale::parse(&locale).unwrap_or_default(),
        email_verified_at: row.try_get("email_verified_at")?,
        created_at: row.try_get("created_at")?,
        updated_at: row.try_get("updated_at")?,
    })
}

fn is_unique_violation(error: &sqlx::Error) -> bool {
    matches!(error, sqlx::Error::Database(e) if e.is_unique_violation())
}

impl Database {
    pub async fn account_by_id(&self, id: i64) -> Result<Option<Account>, StoreError> {
        let row = sqlx::query(&format!("SELECT {COLUMNS} FROM accounts WHERE id = $1"))
            .bind(id)
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(account_from_row).transpose()
    }

    pub async fn account_by_email(
        &self,
        email: &EmailAddress,
    ) -> Result<Option<AccountCredentials>, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {COLUMNS}, password_hash FROM accounts WHERE email = $1"
        ))
        .bind(email.as_str())
        .fetch_optional(self.pool())
        .await?;
        row.map(|row| {
            Ok(AccountCredentials {
                account: account_from_row(&row)?,
                password_hash: row.try_get("password_hash")?,
            })
        })
        .transpose()
    }

    pub async fn password_hash(&self, account_id: i64) -> Result<Option<String>, StoreError> {
        let row = sqlx::query("SELECT password_hash FROM accounts WHERE id = $1")
            .bind(account_id)
            .fetch_optional(self.pool())
            .await?;
        Ok(row.map(|r| r.get(0)))
    }

    pub async fn count_accounts_with_role(&self, role: Role) -> Result<i64, StoreError> {
        Ok(sqlx::query("SELECT COUNT(*) FROM accounts WHERE role = $1")
            .bind(role.slug())
            .fetch_one(self.pool())
            .await?
            .get(0))
    }

    pub async fn count_accounts(&self) -> Result<i64, StoreError> {
        Ok(sqlx::query("SELECT COUNT(*) FROM accounts")
            .fetch_one(self.pool())
            .await?
            .get(0))
    }

    /// One page of accounts, newest first.
    pub async fn list_accounts(&self, limit: i64, offset: i64) -> Result<Vec<Account>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM accounts ORDER BY created_at DESC, id DESC LIMIT $1 OFFSET $2"
        ))
        .bind(limit)
        .bind(offset)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(account_from_row).collect()
    }
}

impl Database {
    /// Every moderator and administrator, to tell them of a submission.
    pub async fn moderators(&self) -> Result<Vec<Recipient>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, email, locale FROM accounts
             WHERE role IN ($1, $2) AND email_verified_at IS NOT NULL ORDER BY id",
        )
        .bind(Role::Moderateur.slug())
        .bind(Role::Admin.slug())
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(recipient).collect()
    }
}

pub(crate) fn recipient(row: &sqlx::any::AnyRow) -> Result<Recipient, StoreError> {
    let locale: String = row.try_get(2)?;
    Ok(Recipient {
        account_id: row.try_get(0)?,
        email: row.try_get(1)?,
        locale: Locale::parse(&locale).unwrap_or_default(),
    })
}

impl Tx {
    /// Creates an account; `AddressTaken` when the address is already
    /// taken (without spoiling the transaction).
    pub async fn create_account(
        &mut self,
        new: &NewAccount<'_>,
        now: i64,
    ) -> Result<i64, StoreError> {
        let row = sqlx::query(
            "INSERT INTO accounts (email, password_hash, role, locale, email_verified_at, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $6)
             ON CONFLICT (email) DO NOTHING RETURNING id",
        )
        .bind(new.email.as_str())
        .bind(new.password_hash)
        .bind(new.role.slug())
        .bind(new.locale.code())
        .bind(new.verified.then_some(now))
        .bind(now)
        .fetch_optional(self.conn())
        .await?;
        match row {
            Some(row) => Ok(row.try_get(0)?),
            None => Err(StoreError::AddressTaken),
        }
    }

    pub async fn mark_email_verified(
        &mut self,
        account_id: i64,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE accounts SET email_verified_at = COALESCE(email_verified_at, $2), updated_at = $2
             WHERE id = $1",
        )
        .bind(account_id)
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    pub async fn set_password_hash(
        &mut self,
        account_id: i64,
        hash: &str,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query("UPDATE accounts SET password_hash = $2, updated_at = $3 WHERE id = $1")
            .bind(account_id)
            .bind(hash)
            .bind(now)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    /// Changes the address (already checked by a link sent to it);
    /// `AddressTaken` when another account took it meanwhile.
    pub async fn set_email(
        &mut self,
        account_id: i64,
        email: &EmailAddress,
        now: i64,
    ) -> Result<(), StoreError> {
        let result = sqlx::query(
            "UPDATE accounts SET email = $2, email_verified_at = $3, updated_at = $3
             WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM accounts WHERE email = $2)",
        )
        .bind(account_id)
        .bind(email.as_str())
        .bind(now)
        .execute(self.conn())
        .await;
        match result {
            Ok(done) if done.rows_affected() == 1 => Ok(()),
            Ok(_) => Err(StoreError::AddressTaken),
            Err(e) if is_unique_violation(&e) => Err(StoreError::AddressTaken),
            Err(e) => Err(e.into()),
        }
    }

    pub async fn set_account_locale(
        &mut self,
        account_id: i64,
        locale: Locale,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query("UPDATE accounts SET locale = $2, updated_at = $3 WHERE id = $1")
            .bind(account_id)
            .bind(locale.code())
            .bind(now)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    pub async fn set_role(
        &mut self,
        account_id: i64,
        role: Role,
        now: i64,
    ) -> Result<bool, StoreError> {
        let done = sqlx::query("UPDATE accounts SET role = $2, updated_at = $3 WHERE id = $1")
            .bind(account_id)
            .bind(role.slug())
            .bind(now)
            .execute(self.conn())
            .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Removes the account; its sessions and links go with it (foreign keys
    /// with `ON DELETE CASCADE`).
    pub async fn delete_account(&mut self, account_id: i64) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM accounts WHERE id = $1")
            .bind(account_id)
            .execute(self.conn())
            .await?;
        Ok(())
    }
}

/// What a person left in the moderation pillar, for their data export.
#[derive(Debug, Clone)]
pub struct PersonalTrace {
    pub kind: &'static str,
    pub target_kind: String,
    pub target_label: String,
    pub text: String,
    pub created_at: i64,
    pub closed_at: Option<i64>,
}

/// A profile an account manages, for their data export.
#[derive(Debug, Clone)]
pub struct Membership {
    pub row: crate::ProviderRow,
    pub since: i64,
}

impl Database {
    /// The profiles the account manages, with the date it joined them.
    pub async fn memberships_of(&self, account_id: i64) -> Result<Vec<Membership>, StoreError> {
        let rows = sqlx::query(
            "SELECT provider_id, created_at FROM provider_managers WHERE account_id = $1
             ORDER BY created_at, provider_id",
        )
        .bind(account_id)
        .fetch_all(self.pool())
        .await?;
        let mut memberships = Vec::with_capacity(rows.len());
        for row in rows {
            let provider_id: i64 = row.try_get(0)?;
            if let Some(provider) = self.provider_by_id(provider_id).await? {
                memberships.push(Membership {
                    row: provider,
                    since: row.try_get(1)?,
                });
            }
        }
        Ok(memberships)
    }

    /// The reports the account filed, the notes it wrote and the decisions
    /// it took, oldest first.
    pub async fn traces_of(&self, account_id: i64) -> Result<Vec<PersonalTrace>, StoreError> {
        let mut traces = Vec::new();
        for row in sqlx::query(
            "SELECT target_kind, target_label, reason || ' ' || comment, created_at, resolved_at
             FROM moderation_reports WHERE reporter_id = $1 ORDER BY created_at, id",
        )
        .bind(account_id)
        .fetch_all(self.pool())
        .await?
        {
            traces.push(trace("report", &row)?);
        }
        for row in sqlx::query(
            "SELECT target_kind, CAST(target_id AS TEXT), body, created_at, CAST(NULL AS BIGINT)
             FROM moderation_notes WHERE author_id = $1 ORDER BY created_at, id",
        )
        .bind(account_id)
        .fetch_all(self.pool())
        .await?
        {
            traces.push(trace("note", &row)?);
        }
        for row in sqlx::query(
            "SELECT target_kind, target_label, kind || CASE WHEN reason = '' THEN '' ELSE ' : ' || reason END,
                    created_at, CAST(NULL AS BIGINT)
             FROM moderation_log WHERE actor_id = $1 ORDER BY created_at, id",
        )
        .bind(account_id)
        .fetch_all(self.pool())
        .await?
        {
            traces.push(trace("decision", &row)?);
        }
        traces.sort_by_key(|t| t.created_at);
        Ok(traces)
    }
}

fn trace(kind: &'static str, row: &AnyRow) -> Result<PersonalTrace, StoreError> {
    Ok(PersonalTrace {
        kind,
        target_kind: row.try_get(0)?,
        target_label: row.try_get(1)?,
        text: row.try_get(2)?,
        created_at: row.try_get(3)?,
        closed_at: row.try_get(4)?,
    })
}

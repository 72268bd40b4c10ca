//! Who manages a profile, and the invitations to join them.

use sqlx::Row;

use essaim_domain::taxonomy::ProviderStatus;

use crate::accounts::recipient;
use crate::providers::record_from_json;
use crate::{Database, Recipient, StoreError, Tx};

/// An invitation still valid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invitation {
    pub provider_id: i64,
    pub email: String,
}

impl Database {
    /// Published profiles that nobody manages: their contact messages go to
    /// the network's team. By name.
    pub async fn providers_without_manager(&self) -> Result<Vec<(String, String)>, StoreError> {
        let rows = sqlx::query(
            "SELECT p.slug, p.published FROM providers p
             WHERE p.published IS NOT NULL AND p.status <> $1
               AND NOT EXISTS (SELECT 1 FROM provider_managers m WHERE m.provider_id = p.id)
             ORDER BY p.slug",
        )
        .bind(ProviderStatus::Suspended.slug())
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                let slug: String = r.try_get(0)?;
                let name = record_from_json(&slug, &r.try_get::<String, _>(1)?)?.name;
                Ok((slug, name))
            })
            .collect()
    }

    /// The profiles this account is the only one to manage, by name.
    pub async fn providers_only_managed_by(
        &self,
        account_id: i64,
    ) -> Result<Vec<(String, String)>, StoreError> {
        let rows = sqlx::query(
            "SELECT p.slug, p.profile FROM providers p
             JOIN provider_managers m ON m.provider_id = p.id AND m.account_id = $1
             WHERE NOT EXISTS (SELECT 1 FROM provider_managers o
                               WHERE o.provider_id = p.id AND o.account_id <> $1)
             ORDER BY p.slug",
        )
        .bind(account_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                let slug: String = r.try_get(0)?;
                let name = record_from_json(&slug, &r.try_get::<String, _>(1)?)?.name;
                Ok((slug, name))
            })
            .collect()
    }

    /// The managers of a profile, to write to them.
    pub async fn provider_managers(&self, provider_id: i64) -> Result<Vec<Recipient>, StoreError> {
        let rows = sqlx::query(
            "SELECT a.id, a.email, a.locale FROM provider_managers m
             JOIN accounts a ON a.id = m.account_id
             WHERE m.provider_id = $1 ORDER BY m.created_at, a.id",
        )
        .bind(provider_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(recipient).collect()
    }

    pub async fn peek_provider_invitation(
        &self,
        token_hash: &str,
        now: i64,
    ) -> Result<Option<Invitation>, StoreError> {
        let row = sqlx::query(
            "SELECT provider_id, email FROM provider_invitations
             WHERE token_hash = $1 AND accepted_at IS NULL AND expires_at > $2",
        )
        .bind(token_hash)
        .bind(now)
        .fetch_optional(self.pool())
        .await?;
        row.map(|r| {
            Ok(Invitation {
                provider_id: r.try_get(0)?,
                email: r.try_get(1)?,
            })
        })
        .transpose()
    }
}

impl Tx {
    pub async fn create_provider_invitation(
        &mut self,
        token_hash: &str,
        provider_id: i64,
        email: &str,
        invited_by: i64,
        now: i64,
        expires_at: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO provider_invitations (token_hash, provider_id, email, invited_by, created_at, expires_at)
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(token_hash)
        .bind(provider_id)
        .bind(email)
        .bind(invited_by)
        .bind(now)
        .bind(expires_at)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    /// Uses the invitation and adds the account to the managers, in one
    /// transaction; `None` when the invitation is used or expired.
    pub async fn accept_provider_invitation(
        &mut self,
        token_hash: &str,
        account_id: i64,
        now: i64,
    ) -> Result<Option<i64>, StoreError> {
        let row = sqlx::query(
            "UPDATE provider_invitations SET accepted_at = $2
             WHERE token_hash = $1 AND accepted_at IS NULL AND expires_at > $2
             RETURNING provider_id",
        )
        .bind(token_hash)
        .bind(now)
        .fetch_optional(self.conn())
        .await?;
        let Some(row) = row else {
            return Ok(None);
        };
        let provider_id: i64 = row.try_get(0)?;
        self.add_provider_manager(provider_id, account_id, now)
            .await?;
        Ok(Some(provider_id))
    }

    /// Makes `account_id` a manager of the profile (already one: nothing
    /// changes).
    pub async fn add_provider_manager(
        &mut self,
        provider_id: i64,
        account_id: i64,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO provider_managers (provider_id, account_id, created_at) VALUES ($1, $2, $3)
             ON CONFLICT DO NOTHING",
        )
        .bind(provider_id)
        .bind(account_id)
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    /// Removes a manager, unless they are the last one; returns whether
    /// they were removed.
    pub async fn remove_provider_manager(
        &mut self,
        provider_id: i64,
        account_id: i64,
    ) -> Result<bool, StoreError> {
        let count: i64 =
            sqlx::query("SELECT COUNT(*) FROM provider_managers WHERE provider_id = $1")
                .bind(provider_id)
                .fetch_one(self.conn())
                .await?
                .try_get(0)?;
        if count <= 1 {
            return Ok(false);
        }
        let removed =
            sqlx::query("DELETE FROM provider_managers WHERE provider_id = $1 AND account_id = $2")
                .bind(provider_id)
                .bind(account_id)
                .execute(self.conn())
                .await?
                .rows_affected();
        Ok(removed == 1)
    }
}

//! Invitations to join an association, sent by email, kept as hashes.

use sqlx::Row;

use super::role_of;
use crate::{AssociationInvitation, Database, StoreError, Tx};

impl Database {
    /// Invitations still valid, oldest first.
    pub async fn association_invitations(
        &self,
        association_id: i64,
        now: i64,
    ) -> Result<Vec<AssociationInvitation>, StoreError> {
        let rows = sqlx::query(
            "SELECT association_id, email, role, expires_at FROM association_invitations
             WHERE association_id = $1 AND accepted_at IS NULL AND expires_at > $2
             ORDER BY created_at, token_hash",
        )
        .bind(association_id)
        .bind(now)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(row_to_invitation).collect()
    }

    pub async fn peek_association_invitation(
        &self,
        token_hash: &str,
        now: i64,
    ) -> Result<Option<AssociationInvitation>, StoreError> {
        let row = sqlx::query(
            "SELECT association_id, email, role, expires_at FROM association_invitations
             WHERE token_hash = $1 AND accepted_at IS NULL AND expires_at > $2",
        )
        .bind(token_hash)
        .bind(now)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(row_to_invitation).transpose()
    }
}

fn row_to_invitation(row: &sqlx::any::AnyRow) -> Result<AssociationInvitation, StoreError> {
    Ok(AssociationInvitation {
        association_id: row.try_get(0)?,
        email: row.try_get(1)?,
        role: role_of(&row.try_get::<String, _>(2)?)?,
        expires_at: row.try_get(3)?,
    })
}

impl Tx {
    pub async fn create_association_invitation(
        &mut self,
        token_hash: &str,
        invitation: &AssociationInvitation,
        invited_by: i64,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO association_invitations
                 (token_hash, association_id, email, role, invited_by, created_at, expires_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(token_hash)
        .bind(invitation.association_id)
        .bind(&invitation.email)
        .bind(invitation.role.slug())
        .bind(invited_by)
        .bind(now)
        .bind(invitation.expires_at)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    /// Uses the invitation and adds the account with the role it offers,
    /// in one transaction; `None` when the invitation is used or expired.
    pub async fn accept_association_invitation(
        &mut self,
        token_hash: &str,
        account_id: i64,
        now: i64,
    ) -> Result<Option<i64>, StoreError> {
        let row = sqlx::query(
            "UPDATE association_invitations SET accepted_at = $2
             WHERE token_hash = $1 AND accepted_at IS NULL AND expires_at > $2
             RETURNING association_id, role",
        )
        .bind(token_hash)
        .bind(now)
        .fetch_optional(self.conn())
        .await?;
        let Some(row) = row else {
            return Ok(None);
        };
        let association_id: i64 = row.try_get(0)?;
        let role = role_of(&row.try_get::<String, _>(1)?)?;
        self.add_association_member(association_id, account_id, role, now)
            .await?;
        Ok(Some(association_id))
    }

    /// Withdraws the invitations still pending for an address.
    pub async fn cancel_association_invitations(
        &mut self,
        association_id: i64,
        email: &str,
    ) -> Result<u64, StoreError> {
        Ok(sqlx::query(
            "DELETE FROM association_invitations
             WHERE association_id = $1 AND email = $2 AND accepted_at IS NULL",
        )
        .bind(association_id)
        .bind(email)
        .execute(self.conn())
        .await?
        .rows_affected())
    }
}

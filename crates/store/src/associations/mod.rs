//! Associations and their members; the invitations to join them
//! (`invitations.rs`) and what becomes of them when an account goes
//! (`hand_over.rs`).

mod hand_over;
mod invitations;

use sqlx::Row;

use essaim_domain::associations::AssociationDetails;
use essaim_domain::taxonomy::{AssociationField, AssociationSize, MemberRole};

use crate::accounts::recipient;
use crate::{Database, Recipient, StoreError, Tx};

/// An association as it is kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssociationRow {
    pub id: i64,
    pub slug: String,
    pub details: AssociationDetails,
    pub created_at: i64,
    pub updated_at: i64,
}

/// An association a person belongs to, with their role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssociationMembership {
    pub association: AssociationRow,
    pub role: MemberRole,
    pub since: i64,
}

/// A member as the association's page lists them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssociationMember {
    pub person: Recipient,
    pub role: MemberRole,
    pub since: i64,
}

/// An invitation not used yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssociationInvitation {
    pub association_id: i64,
    pub email: String,
    pub role: MemberRole,
    pub expires_at: i64,
}

/// What became of an association when one of its members' account goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HandOver {
    /// Nobody else belonged to it: it was deleted.
    Deleted { name: String },
    /// It had no other responsable: its longest-standing member became one.
    NewResponsable {
        slug: String,
        name: String,
        person: Recipient,
    },
}

pub(super) const COLUMNS: &str =
    "a.id, a.slug, a.name, a.size, a.commune, a.field, a.website, a.created_at, a.updated_at";

pub(super) fn row_to_association(row: &sqlx::any::AnyRow) -> Result<AssociationRow, StoreError> {
    let slug: String = row.try_get(1)?;
    let size: String = row.try_get(3)?;
    let field: Option<String> = row.try_get(5)?;
    Ok(AssociationRow {
        id: row.try_get(0)?,
        details: AssociationDetails {
            name: row.try_get(2)?,
            size: Some(
                AssociationSize::from_slug(&size).ok_or_else(|| {
                    StoreError::Corrupt(format!("association {slug}: size {size}"))
                })?,
            ),
            commune: row.try_get(4)?,
            field: field.as_deref().and_then(AssociationField::from_slug),
            website: row.try_get(6)?,
        },
        slug,
        created_at: row.try_get(7)?,
        updated_at: row.try_get(8)?,
    })
}

pub(super) fn role_of(slug: &str) -> Result<MemberRole, StoreError> {
    MemberRole::from_slug(slug).ok_or_else(|| StoreError::Corrupt(format!("member role {slug}")))
}

impl Database {
    pub async fn association_by_slug(
        &self,
        slug: &str,
    ) -> Result<Option<AssociationRow>, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM associations a WHERE a.slug = $1"
        ))
        .bind(slug)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(row_to_association).transpose()
    }

    pub async fn association_by_id(&self, id: i64) -> Result<Option<AssociationRow>, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM associations a WHERE a.id = $1"
        ))
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(row_to_association).transpose()
    }

    /// The associations a person belongs to, by name.
    pub async fn associations_of(
        &self,
        account_id: i64,
    ) -> Result<Vec<AssociationMembership>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS}, m.role, m.created_at FROM associations a
             JOIN association_members m ON m.association_id = a.id
             WHERE m.account_id = $1 ORDER BY a.name, a.id"
        ))
        .bind(account_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(AssociationMembership {
                    association: row_to_association(r)?,
                    role: role_of(&r.try_get::<String, _>(9)?)?,
                    since: r.try_get(10)?,
                })
            })
            .collect()
    }

    /// A person's role in an association, if they belong to it.
    pub async fn association_role(
        &self,
        association_id: i64,
        account_id: i64,
    ) -> Result<Option<MemberRole>, StoreError> {
        let row = sqlx::query(
            "SELECT role FROM association_members WHERE association_id = $1 AND account_id = $2",
        )
        .bind(association_id)
        .bind(account_id)
        .fetch_optional(self.pool())
        .await?;
        row.map(|r| role_of(&r.try_get::<String, _>(0)?))
            .transpose()
    }

    /// Members, responsables first, then by seniority.
    pub async fn association_members(
        &self,
        association_id: i64,
    ) -> Result<Vec<AssociationMember>, StoreError> {
        let rows = sqlx::query(
            "SELECT a.id, a.email, a.locale, m.role, m.created_at FROM association_members m
             JOIN accounts a ON a.id = m.account_id
             WHERE m.association_id = $1
             ORDER BY CASE WHEN m.role = $2 THEN 0 ELSE 1 END, m.created_at, a.id",
        )
        .bind(association_id)
        .bind(MemberRole::Responsable.slug())
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(AssociationMember {
                    person: recipient(r)?,
                    role: role_of(&r.try_get::<String, _>(3)?)?,
                    since: r.try_get(4)?,
                })
            })
            .collect()
    }
}

impl Tx {
    /// A new association with its creator as responsable; `SlugTaken`
    /// when the address is taken (without spoiling the transaction).
    pub async fn create_association(
        &mut self,
        slug: &str,
        details: &AssociationDetails,
        account_id: i64,
        now: i64,
    ) -> Result<i64, StoreError> {
        let taken = sqlx::query("SELECT 1 FROM associations WHERE slug = $1")
            .bind(slug)
            .fetch_optional(self.conn())
            .await?
            .is_some();
        if taken {
            return Err(StoreError::SlugTaken {
                slug: slug.to_string(),
                position: None,
            });
        }
        let id: i64 = sqlx::query(
            "INSERT INTO associations (slug, name, size, commune, field, website, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id",
        )
        .bind(slug)
        .bind(details.name.trim())
        .bind(details.size.map(|s| s.slug()))
        .bind(&details.commune)
        .bind(details.field.map(|f| f.slug()))
        .bind(&details.website)
        .bind(now)
        .fetch_one(self.conn())
        .await?
        .try_get(0)?;
        self.add_association_member(id, account_id, MemberRole::Responsable, now)
            .await?;
        Ok(id)
    }

    pub async fn update_association(
        &mut self,
        id: i64,
        details: &AssociationDetails,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE associations SET name = $2, size = $3, commune = $4, field = $5, website = $6,
                 updated_at = $7
             WHERE id = $1",
        )
        .bind(id)
        .bind(details.name.trim())
        .bind(details.size.map(|s| s.slug()))
        .bind(&details.commune)
        .bind(details.field.map(|f| f.slug()))
        .bind(&details.website)
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    /// Takes the association's row lock until the end of the unit of work,
    /// so that two changes of its membership (two responsables leaving at
    /// once) are decided one after the other. SQLite's write transaction
    /// already excludes others.
    async fn lock_association(&mut self, id: i64) -> Result<(), StoreError> {
        sqlx::query("UPDATE associations SET updated_at = updated_at WHERE id = $1")
            .bind(id)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    async fn other_responsables(
        &mut self,
        association_id: i64,
        account_id: i64,
    ) -> Result<i64, StoreError> {
        Ok(sqlx::query(
            "SELECT COUNT(*) FROM association_members
             WHERE association_id = $1 AND account_id <> $2 AND role = $3",
        )
        .bind(association_id)
        .bind(account_id)
        .bind(MemberRole::Responsable.slug())
        .fetch_one(self.conn())
        .await?
        .try_get(0)?)
    }

    /// Makes `account_id` a member with `role` (already one: nothing
    /// changes, so an invitation never demotes anyone).
    pub async fn add_association_member(
        &mut self,
        association_id: i64,
        account_id: i64,
        role: MemberRole,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO association_members (association_id, account_id, role, created_at)
             VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
        )
        .bind(association_id)
        .bind(account_id)
        .bind(role.slug())
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    /// Changes a member's role, unless that would leave the association
    /// without a responsable; returns whether it changed.
    pub async fn set_association_role(
        &mut self,
        association_id: i64,
        account_id: i64,
        role: MemberRole,
    ) -> Result<bool, StoreError> {
        self.lock_association(association_id).await?;
        if role != MemberRole::Responsable
            && self.other_responsables(association_id, account_id).await? == 0
        {
            return Ok(false);
        }
        let changed = sqlx::query(
            "UPDATE association_members SET role = $3 WHERE association_id = $1 AND account_id = $2",
        )
        .bind(association_id)
        .bind(account_id)
        .bind(role.slug())
        .execute(self.conn())
        .await?
        .rows_affected();
        Ok(changed == 1)
    }

    /// Removes a member, unless they are its last responsable; returns
    /// whether they were removed.
    pub async fn remove_association_member(
        &mut self,
        association_id: i64,
        account_id: i64,
    ) -> Result<bool, StoreError> {
        self.lock_association(association_id).await?;
        let role: Option<String> = sqlx::query(
            "SELECT role FROM association_members WHERE association_id = $1 AND account_id = $2",
        )
        .bind(association_id)
        .bind(account_id)
        .fetch_optional(self.conn())
        .await?
        .map(|r| r.try_get(0))
        .transpose()?;
        match role.as_deref().map(role_of).transpose()? {
            None => return Ok(false),
            Some(MemberRole::Responsable)
                if self.other_responsables(association_id, account_id).await? == 0 =>
            {
                return Ok(false);
            }
            Some(_) => {}
        }
        sqlx::query(
            "DELETE FROM association_members WHERE association_id = $1 AND account_id = $2",
        )
        .bind(association_id)
        .bind(account_id)
        .execute(self.conn())
        .await?;
        Ok(true)
    }
}

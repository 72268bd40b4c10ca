//! Pooled needs: the need itself with its specification and statuses, the
//! associations that joined it (`mod.rs`); providers' quotes and the
//! associations' votes (`quotes.rs`); the conditional campaign, its
//! pledges and its public ledger (`campaigns.rs`); shared maintenance
//! pools, their subscriptions and waiting list (`maintenance.rs`).

mod campaigns;
mod maintenance;
mod quotes;

pub use campaigns::{CampaignRow, LedgerLine, PledgeRow};
pub use maintenance::{PoolRow, SubscriptionRow, WaitingRow};
pub use quotes::QuoteRow;

use essaim_domain::markup::SafeHtml;
use essaim_domain::pooling::{Need, NeedKind, NeedStatus};
use essaim_domain::taxonomy::AssociationSize;
use sqlx::Row;
use sqlx::any::AnyRow;

use crate::{Database, StoreError, Tx};

/// A need as it is kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NeedRow {
    pub id: i64,
    pub need: Need,
    pub description_html: String,
    pub status: NeedStatus,
    pub specification: String,
    pub specification_html: String,
    pub author_id: Option<i64>,
    pub topic_id: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
}

/// An association that joined a need.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JoinedAssociation {
    pub association_id: i64,
    pub slug: String,
    pub name: String,
    pub size: Option<AssociationSize>,
    /// INSEE code of its commune.
    pub commune: String,
    pub joined_at: i64,
}

/// A version of a need's specification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpecificationVersion {
    pub body: String,
    /// The association it was written for, while it exists.
    pub association: Option<String>,
    pub created_at: i64,
}

/// Which needs a list shows.
#[derive(Debug, Clone, Default)]
pub struct NeedFilter {
    pub status: Option<NeedStatus>,
    pub kind: Option<NeedKind>,
    pub tool: Option<String>,
}

const COLUMNS: &str = "id, title, description, description_html, tool, kind, status, specification, specification_html, author_id, topic_id, created_at, updated_at";

fn row_to_need(row: &AnyRow) -> Result<NeedRow, StoreError> {
    let id: i64 = row.try_get(0)?;
    let corrupt = |what: &str| StoreError::Corrupt(format!("besoin mutualisé {id} : {what}"));
    let kind: String = row.try_get(5)?;
    let status: String = row.try_get(6)?;
    Ok(NeedRow {
        id,
        need: Need {
            title: row.try_get(1)?,
            description: row.try_get(2)?,
            tool: row.try_get(4)?,
            kind: NeedKind::from_slug(&kind).ok_or_else(|| corrupt(&kind))?,
        },
        description_html: row.try_get(3)?,
        status: NeedStatus::from_slug(&status).ok_or_else(|| corrupt(&status))?,
        specification: row.try_get(7)?,
        specification_html: row.try_get(8)?,
        author_id: row.try_get(9)?,
        topic_id: row.try_get(10)?,
        created_at: row.try_get(11)?,
        updated_at: row.try_get(12)?,
    })
}

impl Database {
    pub async fn pooling_need(&self, id: i64) -> Result<Option<NeedRow>, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM pooling_needs WHERE id = $1"
        ))
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(row_to_need).transpose()
    }

    /// The needs a filter keeps, the most recently changed first.
    pub async fn pooling_needs(&self, filter: &NeedFilter) -> Result<Vec<NeedRow>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM pooling_needs
             WHERE ($1 = '' OR status = $1) AND ($2 = '' OR kind = $2) AND ($3 = '' OR tool = $3)
             ORDER BY updated_at DESC, id DESC"
        ))
        .bind(filter.status.map_or("", NeedStatus::slug))
        .bind(filter.kind.map_or("", NeedKind::slug))
        .bind(filter.tool.as_deref().unwrap_or(""))
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(row_to_need).collect()
    }

    /// The associations that joined a need, in the order they came.
    pub async fn pooling_joined(&self, need_id: i64) -> Result<Vec<JoinedAssociation>, StoreError> {
        let rows = sqlx::query(
            "SELECT a.id, a.slug, a.name, a.size, a.commune, j.joined_at
             FROM pooling_joins j JOIN associations a ON a.id = j.association_id
             WHERE j.need_id = $1 ORDER BY j.joined_at, a.id",
        )
        .bind(need_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                let size: Option<String> = r.try_get(3)?;
                Ok(JoinedAssociation {
                    association_id: r.try_get(0)?,
                    slug: r.try_get(1)?,
                    name: r.try_get(2)?,
                    size: size.as_deref().and_then(AssociationSize::from_slug),
                    commune: r.try_get(4)?,
                    joined_at: r.try_get(5)?,
                })
            })
            .collect()
    }

    /// How many associations joined each need, by need.
    pub async fn pooling_join_counts(&self) -> Result<Vec<(i64, i64)>, StoreError> {
        let rows = sqlx::query(
            "SELECT need_id, COUNT(*) FROM pooling_joins GROUP BY need_id ORDER BY need_id",
        )
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
            .collect()
    }

    /// The versions of a need's specification, the newest first.
    pub async fn pooling_specifications(
        &self,
        need_id: i64,
    ) -> Result<Vec<SpecificationVersion>, StoreError> {
        let rows = sqlx::query(
            "SELECT s.body, a.name, s.created_at FROM pooling_specifications s
             LEFT JOIN associations a ON a.id = s.association_id
             WHERE s.need_id = $1 ORDER BY s.created_at DESC, s.id DESC",
        )
        .bind(need_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(SpecificationVersion {
                    body: r.try_get(0)?,
                    association: r.try_get(1)?,
                    created_at: r.try_get(2)?,
                })
            })
            .collect()
    }

    /// The statuses a need took, oldest first: (status, when).
    pub async fn pooling_statuses(
        &self,
        need_id: i64,
    ) -> Result<Vec<(NeedStatus, i64)>, StoreError> {
        let rows = sqlx::query(
            "SELECT status, created_at FROM pooling_statuses WHERE need_id = $1
             ORDER BY created_at, id",
        )
        .bind(need_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                let status: String = r.try_get(0)?;
                Ok((
                    NeedStatus::from_slug(&status)
                        .ok_or_else(|| StoreError::Corrupt(format!("statut {status}")))?,
                    r.try_get(1)?,
                ))
            })
            .collect()
    }
}

impl Tx {
    /// Writes a new need, at the status `idee`, with its first status in
    /// the history.
    pub async fn add_pooling_need(
        &mut self,
        need: &Need,
        description_html: &SafeHtml,
        author_id: i64,
        now: i64,
    ) -> Result<i64, StoreError> {
        let id: i64 = sqlx::query(
            "INSERT INTO pooling_needs (title, description, description_html, tool, kind, status,
                 specification, specification_html, author_id, topic_id, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, '', '', $7, NULL, $8, $8) RETURNING id",
        )
        .bind(&need.title)
        .bind(&need.description)
        .bind(description_html.as_str())
        .bind(need.tool.as_deref())
        .bind(need.kind.slug())
        .bind(NeedStatus::Idea.slug())
        .bind(author_id)
        .bind(now)
        .fetch_one(self.conn())
        .await?
        .try_get(0)?;
        self.record_pooling_status(id, NeedStatus::Idea, Some(author_id), now)
            .await?;
        Ok(id)
    }

    pub async fn link_pooling_topic(
        &mut self,
        need_id: i64,
        topic_id: i64,
    ) -> Result<(), StoreError> {
        sqlx::query("UPDATE pooling_needs SET topic_id = $2 WHERE id = $1")
            .bind(need_id)
            .bind(topic_id)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    /// Moves a need from the status `from` to `to`; `false` when it no
    /// longer stands at `from` (someone moved it meanwhile).
    pub async fn move_pooling_need(
        &mut self,
        need_id: i64,
        from: NeedStatus,
        to: NeedStatus,
        actor_id: Option<i64>,
        now: i64,
    ) -> Result<bool, StoreError> {
        let moved = sqlx::query(
            "UPDATE pooling_needs SET status = $3, updated_at = $4 WHERE id = $1 AND status = $2",
        )
        .bind(need_id)
        .bind(from.slug())
        .bind(to.slug())
        .bind(now)
        .execute(self.conn())
        .await?
        .rows_affected()
            == 1;
        if moved {
            self.record_pooling_status(need_id, to, actor_id, now)
                .await?;
        }
        Ok(moved)
    }

    async fn record_pooling_status(
        &mut self,
        need_id: i64,
        status: NeedStatus,
        actor_id: Option<i64>,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO pooling_statuses (need_id, status, actor_id, created_at)
             VALUES ($1, $2, $3, $4)",
        )
        .bind(need_id)
        .bind(status.slug())
        .bind(actor_id)
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    /// The association joins the need; `false` if it already had.
    pub async fn join_pooling_need(
        &mut self,
        need_id: i64,
        association_id: i64,
        account_id: i64,
        now: i64,
    ) -> Result<bool, StoreError> {
        Ok(sqlx::query(
            "INSERT INTO pooling_joins (need_id, association_id, joined_by, joined_at)
             VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
        )
        .bind(need_id)
        .bind(association_id)
        .bind(account_id)
        .bind(now)
        .execute(self.conn())
        .await?
        .rows_affected()
            == 1)
    }

    /// How many versions the specification had, read in the unit of work
    /// that writes the next.
    pub async fn pooling_specification_count(&mut self, need_id: i64) -> Result<i64, StoreError> {
        Ok(
            sqlx::query("SELECT COUNT(*) FROM pooling_specifications WHERE need_id = $1")
                .bind(need_id)
                .fetch_one(self.conn())
                .await?
                .try_get(0)?,
        )
    }

    /// A new version of the specification, kept in its history.
    pub async fn write_pooling_specification(
        &mut self,
        need_id: i64,
        body: &str,
        html: &SafeHtml,
        author: (i64, i64),
        now: i64,
    ) -> Result<(), StoreError> {
        let (account_id, association_id) = author;
        sqlx::query(
            "UPDATE pooling_needs SET specification = $2, specification_html = $3, updated_at = $4
             WHERE id = $1",
        )
        .bind(need_id)
        .bind(body)
        .bind(html.as_str())
        .bind(now)
        .execute(self.conn())
        .await?;
        sqlx::query(
            "INSERT INTO pooling_specifications (need_id, body, author_id, association_id, created_at)
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(need_id)
        .bind(body)
        .bind(account_id)
        .bind(association_id)
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(())
    }
}

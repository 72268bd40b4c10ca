//! Providers' quotes on a need, and the joined associations' votes.

use essaim_domain::date::Date;
use essaim_domain::pooling::Quote;
use essaim_domain::pooling::money::Cents;
use sqlx::Row;
use sqlx::any::AnyRow;

use crate::{Database, StoreError, Tx};

/// A quote with the votes it has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteRow {
    pub id: i64,
    pub need_id: i64,
    pub provider_id: i64,
    pub quote: Quote,
    pub created_at: i64,
    pub votes: i64,
}

const COLUMNS: &str = "q.id, q.need_id, q.provider_id, q.amount, q.deliverables, q.milestones, q.valid_until, q.created_at,
    (SELECT COUNT(*) FROM pooling_votes v WHERE v.quote_id = q.id)";

fn row_to_quote(row: &AnyRow) -> Result<QuoteRow, StoreError> {
    let id: i64 = row.try_get(0)?;
    let milestones: String = row.try_get(5)?;
    let valid_until: String = row.try_get(6)?;
    Ok(QuoteRow {
        id,
        need_id: row.try_get(1)?,
        provider_id: row.try_get(2)?,
        quote: Quote {
            amount: Cents(row.try_get(3)?),
            deliverables: row.try_get(4)?,
            milestones: milestones
                .lines()
                .filter(|l| !l.is_empty())
                .map(str::to_string)
                .collect(),
            valid_until: Date::parse(&valid_until)
                .ok_or_else(|| StoreError::Corrupt(format!("devis {id} : {valid_until}")))?,
        },
        created_at: row.try_get(7)?,
        votes: row.try_get(8)?,
    })
}

impl Database {
    /// A need's quotes, oldest first.
    pub async fn pooling_quotes(&self, need_id: i64) -> Result<Vec<QuoteRow>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM pooling_quotes q WHERE q.need_id = $1 ORDER BY q.created_at, q.id"
        ))
        .bind(need_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(row_to_quote).collect()
    }

    pub async fn pooling_quote(&self, id: i64) -> Result<Option<QuoteRow>, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM pooling_quotes q WHERE q.id = $1"
        ))
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(row_to_quote).transpose()
    }

    /// The quote each joined association voted for: (association, quote).
    pub async fn pooling_votes(&self, need_id: i64) -> Result<Vec<(i64, i64)>, StoreError> {
        let rows = sqlx::query(
            "SELECT association_id, quote_id FROM pooling_votes WHERE need_id = $1
             ORDER BY association_id",
        )
        .bind(need_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
            .collect()
    }
}

impl Tx {
    pub async fn add_pooling_quote(
        &mut self,
        need_id: i64,
        provider_id: i64,
        author_id: i64,
        quote: &Quote,
        now: i64,
    ) -> Result<i64, StoreError> {
        Ok(sqlx::query(
            "INSERT INTO pooling_quotes (need_id, provider_id, author_id, amount, deliverables,
                 milestones, valid_until, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        )
        .bind(need_id)
        .bind(provider_id)
        .bind(author_id)
        .bind(quote.amount.0)
        .bind(&quote.deliverables)
        .bind(quote.milestones.join("\n"))
        .bind(quote.valid_until.to_string())
        .bind(now)
        .fetch_one(self.conn())
        .await?
        .try_get(0)?)
    }

    /// The association's one vote, for `quote_id` (replacing its former
    /// one).
    pub async fn vote_pooling_quote(
        &mut self,
        need_id: i64,
        association_id: i64,
        quote_id: i64,
        account_id: i64,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO pooling_votes (need_id, association_id, quote_id, voted_by, voted_at)
             VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (need_id, association_id)
             DO UPDATE SET quote_id = excluded.quote_id, voted_by = excluded.voted_by,
                 voted_at = excluded.voted_at",
        )
        .bind(need_id)
        .bind(association_id)
        .bind(quote_id)
        .bind(account_id)
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(())
    }
}

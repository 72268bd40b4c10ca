//! Shared maintenance pools, their services, the associations subscribed
//! month by month and the waiting list. A subscription locks its pool's
//! row, so that two associations asking for the last days at once are
//! decided one after the other.

use std::collections::HashMap;

use essaim_domain::pooling::maintenance::{Pool, PoolOffer};
use essaim_domain::pooling::money::Cents;
use sqlx::Row;
use sqlx::any::AnyRow;

use crate::{Database, StoreError, Tx};

/// A pool as it is kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PoolRow {
    pub id: i64,
    pub provider_id: i64,
    pub title: String,
    pub description: String,
    pub pool: Pool,
    pub departements: Vec<String>,
    pub created_at: i64,
}

/// An association's subscription, from `first_month` to `last_month`
/// (`YYYY-MM`, included; `None` while it stays).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubscriptionRow {
    pub association_id: i64,
    pub association_slug: String,
    pub association_name: String,
    pub days: i64,
    pub first_month: String,
    pub last_month: Option<String>,
}

impl SubscriptionRow {
    /// Whether it counts in the month `month` (`YYYY-MM`).
    pub fn active_in(&self, month: &str) -> bool {
        self.first_month.as_str() <= month
            && self.last_month.as_deref().is_none_or(|last| last >= month)
    }
}

/// An association waiting for days.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WaitingRow {
    pub association_id: i64,
    pub association_name: String,
    pub days: i64,
    pub since: i64,
}

const COLUMNS: &str =
    "id, provider_id, title, description, days_per_month, day_rate, departements, created_at";

fn row_to_pool(
    row: &AnyRow,
    services: &mut HashMap<i64, Vec<(String, Cents)>>,
) -> Result<PoolRow, StoreError> {
    let id: i64 = row.try_get(0)?;
    let departements: String = row.try_get(6)?;
    Ok(PoolRow {
        id,
        provider_id: row.try_get(1)?,
        title: row.try_get(2)?,
        description: row.try_get(3)?,
        pool: Pool {
            days_per_month: row.try_get(4)?,
            day_rate: Cents(row.try_get(5)?),
            services: services.remove(&id).unwrap_or_default(),
        },
        departements: departements
            .split_whitespace()
            .map(str::to_string)
            .collect(),
        created_at: row.try_get(7)?,
    })
}

impl Database {
    /// The pools, the newest first: all, or those of a provider, or those
    /// that cover a département.
    pub async fn pooling_pools(
        &self,
        provider_id: Option<i64>,
        departement: Option<&str>,
    ) -> Result<Vec<PoolRow>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM pooling_pools
             WHERE ($1 = 0 OR provider_id = $1) AND ($2 = '' OR departements LIKE $3)
             ORDER BY created_at DESC, id DESC"
        ))
        .bind(provider_id.unwrap_or(0))
        .bind(departement.unwrap_or(""))
        .bind(format!("% {} %", departement.unwrap_or("")))
        .fetch_all(self.pool())
        .await?;
        let mut services = self.pooling_services().await?;
        rows.iter().map(|r| row_to_pool(r, &mut services)).collect()
    }

    pub async fn pooling_pool(&self, id: i64) -> Result<Option<PoolRow>, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM pooling_pools WHERE id = $1"
        ))
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        let mut services = self.pooling_services().await?;
        row.as_ref()
            .map(|r| row_to_pool(r, &mut services))
            .transpose()
    }

    /// Every pool's services, in their order, by pool.
    async fn pooling_services(&self) -> Result<HashMap<i64, Vec<(String, Cents)>>, StoreError> {
        let rows = sqlx::query(
            "SELECT pool_id, name, monthly_cost FROM pooling_pool_services ORDER BY pool_id, position",
        )
        .fetch_all(self.pool())
        .await?;
        let mut services: HashMap<i64, Vec<(String, Cents)>> = HashMap::new();
        for row in &rows {
            services
                .entry(row.try_get(0)?)
                .or_default()
                .push((row.try_get(1)?, Cents(row.try_get(2)?)));
        }
        Ok(services)
    }

    /// A pool's subscriptions, past and present, in the order they came.
    pub async fn pooling_subscriptions(
        &self,
        pool_id: i64,
    ) -> Result<Vec<SubscriptionRow>, StoreError> {
        subscriptions(self.pool(), pool_id).await
    }

    pub async fn pooling_waitlist(&self, pool_id: i64) -> Result<Vec<WaitingRow>, StoreError> {
        let rows = sqlx::query(
            "SELECT a.id, a.name, w.days, w.created_at FROM pooling_waitlist w
             JOIN associations a ON a.id = w.association_id
             WHERE w.pool_id = $1 ORDER BY w.created_at, a.id",
        )
        .bind(pool_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(WaitingRow {
                    association_id: r.try_get(0)?,
                    association_name: r.try_get(1)?,
                    days: r.try_get(2)?,
                    since: r.try_get(3)?,
                })
            })
            .collect()
    }
}

async fn subscriptions<'e, E>(executor: E, pool_id: i64) -> Result<Vec<SubscriptionRow>, StoreError>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    let rows = sqlx::query(
        "SELECT a.id, a.slug, a.name, s.days, s.first_month, s.last_month
         FROM pooling_subscriptions s JOIN associations a ON a.id = s.association_id
         WHERE s.pool_id = $1 ORDER BY s.created_at, s.id",
    )
    .bind(pool_id)
    .fetch_all(executor)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(SubscriptionRow {
                association_id: r.try_get(0)?,
                association_slug: r.try_get(1)?,
                association_name: r.try_get(2)?,
                days: r.try_get(3)?,
                first_month: r.try_get(4)?,
                last_month: r.try_get(5)?,
            })
        })
        .collect()
}

impl Tx {
    pub async fn add_pooling_pool(
        &mut self,
        provider_id: i64,
        offer: &PoolOffer,
        account_id: i64,
        now: i64,
    ) -> Result<i64, StoreError> {
        let id: i64 = sqlx::query(
            "INSERT INTO pooling_pools (provider_id, title, description, days_per_month, day_rate,
                 departements, created_by, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id",
        )
        .bind(provider_id)
        .bind(&offer.title)
        .bind(&offer.description)
        .bind(offer.pool.days_per_month)
        .bind(offer.pool.day_rate.0)
        .bind(format!(" {} ", offer.departements.join(" ")))
        .bind(account_id)
        .bind(now)
        .fetch_one(self.conn())
        .await?
        .try_get(0)?;
        for (position, (name, cost)) in offer.pool.services.iter().enumerate() {
            sqlx::query(
                "INSERT INTO pooling_pool_services (pool_id, position, name, monthly_cost)
                 VALUES ($1, $2, $3, $4)",
            )
            .bind(id)
            .bind(position as i64)
            .bind(name)
            .bind(cost.0)
            .execute(self.conn())
            .await?;
        }
        Ok(id)
    }

    /// The pool's subscriptions, read under its row lock, which holds
    /// until the end of the unit of work.
    pub async fn lock_pooling_pool(
        &mut self,
        pool_id: i64,
    ) -> Result<Vec<SubscriptionRow>, StoreError> {
        sqlx::query("UPDATE pooling_pools SET updated_at = updated_at WHERE id = $1")
            .bind(pool_id)
            .execute(self.conn())
            .await?;
        subscriptions(self.conn(), pool_id).await
    }

    pub async fn subscribe_pooling(
        &mut self,
        pool_id: i64,
        association_id: i64,
        days: i64,
        first_month: &str,
        account_id: i64,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO pooling_subscriptions (pool_id, association_id, days, first_month,
                 last_month, subscribed_by, created_at)
             VALUES ($1, $2, $3, $4, NULL, $5, $6)",
        )
        .bind(pool_id)
        .bind(association_id)
        .bind(days)
        .bind(first_month)
        .bind(account_id)
        .bind(now)
        .execute(self.conn())
        .await?;
        sqlx::query("DELETE FROM pooling_waitlist WHERE pool_id = $1 AND association_id = $2")
            .bind(pool_id)
            .bind(association_id)
            .execute(self.conn())
            .await?;
        Ok(())
    }

    /// Ends the association's subscription with the month `last_month`;
    /// `false` if it had none running.
    pub async fn end_pooling_subscription(
        &mut self,
        pool_id: i64,
        association_id: i64,
        last_month: &str,
    ) -> Result<bool, StoreError> {
        Ok(sqlx::query(
            "UPDATE pooling_subscriptions SET last_month = $3
             WHERE pool_id = $1 AND association_id = $2 AND last_month IS NULL",
        )
        .bind(pool_id)
        .bind(association_id)
        .bind(last_month)
        .execute(self.conn())
        .await?
        .rows_affected()
            > 0)
    }

    /// Puts the association on the waiting list for `days` (or changes
    /// the days it waits for).
    pub async fn wait_for_pooling_days(
        &mut self,
        pool_id: i64,
        association_id: i64,
        days: i64,
        account_id: i64,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO pooling_waitlist (pool_id, association_id, days, added_by, created_at)
             VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (pool_id, association_id) DO UPDATE SET days = excluded.days",
        )
        .bind(pool_id)
        .bind(association_id)
        .bind(days)
        .bind(account_id)
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(())
    }
}

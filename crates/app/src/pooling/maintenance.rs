//! Shared maintenance: the managers of a published profile offer a pool;
//! responsables subscribe their association for some days a month while
//! days remain (under the pool's row lock), wait on its list, or leave at
//! the end of the month; each month's ledger says what each owes.

use essaim_domain::pooling::maintenance::PoolFields;
use essaim_domain::pooling::money::Cents;
use essaim_domain::problems::FieldProblem;
use essaim_store::{Account, PoolRow, SubscriptionRow};

use crate::{App, Error, Result, now};

/// A pool's page.
pub fn pool_path(id: i64) -> String {
    format!("/mutualisation/maintenance/{id}")
}

/// The month it is in the instance's time zone, `YYYY-MM`.
pub fn this_month(app: &App) -> String {
    app.today().to_string()[..7].to_string()
}

pub async fn pool(app: &App, id: i64) -> Result<PoolRow> {
    app.db().pooling_pool(id).await?.ok_or(Error::NotFound)
}

/// A manager of the published profile `provider` offers a pool.
pub async fn offer(
    app: &App,
    account: &Account,
    provider: &str,
    fields: &PoolFields,
) -> Result<i64> {
    let provider = match crate::providers::managed(app, account, provider).await {
        Err(Error::NotFound) => return Err(Error::Forbidden),
        other => other?,
    };
    if !provider.is_listed() {
        return Err(Error::Forbidden);
    }
    let offer = fields.check().map_err(Error::Invalid)?;
    let mut tx = app.begin().await?;
    let id = tx
        .add_pooling_pool(provider.id, &offer, account.id, now())
        .await?;
    app.commit(tx).await?;
    tracing::info!(target: "essaim::pooling", event = "pool.offered", pool = id, provider = provider.slug);
    Ok(id)
}

/// The days of the subscriptions that count in `month`.
fn days_in(subscriptions: &[SubscriptionRow], month: &str) -> Vec<i64> {
    subscriptions
        .iter()
        .filter(|s| s.active_in(month))
        .map(|s| s.days)
        .collect()
}

/// A responsable subscribes their association for `days` a month, from
/// this month, while the days remain.
pub async fn subscribe(
    app: &App,
    account: &Account,
    pool_id: i64,
    association: &str,
    days: &str,
) -> Result<()> {
    let pool = pool(app, pool_id).await?;
    let association = crate::associations::run_by(app, account, association).await?;
    let month = this_month(app);
    let mut tx = app.begin().await?;
    let subscriptions = tx.lock_pooling_pool(pool.id).await?;
    if subscriptions
        .iter()
        .any(|s| s.association_id == association.id && s.last_month.is_none())
    {
        return Err(Error::Conflict("pooling-subscription-exists"));
    }
    let days = pool
        .pool
        .check_subscription(&days_in(&subscriptions, &month), days)
        .map_err(|p| Error::Invalid(vec![p]))?;
    tx.subscribe_pooling(pool.id, association.id, days, &month, account.id, now())
        .await?;
    app.commit(tx).await
}

/// A responsable puts their association on the waiting list.
pub async fn wait(
    app: &App,
    account: &Account,
    pool_id: i64,
    association: &str,
    days: &str,
) -> Result<()> {
    let pool = pool(app, pool_id).await?;
    let association = crate::associations::run_by(app, account, association).await?;
    let days = match days.trim().parse::<i64>() {
        Ok(days) if (1..=pool.pool.days_per_month).contains(&days) => days,
        _ => {
            return Err(Error::Invalid(vec![FieldProblem::new(
                "jours",
                "pooling-days-number",
            )]));
        }
    };
    let mut tx = app.begin().await?;
    let subscriptions = tx.lock_pooling_pool(pool.id).await?;
    if subscriptions
        .iter()
        .any(|s| s.association_id == association.id && s.last_month.is_none())
    {
        return Err(Error::Conflict("pooling-subscription-exists"));
    }
    tx.wait_for_pooling_days(pool.id, association.id, days, account.id, now())
        .await?;
    app.commit(tx).await
}

/// A responsable ends their association's subscription with this month,
/// which it still owes.
pub async fn leave(app: &App, account: &Account, pool_id: i64, association: &str) -> Result<()> {
    let pool = pool(app, pool_id).await?;
    let association = crate::associations::run_by(app, account, association).await?;
    let mut tx = app.begin().await?;
    if !tx
        .end_pooling_subscription(pool.id, association.id, &this_month(app))
        .await?
    {
        return Err(Error::Conflict("pooling-subscription-none"));
    }
    app.commit(tx).await
}

/// One line of a month's ledger.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Owed {
    pub association: String,
    pub days: i64,
    /// Its days × the rate.
    pub days_cost: Cents,
    /// Its share of the shared services.
    pub share: Cents,
    pub total: Cents,
}

/// What each association owes for `month`, in the order they came.
pub fn month_ledger(pool: &PoolRow, subscriptions: &[SubscriptionRow], month: &str) -> Vec<Owed> {
    let active: Vec<&SubscriptionRow> = subscriptions
        .iter()
        .filter(|s| s.active_in(month))
        .collect();
    let days: Vec<i64> = active.iter().map(|s| s.days).collect();
    pool.pool
        .monthly_ledger(&days)
        .into_iter()
        .zip(active)
        .map(|(total, s)| {
            let days_cost = Cents(s.days * pool.pool.day_rate.0);
            Owed {
                association: s.association_name.clone(),
                days: s.days,
                days_cost,
                share: Cents(total.0 - days_cost.0),
                total,
            }
        })
        .collect()
}

/// Whether the account sees the ledger with the associations' names: the
/// pool's provider's managers, moderators, and the members of a
/// subscribed association.
pub async fn may_see_ledger(
    app: &App,
    account: &Account,
    pool: &PoolRow,
    subscriptions: &[SubscriptionRow],
) -> Result<bool> {
    if account.role.can_moderate()
        || app
            .db()
            .is_provider_manager(pool.provider_id, account.id)
            .await?
    {
        return Ok(true);
    }
    for s in subscriptions {
        if app
            .db()
            .association_role(s.association_id, account.id)
            .await?
            .is_some()
        {
            return Ok(true);
        }
    }
    Ok(false)
}

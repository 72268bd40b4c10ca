//! A need's conditional campaign: its goal and deadline, the pledges that
//! stand, and the public ledger of every event. A pledge locks the
//! campaign's row, so that two pledges crossing the goal at once are
//! decided one after the other and the campaign closes once.

use essaim_domain::date::Date;
use essaim_domain::pooling::campaign::{CampaignState, LedgerEvent};
use essaim_domain::pooling::money::Cents;
use sqlx::Row;
use sqlx::any::AnyRow;

use essaim_domain::taxonomy::MemberRole;

use crate::accounts::recipient;
use crate::{Database, Recipient, StoreError, Tx};

/// A campaign with the total of the pledges that stand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CampaignRow {
    pub id: i64,
    pub need_id: i64,
    pub quote_id: i64,
    pub goal: Cents,
    pub deadline: Date,
    pub state: CampaignState,
    pub opened_at: i64,
    pub closed_at: Option<i64>,
    pub reminded_at: Option<i64>,
    pub total: Cents,
    pub pledges: i64,
}

/// An association's pledge as it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PledgeRow {
    pub association_id: i64,
    pub association_slug: String,
    pub association_name: String,
    pub amount: Cents,
    /// Its name is shown; otherwise "une association".
    pub public: bool,
}

/// A line of the public ledger.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LedgerLine {
    pub event: LedgerEvent,
    /// The association's name, when it pledged publicly (and still exists).
    pub association: Option<String>,
    pub amount: Option<Cents>,
    pub total: Cents,
    pub at: i64,
}

const COLUMNS: &str = "c.id, c.need_id, c.quote_id, c.goal, c.deadline, c.state, c.opened_at, c.closed_at, c.reminded_at,
    (SELECT CAST(COALESCE(SUM(p.amount), 0) AS BIGINT) FROM pooling_pledges p WHERE p.campaign_id = c.id),
    (SELECT COUNT(*) FROM pooling_pledges p WHERE p.campaign_id = c.id)";

fn row_to_campaign(row: &AnyRow) -> Result<CampaignRow, StoreError> {
    let id: i64 = row.try_get(0)?;
    let corrupt = |what: &str| StoreError::Corrupt(format!("campagne {id} : {what}"));
    let deadline: String = row.try_get(4)?;
    let state: String = row.try_get(5)?;
    Ok(CampaignRow {
        id,
        need_id: row.try_get(1)?,
        quote_id: row.try_get(2)?,
        goal: Cents(row.try_get(3)?),
        deadline: Date::parse(&deadline).ok_or_else(|| corrupt(&deadline))?,
        state: CampaignState::from_slug(&state).ok_or_else(|| corrupt(&state))?,
        opened_at: row.try_get(6)?,
        closed_at: row.try_get(7)?,
        reminded_at: row.try_get(8)?,
        total: Cents(row.try_get(9)?),
        pledges: row.try_get(10)?,
    })
}

async fn campaign<'e, E>(executor: E, id: i64) -> Result<Option<CampaignRow>, StoreError>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    let row = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM pooling_campaigns c WHERE c.id = $1"
    ))
    .bind(id)
    .fetch_optional(executor)
    .await?;
    row.as_ref().map(row_to_campaign).transpose()
}

async fn pledges<'e, E>(executor: E, campaign_id: i64) -> Result<Vec<PledgeRow>, StoreError>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    let rows = sqlx::query(
        "SELECT a.id, a.slug, a.name, p.amount, p.public FROM pooling_pledges p
         JOIN associations a ON a.id = p.association_id
         WHERE p.campaign_id = $1 ORDER BY p.amount DESC, a.name, a.id",
    )
    .bind(campaign_id)
    .fetch_all(executor)
    .await?;
    rows.iter()
        .map(|r| {
            let public: i64 = r.try_get(4)?;
            Ok(PledgeRow {
                association_id: r.try_get(0)?,
                association_slug: r.try_get(1)?,
                association_name: r.try_get(2)?,
                amount: Cents(r.try_get(3)?),
                public: public == 1,
            })
        })
        .collect()
}

impl Database {
    pub async fn pooling_campaign(&self, id: i64) -> Result<Option<CampaignRow>, StoreError> {
        campaign(self.pool(), id).await
    }

    /// A need's campaigns, the latest first.
    pub async fn pooling_campaigns_of(&self, need_id: i64) -> Result<Vec<CampaignRow>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM pooling_campaigns c WHERE c.need_id = $1 ORDER BY c.id DESC"
        ))
        .bind(need_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(row_to_campaign).collect()
    }

    /// The campaigns still open, for the background checks of their
    /// deadlines and reminders.
    pub async fn open_pooling_campaigns(&self) -> Result<Vec<CampaignRow>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM pooling_campaigns c WHERE c.state = $1 ORDER BY c.need_id"
        ))
        .bind(CampaignState::Open.slug())
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(row_to_campaign).collect()
    }

    /// The pledges that stand, the largest first.
    pub async fn pooling_pledges(&self, campaign_id: i64) -> Result<Vec<PledgeRow>, StoreError> {
        pledges(self.pool(), campaign_id).await
    }

    /// The public ledger, oldest first.
    pub async fn pooling_ledger(&self, campaign_id: i64) -> Result<Vec<LedgerLine>, StoreError> {
        let rows = sqlx::query(
            "SELECT l.event, CASE WHEN l.public = 1 THEN a.name END, l.association_id, l.amount,
                 l.total, l.created_at
             FROM pooling_ledger l LEFT JOIN associations a ON a.id = l.association_id
             WHERE l.campaign_id = $1 ORDER BY l.created_at, l.id",
        )
        .bind(campaign_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                let event: String = r.try_get(0)?;
                let amount: Option<i64> = r.try_get(3)?;
                Ok(LedgerLine {
                    event: LedgerEvent::from_slug(&event)
                        .ok_or_else(|| StoreError::Corrupt(format!("registre : {event}")))?,
                    association: r.try_get(1)?,
                    amount: amount.map(Cents),
                    total: Cents(r.try_get(4)?),
                    at: r.try_get(5)?,
                })
            })
            .collect()
    }
}

impl Tx {
    pub async fn open_pooling_campaign(
        &mut self,
        need_id: i64,
        quote_id: i64,
        goal: Cents,
        deadline: Date,
        now: i64,
    ) -> Result<i64, StoreError> {
        Ok(sqlx::query(
            "INSERT INTO pooling_campaigns (need_id, quote_id, goal, deadline, state, opened_at)
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(need_id)
        .bind(quote_id)
        .bind(goal.0)
        .bind(deadline.to_string())
        .bind(CampaignState::Open.slug())
        .bind(now)
        .fetch_one(self.conn())
        .await?
        .try_get(0)?)
    }

    /// The campaign, read under its row lock, which holds until the end of
    /// the unit of work: whatever is decided from it stays true.
    pub async fn lock_pooling_campaign(
        &mut self,
        id: i64,
    ) -> Result<Option<CampaignRow>, StoreError> {
        sqlx::query("UPDATE pooling_campaigns SET state = state WHERE id = $1")
            .bind(id)
            .execute(self.conn())
            .await?;
        campaign(self.conn(), id).await
    }

    /// The pledges that stand, read inside the unit of work.
    pub async fn pooling_pledges_now(
        &mut self,
        campaign_id: i64,
    ) -> Result<Vec<PledgeRow>, StoreError> {
        pledges(self.conn(), campaign_id).await
    }

    /// Sets an association's pledge (`None`: withdrawn).
    pub async fn set_pooling_pledge(
        &mut self,
        campaign_id: i64,
        association_id: i64,
        pledge: Option<(Cents, bool)>,
        account_id: i64,
        now: i64,
    ) -> Result<(), StoreError> {
        match pledge {
            None => {
                sqlx::query(
                    "DELETE FROM pooling_pledges WHERE campaign_id = $1 AND association_id = $2",
                )
                .bind(campaign_id)
                .bind(association_id)
                .execute(self.conn())
                .await?;
            }
            Some((amount, public)) => {
                sqlx::query(
                    "INSERT INTO pooling_pledges (campaign_id, association_id, amount, public, pledged_by, updated_at)
                     VALUES ($1, $2, $3, $4, $5, $6)
                     ON CONFLICT (campaign_id, association_id)
                     DO UPDATE SET amount = excluded.amount, public = excluded.public,
                         pledged_by = excluded.pledged_by, updated_at = excluded.updated_at",
                )
                .bind(campaign_id)
                .bind(association_id)
                .bind(amount.0)
                .bind(i64::from(public))
                .bind(account_id)
                .bind(now)
                .execute(self.conn())
                .await?;
            }
        }
        Ok(())
    }

    /// A line of the public ledger; `association` with whether it is
    /// named.
    pub async fn add_pooling_ledger(
        &mut self,
        campaign_id: i64,
        event: LedgerEvent,
        association: Option<(i64, bool)>,
        amount: Option<Cents>,
        total: Cents,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO pooling_ledger (campaign_id, event, association_id, public, amount, total, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(campaign_id)
        .bind(event.slug())
        .bind(association.map(|(id, _)| id))
        .bind(association.map_or(1, |(_, public)| i64::from(public)))
        .bind(amount.map(|a| a.0))
        .bind(total.0)
        .bind(now)
        .execute(self.conn())
        .await?;
        Ok(())
    }

    /// Closes an open campaign as reached or released; `false` when it was
    /// no longer open (another node, or another pledge, closed it first).
    pub async fn close_pooling_campaign(
        &mut self,
        campaign_id: i64,
        to: CampaignState,
        now: i64,
    ) -> Result<bool, StoreError> {
        Ok(sqlx::query(
            "UPDATE pooling_campaigns SET state = $3, closed_at = $4 WHERE id = $1 AND state = $2",
        )
        .bind(campaign_id)
        .bind(CampaignState::Open.slug())
        .bind(to.slug())
        .bind(now)
        .execute(self.conn())
        .await?
        .rows_affected()
            == 1)
    }

    /// Notes the reminder as sent; `false` when it already was.
    pub async fn claim_pooling_reminder(
        &mut self,
        campaign_id: i64,
        now: i64,
    ) -> Result<bool, StoreError> {
        Ok(sqlx::query(
            "UPDATE pooling_campaigns SET reminded_at = $3
             WHERE id = $1 AND state = $2 AND reminded_at IS NULL",
        )
        .bind(campaign_id)
        .bind(CampaignState::Open.slug())
        .bind(now)
        .execute(self.conn())
        .await?
        .rows_affected()
            == 1)
    }

    /// The people who made the pledges that stand, each once.
    pub async fn pooling_pledgers_now(
        &mut self,
        campaign_id: i64,
    ) -> Result<Vec<Recipient>, StoreError> {
        let rows = sqlx::query(
            "SELECT DISTINCT a.id, a.email, a.locale FROM pooling_pledges p
             JOIN accounts a ON a.id = p.pledged_by
             WHERE p.campaign_id = $1 ORDER BY a.id",
        )
        .bind(campaign_id)
        .fetch_all(self.conn())
        .await?;
        rows.iter().map(recipient).collect()
    }

    /// The responsables of the associations that joined a need, each once.
    pub async fn pooling_responsables_now(
        &mut self,
        need_id: i64,
    ) -> Result<Vec<Recipient>, StoreError> {
        let rows = sqlx::query(
            "SELECT DISTINCT a.id, a.email, a.locale FROM pooling_joins j
             JOIN association_members m ON m.association_id = j.association_id AND m.role = $2
             JOIN accounts a ON a.id = m.account_id
             WHERE j.need_id = $1 ORDER BY a.id",
        )
        .bind(need_id)
        .bind(MemberRole::Responsable.slug())
        .fetch_all(self.conn())
        .await?;
        rows.iter().map(recipient).collect()
    }
}

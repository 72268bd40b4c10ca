//! A responsable pledges on behalf of their association ("we commit X € if
//! the goal is reached by the deadline"), changes or withdraws the pledge
//! until the goal is reached. The pledge that reaches the goal closes the
//! campaign in its own unit of work, under the campaign's row lock: two
//! pledges crossing the goal at once close it once, with one email per
//! person.

use essaim_domain::pooling::NeedStatus;
use essaim_domain::pooling::campaign::{self, CampaignState, LedgerEvent};
use essaim_domain::pooling::money::{Cents, parse_amount};
use essaim_store::{Account, CampaignRow, NeedRow};

use super::{mails, need};
use crate::{App, Error, Result, now};

/// What a pledge did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pledged {
    pub event: LedgerEvent,
    pub total: Cents,
    /// It reached the goal: the campaign is closed.
    pub reached: bool,
}

/// The need's latest campaign: pledges to one no longer open are refused
/// with what became of it.
async fn latest_campaign(app: &App, need: &NeedRow) -> Result<CampaignRow> {
    match app
        .db()
        .pooling_campaigns_of(need.id)
        .await?
        .into_iter()
        .next()
    {
        Some(campaign) => Ok(campaign),
        None => Err(Error::Conflict("pooling-pledge-no-campaign")),
    }
}

/// Pledges `amount` as typed, publicly or as "une association".
pub async fn pledge(
    app: &App,
    account: &Account,
    need_id: i64,
    association: &str,
    amount: &str,
    public: bool,
) -> Result<Pledged> {
    let need = need(app, need_id).await?;
    let association = crate::associations::run_by(app, account, association).await?;
    let campaign = latest_campaign(app, &need).await?;
    let amount = parse_amount("montant", amount).map_err(|p| Error::Invalid(vec![p]))?;
    set(
        app,
        account,
        &need,
        campaign.id,
        association.id,
        Some((amount, public)),
    )
    .await
}

/// Withdraws the association's pledge.
pub async fn withdraw(
    app: &App,
    account: &Account,
    need_id: i64,
    association: &str,
) -> Result<Pledged> {
    let need = need(app, need_id).await?;
    let association = crate::associations::run_by(app, account, association).await?;
    let campaign = latest_campaign(app, &need).await?;
    set(app, account, &need, campaign.id, association.id, None).await
}

async fn set(
    app: &App,
    account: &Account,
    need: &NeedRow,
    campaign_id: i64,
    association_id: i64,
    pledge: Option<(Cents, bool)>,
) -> Result<Pledged> {
    let mut tx = app.begin().await?;
    let campaign = tx
        .lock_pooling_campaign(campaign_id)
        .await?
        .ok_or(Error::NotFound)?;
    let before = tx
        .pooling_pledges_now(campaign.id)
        .await?
        .into_iter()
        .find(|p| p.association_id == association_id);
    let outcome = campaign::pledge(
        campaign.state,
        campaign.goal,
        campaign.deadline,
        app.today(),
        campaign.total,
        before.as_ref().map(|p| p.amount),
        pledge.map(|(amount, _)| amount),
    )
    .map_err(|p| Error::Invalid(vec![p]))?;
    tx.set_pooling_pledge(campaign.id, association_id, pledge, account.id, now())
        .await?;
    tx.join_pooling_need(need.id, association_id, account.id, now())
        .await?;
    let public = pledge.map_or_else(|| before.as_ref().is_some_and(|p| p.public), |(_, p)| p);
    let amount = pledge.map(|(a, _)| a).or(before.as_ref().map(|p| p.amount));
    tx.add_pooling_ledger(
        campaign.id,
        outcome.event,
        Some((association_id, public)),
        amount,
        outcome.total,
        now(),
    )
    .await?;
    if outcome.reaches_goal {
        if !tx
            .close_pooling_campaign(campaign.id, CampaignState::Reached, now())
            .await?
        {
            return Err(Error::Conflict("pooling-pledge-reached"));
        }
        tx.add_pooling_ledger(
            campaign.id,
            LedgerEvent::Reached,
            None,
            None,
            outcome.total,
            now(),
        )
        .await?;
        tx.move_pooling_need(
            need.id,
            NeedStatus::Funding,
            NeedStatus::InDevelopment,
            None,
            now(),
        )
        .await?;
        mails::reached(app, &mut tx, need, &campaign).await?;
    }
    app.commit(tx).await?;
    tracing::info!(target: "essaim::pooling", event = outcome.event.slug(), need = need.id, campaign = campaign.id, reached = outcome.reaches_goal);
    Ok(Pledged {
        event: outcome.event,
        total: outcome.total,
        reached: outcome.reaches_goal,
    })
}

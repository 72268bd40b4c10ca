//! The background checks of open campaigns, run by every node: a campaign
//! whose deadline passed is released, one a week from its deadline sends
//! its reminder. Each acts once, whatever the number of nodes: the change
//! is written only from the state that called for it, and the emails go
//! in the same unit of work.

use essaim_domain::pooling::NeedStatus;
use essaim_domain::pooling::campaign::{CampaignState, LedgerEvent, due_for_release, reminder_due};
use essaim_store::CampaignRow;

use super::mails;
use crate::{App, Result, now};

/// What one pass did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Settled {
    pub released: usize,
    pub reminded: usize,
}

/// Releases the campaigns whose deadline passed and sends the reminders
/// due.
pub async fn settle_due(app: &App) -> Result<Settled> {
    let today = app.today();
    let mut settled = Settled::default();
    for campaign in app.db().open_pooling_campaigns().await? {
        if due_for_release(campaign.state, campaign.deadline, today) {
            if release(app, &campaign).await? {
                settled.released += 1;
            }
        } else if reminder_due(campaign.state, campaign.deadline, today)
            && campaign.reminded_at.is_none()
            && remind(app, &campaign).await?
        {
            settled.reminded += 1;
        }
    }
    Ok(settled)
}

/// Releases every pledge of an open campaign; the need goes back to its
/// specification, where a new quote or campaign may follow. `false` when
/// another node did it first.
pub(crate) async fn release(app: &App, campaign: &CampaignRow) -> Result<bool> {
    let Some(need) = app.db().pooling_need(campaign.need_id).await? else {
        return Ok(false);
    };
    let mut tx = app.begin().await?;
    let Some(campaign) = tx.lock_pooling_campaign(campaign.id).await? else {
        return Ok(false);
    };
    if !tx
        .close_pooling_campaign(campaign.id, CampaignState::Released, now())
        .await?
    {
        return Ok(false);
    }
    tx.add_pooling_ledger(
        campaign.id,
        LedgerEvent::Released,
        None,
        None,
        campaign.total,
        now(),
    )
    .await?;
    tx.move_pooling_need(
        need.id,
        NeedStatus::Funding,
        NeedStatus::Specification,
        None,
        now(),
    )
    .await?;
    mails::released(app, &mut tx, &need, &campaign).await?;
    app.commit(tx).await?;
    tracing::info!(target: "essaim::pooling", event = "campaign.released", need = need.id, campaign = campaign.id);
    Ok(true)
}

async fn remind(app: &App, campaign: &CampaignRow) -> Result<bool> {
    let Some(need) = app.db().pooling_need(campaign.need_id).await? else {
        return Ok(false);
    };
    let mut tx = app.begin().await?;
    if !tx.claim_pooling_reminder(campaign.id, now()).await? {
        return Ok(false);
    }
    mails::reminder(app, &mut tx, &need, campaign).await?;
    app.commit(tx).await?;
    tracing::info!(target: "essaim::pooling", event = "campaign.reminded", need = need.id, campaign = campaign.id);
    Ok(true)
}

//! Who hears of a campaign's end or its last week, each person once, in
//! the unit of work that decided it.

use std::collections::BTreeMap;

use essaim_store::{CampaignRow, NeedRow, Recipient, Tx};

use super::need_path;
use crate::mail::{Mail, PoolingMail, queue_mail};
use crate::{App, Result};

/// Each person once, by account.
fn once(recipients: impl IntoIterator<Item = Recipient>) -> Vec<Recipient> {
    recipients
        .into_iter()
        .map(|r| (r.account_id, r))
        .collect::<BTreeMap<_, _>>()
        .into_values()
        .collect()
}

/// The name of the provider whose quote the campaign funds.
async fn provider_of(app: &App, campaign: &CampaignRow) -> Result<(i64, String)> {
    let quote = app.db().pooling_quote(campaign.quote_id).await?;
    let provider = match quote {
        Some(quote) => app.db().provider_by_id(quote.provider_id).await?,
        None => None,
    };
    Ok(provider.map_or((0, String::new()), |p| {
        let name = p.name().to_string();
        (p.id, name)
    }))
}

/// The goal reached: every pledger and the provider's managers receive
/// the final ledger.
pub(super) async fn reached(
    app: &App,
    tx: &mut Tx,
    need: &NeedRow,
    campaign: &CampaignRow,
) -> Result<()> {
    let pledges = tx.pooling_pledges_now(campaign.id).await?;
    // Who commits what, in the reader's language.
    let ledger = |locale| -> Vec<String> {
        pledges
            .iter()
            .map(|p| essaim_domain::i18n::pair(locale, &p.association_name, p.amount))
            .collect()
    };
    let (provider_id, provider) = provider_of(app, campaign).await?;
    let link = app.links().page(&need_path(need.id));
    let goal = campaign.goal.to_string();
    let mail = |to_provider: bool, locale| {
        Mail::Pooling(PoolingMail::Reached {
            need: need.need.title.clone(),
            goal: goal.clone(),
            provider: provider.clone(),
            ledger: ledger(locale),
            to_provider,
            link: link.clone(),
        })
    };
    let managers = app.db().provider_managers(provider_id).await?;
    let pledgers: Vec<Recipient> = tx
        .pooling_pledgers_now(campaign.id)
        .await?
        .into_iter()
        .filter(|r| !managers.iter().any(|m| m.account_id == r.account_id))
        .collect();
    for person in once(pledgers) {
        queue_mail(tx, &person.email, person.locale, mail(false, person.locale)).await?;
    }
    for person in once(managers) {
        queue_mail(tx, &person.email, person.locale, mail(true, person.locale)).await?;
    }
    Ok(())
}

/// The deadline passed first: the pledgers, the provider's managers and
/// the need's author hear that every pledge is released.
pub(super) async fn released(
    app: &App,
    tx: &mut Tx,
    need: &NeedRow,
    campaign: &CampaignRow,
) -> Result<()> {
    let mut people = tx.pooling_pledgers_now(campaign.id).await?;
    let (provider_id, _) = provider_of(app, campaign).await?;
    people.extend(app.db().provider_managers(provider_id).await?);
    if let Some(author) = need.author_id
        && let Some(account) = app.db().account_by_id(author).await?
    {
        people.push(Recipient {
            account_id: account.id,
            email: account.email,
            locale: account.locale,
        });
    }
    let mail = Mail::Pooling(PoolingMail::Released {
        need: need.need.title.clone(),
        goal: campaign.goal.to_string(),
        total: campaign.total.to_string(),
        link: app.links().page(&need_path(need.id)),
    });
    for person in once(people) {
        queue_mail(tx, &person.email, person.locale, mail.clone()).await?;
    }
    Ok(())
}

/// A week before the deadline: the responsables of the joined
/// associations.
pub(super) async fn reminder(
    app: &App,
    tx: &mut Tx,
    need: &NeedRow,
    campaign: &CampaignRow,
) -> Result<()> {
    let people = tx.pooling_responsables_now(need.id).await?;
    let mail = Mail::Pooling(PoolingMail::Reminder {
        need: need.need.title.clone(),
        goal: campaign.goal.to_string(),
        total: campaign.total.to_string(),
        deadline: campaign.deadline.to_string(),
        link: app.links().page(&need_path(need.id)),
    });
    for person in once(people) {
        queue_mail(tx, &person.email, person.locale, mail.clone()).await?;
    }
    Ok(())
}

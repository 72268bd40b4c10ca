//! Quotes from the managers of a published provider profile; one vote per
//! joined association (by a responsable); the need's author confirms the
//! quote the votes chose, with a deadline, and the campaign opens.

use essaim_domain::pooling::campaign::check_deadline;
use essaim_domain::pooling::{NeedStatus, QuoteFields};
use essaim_domain::taxonomy::MemberRole;
use essaim_store::{Account, NeedRow, QuoteRow};

use super::{author_or_moderator, joined, need};
use crate::{App, Error, Result, now};

/// Whether quotes, votes and a choice are still taken: before the funding.
fn open_to_quotes(need: &NeedRow) -> bool {
    matches!(need.status, NeedStatus::Idea | NeedStatus::Specification)
}

/// A quote for the provider `provider` (its slug), which the account
/// manages and which is published.
pub async fn quote(
    app: &App,
    account: &Account,
    need_id: i64,
    provider: &str,
    fields: &QuoteFields,
) -> Result<i64> {
    let need = need(app, need_id).await?;
    let provider = match crate::providers::managed(app, account, provider).await {
        Err(Error::NotFound) => return Err(Error::Forbidden),
        other => other?,
    };
    if !provider.is_listed() {
        tracing::warn!(target: "essaim::auth", event = "pooling.quote-unpublished", account_id = account.id, provider = provider.slug);
        return Err(Error::Forbidden);
    }
    if !open_to_quotes(&need) {
        return Err(Error::Conflict("pooling-quote-closed"));
    }
    let quote = fields.check(app.today()).map_err(Error::Invalid)?;
    let mut tx = app.begin().await?;
    let id = tx
        .add_pooling_quote(need.id, provider.id, account.id, &quote, now())
        .await?;
    app.commit(tx).await?;
    tracing::info!(target: "essaim::pooling", event = "quote.added", need = need.id, quote = id, provider = provider.slug);
    Ok(id)
}

/// The quote `quote_id`, if it answers the need.
async fn quote_of(app: &App, need: &NeedRow, quote_id: i64) -> Result<QuoteRow> {
    match app.db().pooling_quote(quote_id).await? {
        Some(quote) if quote.need_id == need.id => Ok(quote),
        _ => Err(Error::NotFound),
    }
}

/// A responsable of a joined association votes for a quote, replacing
/// the association's former vote.
pub async fn vote(
    app: &App,
    account: &Account,
    need_id: i64,
    quote_id: i64,
    association: &str,
) -> Result<()> {
    let need = need(app, need_id).await?;
    let association = joined(app, account, &need, association, MemberRole::Responsable).await?;
    let quote = quote_of(app, &need, quote_id).await?;
    if !open_to_quotes(&need) {
        return Err(Error::Conflict("pooling-quote-closed"));
    }
    let mut tx = app.begin().await?;
    tx.vote_pooling_quote(need.id, association.id, quote.id, account.id, now())
        .await?;
    app.commit(tx).await
}

/// The need's author (or a moderator) confirms the quote the votes chose
/// and opens the campaign: its goal is the quote's amount, its deadline
/// at most 60 days away. The need moves to `financement`.
pub async fn choose(
    app: &App,
    account: &Account,
    need_id: i64,
    quote_id: i64,
    deadline: &str,
) -> Result<i64> {
    let need = need(app, need_id).await?;
    if !author_or_moderator(account, &need) {
        tracing::warn!(target: "essaim::auth", event = "pooling.choose-refused", account_id = account.id, need = need.id);
        return Err(Error::Forbidden);
    }
    let quote = quote_of(app, &need, quote_id).await?;
    if !open_to_quotes(&need) {
        return Err(Error::Conflict("pooling-quote-closed"));
    }
    let today = app.today();
    let mut problems = Vec::new();
    if today.days_until(quote.quote.valid_until) < 0 {
        problems.push(essaim_domain::problems::FieldProblem::new(
            "devis",
            "pooling-choose-expired",
        ));
    }
    let most = app
        .db()
        .pooling_quotes(need.id)
        .await?
        .iter()
        .map(|q| q.votes)
        .max()
        .unwrap_or(0);
    if quote.votes == 0 || quote.votes < most {
        problems.push(essaim_domain::problems::FieldProblem::new(
            "devis",
            "pooling-choose-votes",
        ));
    }
    let deadline = check_deadline(today, deadline)
        .map_err(|p| problems.push(p))
        .ok();
    let deadline = match deadline {
        Some(deadline) if problems.is_empty() => deadline,
        _ => return Err(Error::Invalid(problems)),
    };
    let mut tx = app.begin().await?;
    if !tx
        .move_pooling_need(
            need.id,
            need.status,
            NeedStatus::Funding,
            Some(account.id),
            now(),
        )
        .await?
    {
        return Err(Error::Conflict("pooling-status-stale"));
    }
    let id = tx
        .open_pooling_campaign(need.id, quote.id, quote.quote.amount, deadline, now())
        .await?;
    app.commit(tx).await?;
    tracing::info!(target: "essaim::pooling", event = "campaign.opened", need = need.id, campaign = id);
    Ok(id)
}

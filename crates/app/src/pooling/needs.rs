//! A need proposed by a member for their association, with its forum topic
//! in the same unit of work; other associations join it ("nous aussi");
//! joined associations write its specification, kept with its history;
//! its author or a moderator moves its status.

use essaim_domain::i18n::translate_with;
use essaim_domain::markup::markdown_to_html;
use essaim_domain::pooling::campaign::CampaignState;
use essaim_domain::pooling::{NeedFields, NeedStatus};
use essaim_domain::problems::FieldProblem;
use essaim_domain::taxonomy::MemberRole;
use essaim_store::Account;

use super::{CATEGORY, author_or_moderator, joined, need, need_path};
use crate::associations::belonging;
use crate::community::cook::{cook_knowing, known_mentions};
use crate::community::member::NameChoice;
use crate::community::post::{NewTopic, check_topic, write_topic};
use crate::{App, Error, Result, now};

/// The longest specification.
pub const SPECIFICATION_MAX: usize = 20_000;

/// A need as its form sends it, for an association of the member.
pub struct Proposal<'a> {
    pub fields: &'a NeedFields,
    pub association: &'a str,
    /// The member's forum name, the first time they write there.
    pub name: Option<&'a NameChoice>,
}

/// Proposes a need: it starts at `idee`, joined by the member's
/// association, with its topic on the forum.
pub async fn propose(app: &App, account: &Account, proposal: &Proposal<'_>) -> Result<i64> {
    let checked = proposal.fields.check(&app.catalogue());
    let association = belonging(app, account, proposal.association).await;
    let need = match (checked, association) {
        (Ok(need), Ok((association, _))) => (need, association),
        (Err(mut problems), association) => {
            if matches!(association, Err(Error::NotFound)) {
                problems.push(FieldProblem::new("association", "pooling-need-association"));
            }
            return Err(Error::Invalid(problems));
        }
        (Ok(_), Err(Error::NotFound)) => {
            return Err(Error::field("association", "pooling-need-association"));
        }
        (Ok(_), Err(error)) => return Err(error),
    };
    let (need, association) = need;
    let body = |id: i64| {
        let link = app.links().page(&need_path(id));
        format!(
            "{}\n\n---\n\n{}",
            need.description,
            translate_with(
                account.locale,
                "pooling-topic-link",
                &[("link", link.as_str().into())]
            )
        )
    };
    // The topic's checks, on its words as they will be but for the need's
    // number, are made before anything is written.
    let topic = match check_topic(app, account, CATEGORY, &need.title, &body(0)).await {
        Ok(ready) => Some(ready),
        // An instance without the category, or keeping it to moderators:
        // the need goes without its topic.
        Err(Error::Forbidden) => None,
        Err(Error::Invalid(problems)) if problems.iter().any(|p| p.field == "category") => None,
        Err(other) => return Err(other),
    };
    let known = known_mentions(app, &need.description).await?;
    let description_html = markdown_to_html(&need.description);
    let mut tx = app.begin().await?;
    let id = tx
        .add_pooling_need(&need, &description_html, account.id, now())
        .await?;
    tx.join_pooling_need(id, association.id, account.id, now())
        .await?;
    if let Some(ready) = topic {
        let body = body(id);
        let html = cook_knowing(&body, &known);
        let posted = write_topic(
            app,
            &mut tx,
            account,
            &ready,
            &NewTopic {
                category: CATEGORY,
                title: &need.title,
                body: &body,
                name: proposal.name,
            },
            &html,
        )
        .await?;
        tx.link_pooling_topic(id, posted.topic_id).await?;
    }
    app.commit(tx).await?;
    tracing::info!(target: "essaim::pooling", event = "need.proposed", need = id, account_id = account.id);
    Ok(id)
}

/// The association says "nous aussi"; `false` if it had already.
pub async fn join(app: &App, account: &Account, need_id: i64, association: &str) -> Result<bool> {
    let need = need(app, need_id).await?;
    let (association, _) = belonging(app, account, association).await?;
    if matches!(need.status, NeedStatus::Delivered | NeedStatus::Abandoned) {
        return Err(Error::Conflict("pooling-join-closed"));
    }
    let mut tx = app.begin().await?;
    let joined = tx
        .join_pooling_need(need.id, association.id, account.id, now())
        .await?;
    app.commit(tx).await?;
    Ok(joined)
}

/// A new version of the specification, written for a joined association,
/// from the version the member saw (`seen` versions before it): a version
/// written meanwhile is not overwritten.
pub async fn specify(
    app: &App,
    account: &Account,
    need_id: i64,
    association: &str,
    body: &str,
    seen: usize,
) -> Result<()> {
    let need = need(app, need_id).await?;
    let association = joined(app, account, &need, association, MemberRole::Member).await?;
    let body = body.trim();
    let length = body.chars().count();
    if length == 0 {
        return Err(Error::field("cahier", "pooling-specification-empty"));
    }
    if length > SPECIFICATION_MAX {
        return Err(Error::Invalid(vec![
            FieldProblem::new("cahier", "pooling-specification-long")
                .with("max", SPECIFICATION_MAX)
                .with("length", length),
        ]));
    }
    let html = markdown_to_html(body);
    let mut tx = app.begin().await?;
    if tx.pooling_specification_count(need.id).await? != seen as i64 {
        return Err(Error::Conflict("pooling-specification-stale"));
    }
    tx.write_pooling_specification(need.id, body, &html, (account.id, association.id), now())
        .await?;
    app.commit(tx).await
}

/// Its author or a moderator moves a need from the status they saw.
pub async fn move_status(
    app: &App,
    account: &Account,
    need_id: i64,
    from: NeedStatus,
    to: NeedStatus,
) -> Result<()> {
    let need = need(app, need_id).await?;
    if !author_or_moderator(account, &need) {
        tracing::warn!(target: "essaim::auth", event = "pooling.status-refused", account_id = account.id, need = need.id);
        return Err(Error::Forbidden);
    }
    if need.status != from {
        return Err(Error::Conflict("pooling-status-stale"));
    }
    if !from.may_move_to(to) {
        return Err(Error::field("statut", "pooling-status-move"));
    }
    let mut from = from;
    if let Some(campaign) = app.db().pooling_campaigns_of(need.id).await?.first()
        && campaign.state == CampaignState::Open
    {
        if to != NeedStatus::Abandoned {
            return Err(Error::Conflict("pooling-status-campaign-open"));
        }
        // Abandoned during its campaign: every pledge is released first,
        // and everyone told.
        super::deadlines::release(app, campaign).await?;
        from = NeedStatus::Specification;
    }
    let mut tx = app.begin().await?;
    if !tx
        .move_pooling_need(need.id, from, to, Some(account.id), now())
        .await?
    {
        return Err(Error::Conflict("pooling-status-stale"));
    }
    app.commit(tx).await
}

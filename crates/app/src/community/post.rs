//! Writing on the forum: a new topic in a category, or a reply at the end
//! of a topic. The draft the member kept for that place goes once the
//! post is written.

use essaim_domain::community::post_problems;
use essaim_domain::markup::SafeHtml;
use essaim_domain::markup::markdown_to_text;
use essaim_store::{Account, Category, CommunityMember, Tx};

use super::member::{NameChoice, ensure};
use super::{may_start, visible_topic};
use super::{notify, trust};
use crate::mail::{Mail, queue_mail};
use crate::{App, Error, Result, now};

/// Where a new topic's draft is kept.
pub const NEW_TOPIC_PLACE: &str = "nouveau";

/// Where the draft of a reply to a topic is kept.
pub fn reply_place(topic_id: i64) -> String {
    format!("sujet-{topic_id}")
}

pub struct NewTopic<'a> {
    pub category: &'a str,
    pub title: &'a str,
    pub body: &'a str,
    pub name: Option<&'a NameChoice>,
}

/// What was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Posted {
    pub topic_id: i64,
    pub number: i64,
    /// It waits for a moderator's approval before anyone else reads it.
    pub held: bool,
}

/// Starts a topic.
pub async fn start_topic(app: &App, account: &Account, topic: &NewTopic<'_>) -> Result<Posted> {
    let ready = check_topic(app, account, topic.category, topic.title, topic.body).await?;
    let html = super::cook::cook(app, topic.body).await?;
    let mut tx = app.begin().await?;
    let posted = write_topic(app, &mut tx, account, &ready, topic, &html).await?;
    tx.delete_community_draft(account.id, NEW_TOPIC_PLACE)
        .await?;
    app.commit(tx).await?;
    Ok(posted)
}

/// A topic checked, ready to be written: its category, and whether it
/// waits for a moderator.
pub(crate) struct ReadyTopic {
    category: Category,
    held: bool,
}

/// The checks of a new topic: its words, its category, who may start one
/// there, and the account's trust (a new member's first post is held).
pub(crate) async fn check_topic(
    app: &App,
    account: &Account,
    category: &str,
    title: &str,
    body: &str,
) -> Result<ReadyTopic> {
    let category = app.db().community_category(category).await?;
    let mut problems = post_problems(Some(title), body);
    match &category {
        None => problems.push(essaim_domain::problems::FieldProblem::new(
            "category",
            "community-check-category",
        )),
        Some(category) if !may_start(account, category) => {
            return Err(Error::Forbidden);
        }
        Some(_) => {}
    }
    if !problems.is_empty() {
        return Err(Error::Invalid(problems));
    }
    let category = category.ok_or(Error::NotFound)?;
    let held = trust::check_post(app, account, body, true).await?;
    Ok(ReadyTopic { category, held })
}

/// Writes a checked topic in the caller's unit of work, with its
/// notifications (or, held, the moderators told).
pub(crate) async fn write_topic(
    app: &App,
    tx: &mut Tx,
    account: &Account,
    ready: &ReadyTopic,
    topic: &NewTopic<'_>,
    html: &SafeHtml,
) -> Result<Posted> {
    let member = ensure(app, tx, account, topic.name).await?;
    let (topic_id, post_id) = tx
        .start_community_topic(
            ready.category.id,
            topic.title,
            account.id,
            topic.body,
            html,
            now(),
        )
        .await?;
    if ready.held {
        tx.hold_community_post(post_id, Some(topic_id), now())
            .await?;
        tell_moderators(app, tx, &member, topic.title, topic.body).await?;
    } else {
        notify::after_post(
            app,
            tx,
            account,
            &notify::Written {
                topic_id,
                category_id: ready.category.id,
                topic_author_id: Some(account.id),
                post_id,
                number: 1,
                body: topic.body,
            },
        )
        .await?;
    }
    tx.mark_community_read(account.id, topic_id, 1, now())
        .await?;
    tracing::info!(target: "essaim::community", event = "topic.started", topic = topic_id, account_id = account.id, held = ready.held);
    Ok(Posted {
        topic_id,
        number: 1,
        held: ready.held,
    })
}

/// Replies at the end of a topic.
pub async fn reply(
    app: &App,
    account: &Account,
    topic_id: i64,
    body: &str,
    name: Option<&NameChoice>,
) -> Result<Posted> {
    write_reply(app, account, topic_id, body, name, None)
        .await?
        .ok_or_else(|| Error::internal(anyhow::anyhow!("réponse sans courriel non écrite")))
}

/// The email a reply came in, recorded with the post so that the same
/// email fetched twice posts once.
pub(crate) struct Receipt<'a> {
    pub message_id: &'a str,
    pub sender: &'a str,
}

/// Writes a reply; `None` when its email was already handled.
pub(crate) async fn write_reply(
    app: &App,
    account: &Account,
    topic_id: i64,
    body: &str,
    name: Option<&NameChoice>,
    receipt: Option<Receipt<'_>>,
) -> Result<Option<Posted>> {
    let topic = visible_topic(app, Some(account), topic_id).await?;
    if topic.closed_at.is_some() {
        return Err(Error::Conflict("community-topic-closed"));
    }
    let problems = post_problems(None, body);
    if !problems.is_empty() {
        return Err(Error::Invalid(problems));
    }
    let held = trust::check_post(app, account, body, false).await?;
    let html = super::cook::cook(app, body).await?;
    let mut tx = app.begin().await?;
    if let Some(receipt) = receipt
        && !tx
            .claim_community_inbound(receipt.message_id, receipt.sender, "publie", now())
            .await?
    {
        return Ok(None);
    }
    let member = ensure(app, &mut tx, account, name).await?;
    let (post_id, number) = tx
        .add_community_post(topic.id, account.id, body, &html, now())
        .await?;
    if held {
        tx.hold_community_post(post_id, None, now()).await?;
        tell_moderators(app, &mut tx, &member, &topic.title, body).await?;
    } else {
        notify::after_post(
            app,
            &mut tx,
            account,
            &notify::Written {
                topic_id: topic.id,
                category_id: topic.category_id,
                topic_author_id: topic.author.as_ref().map(|a| a.account_id),
                post_id,
                number,
                body,
            },
        )
        .await?;
    }
    tx.mark_community_read(account.id, topic.id, number, now())
        .await?;
    tx.delete_community_draft(account.id, &reply_place(topic.id))
        .await?;
    app.commit(tx).await?;
    tracing::info!(target: "essaim::community", event = "post.added", topic = topic.id, number, account_id = account.id, held);
    Ok(Some(Posted {
        topic_id: topic.id,
        number,
        held,
    }))
}

/// A held post waits in the moderation queue: the moderators hear of it by
/// email, so that a newcomer does not wait for someone to look.
async fn tell_moderators(
    app: &App,
    tx: &mut Tx,
    member: &CommunityMember,
    topic: &str,
    body: &str,
) -> Result<()> {
    let link = app.links().page("/moderation");
    for moderator in app.db().moderators().await? {
        queue_mail(
            tx,
            &moderator.email,
            moderator.locale,
            Mail::CommunityPostHeld {
                topic: topic.to_string(),
                author: member.display_name.clone(),
                text: markdown_to_text(body),
                link: link.clone(),
            },
        )
        .await?;
    }
    Ok(())
}

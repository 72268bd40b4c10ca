//! Writing on the forum: a new topic in a category, or a reply at the end
//! of a topic. The draft the member kept for that place goes once the
//! post is written.

use essaim_domain::community::post_problems;
use essaim_store::Account;

use super::member::{NameChoice, ensure};
use super::notify;
use super::{may_start, visible_topic};
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

/// Starts a topic; returns its id.
pub async fn start_topic(app: &App, account: &Account, topic: &NewTopic<'_>) -> Result<i64> {
    let category = app.db().community_category(topic.category).await?;
    let mut problems = post_problems(Some(topic.title), topic.body);
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
    let mut tx = app.begin().await?;
    ensure(app, &mut tx, account, topic.name).await?;
    let (topic_id, post_id) = tx
        .start_community_topic(category.id, topic.title, account.id, topic.body, now())
        .await?;
    notify::after_post(
        app,
        &mut tx,
        account,
        &notify::Written {
            topic_id,
            category_id: category.id,
            topic_author_id: Some(account.id),
            post_id,
            number: 1,
            body: topic.body,
        },
    )
    .await?;
    tx.mark_community_read(account.id, topic_id, 1, now())
        .await?;
    tx.delete_community_draft(account.id, NEW_TOPIC_PLACE)
        .await?;
    app.commit(tx).await?;
    tracing::info!(target: "essaim::community", event = "topic.started", topic = topic_id, account_id = account.id);
    Ok(topic_id)
}

/// Replies at the end of a topic; returns the new post's number.
pub async fn reply(
    app: &App,
    account: &Account,
    topic_id: i64,
    body: &str,
    name: Option<&NameChoice>,
) -> Result<i64> {
    let topic = visible_topic(app, Some(account), topic_id).await?;
    if topic.closed_at.is_some() {
        return Err(Error::Conflict("community-topic-closed"));
    }
    let problems = post_problems(None, body);
    if !problems.is_empty() {
        return Err(Error::Invalid(problems));
    }
    let mut tx = app.begin().await?;
    ensure(app, &mut tx, account, name).await?;
    let (post_id, number) = tx
        .add_community_post(topic.id, account.id, body, now())
        .await?;
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
    tx.mark_community_read(account.id, topic.id, number, now())
        .await?;
    tx.delete_community_draft(account.id, &reply_place(topic.id))
        .await?;
    app.commit(tx).await?;
    tracing::info!(target: "essaim::community", event = "post.added", topic = topic.id, number, account_id = account.id);
    Ok(number)
}

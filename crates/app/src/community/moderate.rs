//! What moderators do on the forum: hide or show a topic or a post, close
//! or reopen a topic, pin it (in its category or everywhere) or unpin it,
//! move it to another category. Each decision goes into the one log, with
//! its reason when one is given.

use essaim_domain::community::Pin;
use essaim_domain::moderation::{LogKind, Target, TargetKind};
use essaim_store::Account;

use crate::moderation::log;

use super::visible_topic;
use crate::{App, Error, Result, now};

/// A moderator's decision on a topic.
#[derive(Debug, Clone)]
pub enum TopicAction {
    Hide,
    Show,
    Close,
    Reopen,
    Pin(Pin),
    Unpin,
    Move(String),
}

pub async fn topic(
    app: &App,
    moderator: &Account,
    topic_id: i64,
    action: &TopicAction,
    reason: &str,
) -> Result<()> {
    if !moderator.role.can_moderate() {
        return Err(Error::Forbidden);
    }
    let topic = visible_topic(app, Some(moderator), topic_id).await?;
    let at = now();
    let mut tx = app.begin().await?;
    let kind = match action {
        TopicAction::Hide => {
            tx.set_community_topic_hidden(topic.id, Some(at)).await?;
            LogKind::Hidden
        }
        TopicAction::Show => {
            tx.set_community_topic_hidden(topic.id, None).await?;
            LogKind::Shown
        }
        TopicAction::Close => {
            tx.set_community_topic_closed(topic.id, Some(at)).await?;
            LogKind::Closed
        }
        TopicAction::Reopen => {
            tx.set_community_topic_closed(topic.id, None).await?;
            LogKind::Reopened
        }
        TopicAction::Pin(pin) => {
            tx.set_community_topic_pin(topic.id, Some(*pin)).await?;
            LogKind::Pinned
        }
        TopicAction::Unpin => {
            tx.set_community_topic_pin(topic.id, None).await?;
            LogKind::Unpinned
        }
        TopicAction::Move(slug) => {
            let category = app
                .db()
                .community_category(slug)
                .await?
                .ok_or_else(|| Error::field("category", "community-check-category"))?;
            tx.move_community_topic(topic.id, category.id).await?;
            LogKind::Moved
        }
    };
    log(
        &mut tx,
        kind,
        moderator,
        Target {
            kind: TargetKind::CommunityTopic,
            id: topic.id,
        },
        &topic.id.to_string(),
        reason,
    )
    .await?;
    app.commit(tx).await
}

/// Hides a post (`true`) or shows it again; returns its topic and number.
pub async fn post(
    app: &App,
    moderator: &Account,
    post_id: i64,
    hidden: bool,
    reason: &str,
) -> Result<(i64, i64)> {
    if !moderator.role.can_moderate() {
        return Err(Error::Forbidden);
    }
    let post = app
        .db()
        .community_post(post_id)
        .await?
        .ok_or(Error::NotFound)?;
    let mut tx = app.begin().await?;
    tx.set_community_post_hidden(post.id, hidden.then(now))
        .await?;
    log(
        &mut tx,
        if hidden {
            LogKind::Hidden
        } else {
            LogKind::Shown
        },
        moderator,
        Target {
            kind: TargetKind::CommunityPost,
            id: post.id,
        },
        &post_label(post.topic_id, post.number),
        reason,
    )
    .await?;
    app.commit(tx).await?;
    Ok((post.topic_id, post.number))
}

/// A moderator approves a post held for approval (it shows, and those
/// who should hear of it do), or refuses it (it stays hidden); returns its
/// topic and number.
pub async fn approve(
    app: &App,
    moderator: &Account,
    post_id: i64,
    approved: bool,
    reason: &str,
) -> Result<(i64, i64)> {
    if !moderator.role.can_moderate() {
        return Err(Error::Forbidden);
    }
    let post = app
        .db()
        .community_post(post_id)
        .await?
        .filter(|p| p.held_at.is_some())
        .ok_or(Error::NotFound)?;
    let topic = app
        .db()
        .community_topic(post.topic_id, 0)
        .await?
        .ok_or(Error::NotFound)?;
    let first = (post.number == 1).then_some(topic.id);
    let mut tx = app.begin().await?;
    tx.release_community_post(post.id, first, approved).await?;
    let author = match post.author.as_ref() {
        Some(author) if approved => app.db().account_by_id(author.account_id).await?,
        _ => None,
    };
    if let Some(account) = author {
        super::notify::after_post(
            app,
            &mut tx,
            &account,
            &super::notify::Written {
                topic_id: topic.id,
                category_id: topic.category_id,
                topic_author_id: topic.author.as_ref().map(|a| a.account_id),
                post_id: post.id,
                number: post.number,
                body: &post.body,
            },
        )
        .await?;
    }
    log(
        &mut tx,
        if approved {
            LogKind::Approved
        } else {
            LogKind::Refused
        },
        moderator,
        Target {
            kind: TargetKind::CommunityPost,
            id: post.id,
        },
        &post_label(post.topic_id, post.number),
        reason,
    )
    .await?;
    app.commit(tx).await?;
    Ok((post.topic_id, post.number))
}

/// How the log and the reports name a post: its topic and number.
pub fn post_label(topic_id: i64, number: i64) -> String {
    format!("{topic_id}-{number}")
}

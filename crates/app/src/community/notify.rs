//! Who hears of a new post: the members it mentions, the author of the
//! topic, those who watch the topic or its category. Each gets one
//! notification in the app, and an email after `notification_delay`
//! unless they read it first (`email.rs`). Writing follows: starting a
//! topic watches it, replying tracks it.

use essaim_domain::community::following::{NewPost, Watch, recipients};
use essaim_domain::markup::mentions;
use essaim_store::{Account, Tx};

use super::email;
use crate::{App, Result, now};

/// The topic a post was written in, as the notifications need it.
pub(crate) struct Written<'a> {
    pub topic_id: i64,
    pub category_id: i64,
    pub topic_author_id: Option<i64>,
    pub post_id: i64,
    pub number: i64,
    pub body: &'a str,
}

/// Notifies, in the unit of work that wrote the post.
pub(crate) async fn after_post(
    app: &App,
    tx: &mut Tx,
    author: &Account,
    written: &Written<'_>,
) -> Result<()> {
    let first = written.number == 1;
    let mentioned: Vec<i64> = app
        .db()
        .community_members_named(&mentions(written.body))
        .await?
        .into_iter()
        .map(|m| m.account_id)
        .collect();
    let topic_watches = app.db().community_topic_watches(written.topic_id).await?;
    let category_watches = app
        .db()
        .community_category_watches(written.category_id)
        .await?;
    let heard = recipients(&NewPost {
        author_id: author.id,
        first,
        topic_author_id: written.topic_author_id,
        mentioned: &mentioned,
        topic_watches: &topic_watches,
        category_watches: &category_watches,
    });
    let at = now();
    for (account, kind) in heard {
        if let Some(id) = tx
            .add_community_notification(
                account,
                kind,
                written.topic_id,
                written.post_id,
                written.number,
                author.id,
                at,
            )
            .await?
        {
            email::queue(app, tx, id).await?;
        }
    }
    let current = tx
        .community_topic_watch(author.id, written.topic_id)
        .await?;
    let follows = if first {
        Some(Watch::Watching)
    } else {
        matches!(current, None | Some(Watch::Normal)).then_some(Watch::Tracking)
    };
    if let Some(level) = follows {
        tx.set_community_topic_watch(author.id, written.topic_id, Some(level))
            .await?;
    }
    Ok(())
}

/// After an edit: the members newly mentioned hear of it (those already
/// told of this post are not told again).
pub(crate) async fn after_edit(
    app: &App,
    tx: &mut Tx,
    author: &Account,
    written: &Written<'_>,
) -> Result<()> {
    let at = now();
    for member in app
        .db()
        .community_members_named(&mentions(written.body))
        .await?
    {
        if member.account_id == author.id {
            continue;
        }
        if let Some(id) = tx
            .add_community_notification(
                member.account_id,
                essaim_domain::community::following::NotificationKind::Mention,
                written.topic_id,
                written.post_id,
                written.number,
                author.id,
                at,
            )
            .await?
        {
            email::queue(app, tx, id).await?;
        }
    }
    Ok(())
}

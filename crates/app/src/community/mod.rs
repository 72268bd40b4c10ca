//! The forum: members take a name on it, start topics and reply, edit
//! (with a history after a grace period) and delete their posts, say
//! "merci", mark the answer to their question, keep drafts; moderators
//! hide, close, pin and move, each in the one log. Posts three members
//! flag are hidden until a moderator looks (`flags.rs`).

pub mod categories;
pub mod cook;
pub mod digest;
pub mod draft;
pub mod edit;
pub mod email;
pub mod email_in;
pub mod flags;
pub mod follow;
pub mod member;
pub mod moderate;
pub mod notify;
pub mod post;
pub mod read;
pub mod solve;
pub mod thank;
pub mod trust;

use essaim_domain::community::Starters;
use essaim_store::{Account, Category, PostRow, TopicRow};

use crate::{App, Error, Result};

/// Whether an account may see what moderators hid.
pub fn moderates(account: Option<&Account>) -> bool {
    account.is_some_and(|a| a.role.can_moderate())
}

/// A topic the reader may see: hidden topics exist only for moderators.
pub async fn visible_topic(app: &App, reader: Option<&Account>, id: i64) -> Result<TopicRow> {
    let topic = app
        .db()
        .community_topic(id, reader.map_or(0, |a| a.id))
        .await?
        .ok_or(Error::NotFound)?;
    if topic.hidden_at.is_some() && !moderates(reader) {
        return Err(Error::NotFound);
    }
    Ok(topic)
}

/// Whether the account may start a topic in the category.
pub fn may_start(account: &Account, category: &Category) -> bool {
    match category.starters {
        Starters::Members => true,
        Starters::Moderators => account.role.can_moderate(),
    }
}

/// A post the account wrote, in a topic it may see.
async fn own_post(app: &App, account: &Account, post_id: i64) -> Result<(TopicRow, PostRow)> {
    let post = app
        .db()
        .community_post(post_id)
        .await?
        .ok_or(Error::NotFound)?;
    let topic = visible_topic(app, Some(account), post.topic_id).await?;
    if post.deleted_at.is_some() {
        return Err(Error::NotFound);
    }
    if post.author.as_ref().map(|a| a.account_id) != Some(account.id) {
        tracing::warn!(target: "essaim::auth", event = "community.not-author", account_id = account.id, post = post_id);
        return Err(Error::Forbidden);
    }
    Ok((topic, post))
}

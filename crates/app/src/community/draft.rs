//! Drafts kept on the server by the "save draft" button, one per member
//! and place (a new topic, or a reply to a topic), found again when the
//! member comes back to that form.

use essaim_domain::community::{BODY_MAX, TITLE_MAX};
use essaim_store::{Account, Draft};

use super::post::{NEW_TOPIC_PLACE, reply_place};
use super::visible_topic;
use crate::{App, Error, Result, now};

/// Where a draft belongs.
#[derive(Debug, Clone, Copy)]
pub enum Place {
    NewTopic,
    Reply(i64),
}

impl Place {
    fn key(self) -> String {
        match self {
            Place::NewTopic => NEW_TOPIC_PLACE.to_string(),
            Place::Reply(topic) => reply_place(topic),
        }
    }
}

pub async fn save(
    app: &App,
    account: &Account,
    place: Place,
    category: &str,
    title: &str,
    body: &str,
) -> Result<()> {
    if let Place::Reply(topic) = place {
        visible_topic(app, Some(account), topic).await?;
    }
    if title.chars().count() > TITLE_MAX * 2 || body.chars().count() > BODY_MAX {
        return Err(Error::field("body", "community-check-draft-long"));
    }
    let mut tx = app.begin().await?;
    tx.save_community_draft(
        account.id,
        &place.key(),
        &Draft {
            category: category.to_string(),
            title: title.to_string(),
            body: body.to_string(),
            updated_at: now(),
        },
    )
    .await?;
    app.commit(tx).await
}

pub async fn find(app: &App, account: &Account, place: Place) -> Result<Option<Draft>> {
    Ok(app.db().community_draft(account.id, &place.key()).await?)
}

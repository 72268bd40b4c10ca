//! An author changes or deletes their post. Within the grace period an
//! edit leaves no trace; after it, the words replaced are kept and shown
//! as the post's history. A deleted post leaves a placeholder.

use essaim_domain::community::{EDIT_GRACE_SECONDS, post_problems};
use essaim_store::{Account, PostEdit};

use super::own_post;
use crate::{App, Error, Result, now};

/// Changes a post's words, and its topic's title when it is the first;
/// returns the topic and the post's number.
pub async fn edit(
    app: &App,
    account: &Account,
    post_id: i64,
    title: Option<&str>,
    body: &str,
) -> Result<(i64, i64)> {
    let (topic, post) = own_post(app, account, post_id).await?;
    if topic.closed_at.is_some() {
        return Err(Error::Conflict("community-topic-closed"));
    }
    let title = if post.number == 1 { title } else { None };
    let problems = post_problems(title, body);
    if !problems.is_empty() {
        return Err(Error::Invalid(problems));
    }
    let at = now();
    let title_changed = title.is_some_and(|t| t.trim() != topic.title);
    let keep_previous =
        at - post.created_at > EDIT_GRACE_SECONDS && (post.body != body.trim() || title_changed);
    let html = super::cook::cook(app, body).await?;
    let mut tx = app.begin().await?;
    tx.edit_community_post(
        &PostEdit {
            post_id: post.id,
            previous_body: &post.body,
            previous_title: (post.number == 1).then_some(topic.title.as_str()),
            title: title.map(|t| (topic.id, t)),
            body,
            html: &html,
            keep_previous,
        },
        at,
    )
    .await?;
    super::notify::after_edit(
        app,
        &mut tx,
        account,
        &super::notify::Written {
            topic_id: topic.id,
            category_id: topic.category_id,
            topic_author_id: topic.author.as_ref().map(|a| a.account_id),
            post_id: post.id,
            number: post.number,
            body,
        },
    )
    .await?;
    app.commit(tx).await?;
    Ok((topic.id, post.number))
}

/// Deletes a post's words; the first post of a topic stays, since the
/// replies answer it: its author edits it instead.
pub async fn delete(app: &App, account: &Account, post_id: i64) -> Result<(i64, i64)> {
    let (topic, post) = own_post(app, account, post_id).await?;
    if post.number == 1 && topic.post_count > 1 {
        return Err(Error::Conflict("community-delete-first"));
    }
    let mut tx = app.begin().await?;
    tx.delete_community_post(post.id, now()).await?;
    if post.number == 1 {
        // A question nobody answered: the topic goes with it.
        tx.set_community_topic_hidden(topic.id, Some(now())).await?;
    }
    app.commit(tx).await?;
    Ok((topic.id, post.number))
}

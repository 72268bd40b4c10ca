//! The forum: members write, quote, mention, thank and mark answers;
//! drafts, edit history and unread markers; moderators hide, close, pin
//! and move, in the log; flags hide a post; search in French; bad input
//! named and nothing written; every refusal a 403 or a 404.

mod discussion;
mod email_in;
mod following;
mod kept_pages;
mod moderation;
mod open_data;
mod search;
mod trust;

use crate::harness::{TestApp, Visitor};

/// Starts a topic as a member who already took a name; returns its path.
pub(super) async fn topic(member: &Visitor, category: &str, title: &str, body: &str) -> String {
    let started = member
        .submit(
            "/communaute/nouveau",
            &[("category", category), ("title", title), ("body", body)],
        )
        .await;
    started.headers()["location"].to_str().unwrap().to_string()
}

/// Takes a forum name with a first reply-less topic form refused for
/// nothing else: the name is written only with a post, so this posts.
pub(super) async fn named(app: &TestApp, email: &str, handle: &str, name: &str) -> Visitor {
    let member = app
        .signed_in_as(email, essaim_domain::accounts::Role::Membre)
        .await;
    member
        .submit(
            "/communaute/nouveau",
            &[
                ("category", "vie-de-la-communaute"),
                ("title", &format!("Bonjour, je suis {name}")),
                ("body", "Ravie de rejoindre le forum."),
                ("handle", handle),
                ("display_name", name),
            ],
        )
        .await;
    member
}

/// The id in a topic's path (`/communaute/t/12`).
pub(super) fn topic_id(path: &str) -> i64 {
    path.trim_start_matches("/communaute/t/")
        .split(['/', '#', '?'])
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

pub(super) async fn post_id(app: &TestApp, topic: i64, number: i64) -> i64 {
    sqlx::Row::get(
        &sqlx::query("SELECT id FROM community_posts WHERE topic_id = $1 AND number = $2")
            .bind(topic)
            .bind(number)
            .fetch_one(app.db().pool())
            .await
            .unwrap(),
        0,
    )
}

pub(super) async fn count(app: &TestApp, sql: &str) -> i64 {
    sqlx::Row::get(
        &sqlx::query(sql).fetch_one(app.db().pool()).await.unwrap(),
        0,
    )
}

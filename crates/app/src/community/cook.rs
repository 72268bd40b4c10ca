//! A post's HTML, rendered once when its words are written rather than at
//! every visit: Markdown through the one sanitising path, each `@handle`
//! of an existing member linked to their page.

use essaim_domain::community::member_path;
use essaim_domain::markup::{SafeHtml, markdown_to_html_mentioning, mentions};

use crate::{App, Result};

/// Posts rendered per unit of work when the server catches up.
const BATCH: i64 = 500;

/// The HTML of a post's words, as pages show them.
pub async fn cook(app: &App, body: &str) -> Result<SafeHtml> {
    let known = known_mentions(app, body).await?;
    Ok(cook_knowing(body, &known))
}

/// The handles `body` mentions that belong to members.
pub(crate) async fn known_mentions(app: &App, body: &str) -> Result<Vec<String>> {
    let handles = mentions(body);
    if handles.is_empty() {
        return Ok(Vec::new());
    }
    Ok(app
        .db()
        .community_members_named(&handles)
        .await?
        .into_iter()
        .map(|m| m.handle)
        .collect())
}

/// The HTML of `body`, its mentions of `known` members linked: for words
/// completed inside a unit of work, after their mentions were looked up.
pub(crate) fn cook_knowing(body: &str, known: &[String]) -> SafeHtml {
    markdown_to_html_mentioning(body, &|handle| {
        known
            .iter()
            .any(|k| k == handle)
            .then(|| member_path(handle))
    })
}

/// At start: renders the posts written before HTML was kept. Every node
/// may run it at once; a post already rendered is left alone.
pub async fn catch_up(app: &App) -> Result<u64> {
    let mut done = 0;
    loop {
        let posts = app.db().community_posts_uncooked(BATCH).await?;
        if posts.is_empty() {
            return Ok(done);
        }
        let mut cooked = Vec::with_capacity(posts.len());
        for (id, body) in &posts {
            cooked.push((*id, cook(app, body).await?));
        }
        let mut tx = app.begin().await?;
        for (id, html) in &cooked {
            tx.cook_community_post(*id, html).await?;
        }
        app.commit(tx).await?;
        done += posts.len() as u64;
    }
}

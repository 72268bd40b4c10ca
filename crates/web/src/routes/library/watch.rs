//! `GET /moderation/ressources`: what of the library needs a moderator's
//! look: links the checks found broken, and resources no moderator checked
//! for a year ("à revoir").

use askama::Template;
use axum::extract::State;
use axum::response::Response;

use super::resource::REVIEW_AFTER_SECONDS;
use crate::auth::Moderator;
use crate::page::{Layout, render};
use crate::{AppError, AppState};

pub struct WatchLine {
    pub title: String,
    pub review_path: String,
    pub url: String,
    /// "Lien cassé depuis le …", when it is.
    pub broken: Option<String>,
    /// "Vérifiée le …" by a moderator, or never.
    pub verified: String,
}

#[derive(Template)]
#[template(path = "library/watch.html")]
pub struct WatchPage {
    pub l: Layout,
    pub lines: Vec<WatchLine>,
}

pub async fn show(
    State(state): State<AppState>,
    _moderator: Moderator,
    l: Layout,
) -> Result<Response, AppError> {
    let rows = state
        .db()
        .library_to_review(essaim_app::now() - REVIEW_AFTER_SECONDS)
        .await?;
    let lines = rows
        .into_iter()
        .map(|row| WatchLine {
            review_path: format!("/moderation/ressources/{}", row.slug),
            broken: row.link.state.broken_at.map(|at| {
                crate::i18n::translate_with(
                    l.locale,
                    "library-broken-since",
                    &[("date", l.date(at).into())],
                )
            }),
            verified: match row.verified_at {
                Some(at) => format!("{} {}", l.text("library-verified-on"), l.date(at)),
                None => l.text("library-never-verified").into_owned(),
            },
            title: row.resource.title,
            url: row.resource.url,
        })
        .collect();
    Ok(render(&WatchPage { lines, l }))
}

//! `/moderation/journal`: every decision, newest first.

use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use serde::Deserialize;

use super::{LogLine, log_line};
use crate::auth::Moderator;
use crate::page::{Layout, render};
use crate::{AppError, AppState};

const PER_PAGE: i64 = 50;

#[derive(Template)]
#[template(path = "moderation/journal.html")]
struct JournalPage {
    l: Layout,
    lines: Vec<LogLine>,
    previous: Option<String>,
    next: Option<String>,
}

#[derive(Deserialize)]
pub struct PageQuery {
    page: Option<String>,
}

pub async fn show(
    State(state): State<AppState>,
    _moderator: Moderator,
    l: Layout,
    Query(query): Query<PageQuery>,
) -> Result<Response, AppError> {
    let page: i64 = query
        .page
        .as_deref()
        .and_then(|p| p.parse().ok())
        .filter(|p| *p >= 1)
        .unwrap_or(1);
    let total = state.db().count_moderation_log().await?;
    let lines = state
        .db()
        .moderation_log(None, PER_PAGE, (page - 1) * PER_PAGE)
        .await?
        .iter()
        .map(|e| log_line(e, l.locale))
        .collect();
    Ok(render(&JournalPage {
        lines,
        previous: (page > 1).then(|| format!("/moderation/journal?page={}", page - 1)),
        next: (page * PER_PAGE < total).then(|| format!("/moderation/journal?page={}", page + 1)),
        l,
    }))
}

//! `/moderation/journal`: every decision, newest first.

use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use essaim_app::moderation::targets::names;
use essaim_domain::moderation::{Target, TargetKind};
use essaim_store::LogEntry;
use serde::Deserialize;

use super::{LogLine, log_line};
use crate::auth::Moderator;
use crate::kit::Pager;
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
    let pager = Pager::new(query.page.as_deref(), PER_PAGE);
    let total = state.db().count_moderation_log().await?;
    let entries = state
        .db()
        .moderation_log(None, PER_PAGE, pager.offset())
        .await?;
    let targets = |e: &LogEntry| {
        TargetKind::from_slug(&e.target_kind).map(|kind| Target {
            kind,
            id: e.target_id,
        })
    };
    let names = names(state.app(), entries.iter().filter_map(targets)).await?;
    let lines = entries
        .iter()
        .map(|e| {
            let name = targets(e).and_then(|t| names.get(&t)).map(String::as_str);
            log_line(e, name, &state.app().settings().time_zone, l.locale)
        })
        .collect();
    Ok(render(&JournalPage {
        lines,
        previous: pager.previous("/moderation/journal"),
        next: pager.next("/moderation/journal", total),
        l,
    }))
}

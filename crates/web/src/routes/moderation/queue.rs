//! `/moderation`: what waits for a decision, oldest first (what the
//! pillars submit for review, and members' reports), and the published
//! profiles nobody confirmed within the delay.

use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use essaim_app::moderation::queue::{self, Waiting};
use essaim_domain::date::Date;

use super::panels::ReportLine;
use crate::auth::Moderator;
use crate::kit::Done;
use crate::kit::{Problems, refused};
use crate::page::{Layout, render};
use crate::{AppError, AppState};

pub struct QueueRow {
    pub name: String,
    pub href: String,
    pub kind: String,
    pub since: String,
    pub is_update: bool,
    pub stale: bool,
    pub report: Option<ReportLine>,
}

pub struct StaleRow {
    pub name: String,
    pub href: String,
    pub verified: String,
}

#[derive(Template)]
#[template(path = "moderation/queue.html")]
struct QueuePage {
    l: Layout,
    rows: Vec<QueueRow>,
    /// Published profiles nobody confirmed within the delay.
    stale: Vec<StaleRow>,
    /// Published profiles nobody manages: their messages come to the team.
    unmanaged: Vec<(String, String)>,
    errors: Problems,
    done: bool,
}

async fn page(
    state: &AppState,
    l: Layout,
    errors: Problems,
    done: bool,
) -> Result<QueuePage, AppError> {
    let locale = l.locale;
    let today = state.app().today();
    let is_stale = |verified: Option<Date>| {
        crate::routes::directory::views::is_stale(verified, today, state.site().stale_after_days)
    };
    let rows = queue::items(state.app())
        .await?
        .into_iter()
        .map(|item| {
            let (is_update, stale, report) = match &item.waiting {
                Waiting::Submission {
                    is_update,
                    last_verified,
                } => (*is_update, *is_update && is_stale(*last_verified), None),
                Waiting::Report(report) => (
                    false,
                    false,
                    Some(ReportLine::of(
                        report,
                        &state.app().settings().time_zone,
                        locale,
                    )),
                ),
            };
            QueueRow {
                name: item.target.name.clone(),
                href: item.target.review_path.clone(),
                kind: l.text(item.target.target.kind.label_key()).into_owned(),
                since: state.app().date_of(item.since).long(locale),
                is_update,
                stale,
                report,
            }
        })
        .collect();
    let before = essaim_store::now_unix() - state.site().stale_after_days * 86_400;
    let stale = state
        .db()
        .stale_providers(before)
        .await?
        .into_iter()
        .map(|row| StaleRow {
            name: row.profile.name.clone(),
            href: format!("/moderation/fiches/{}", row.slug),
            verified: state
                .app()
                .date_of(
                    row.verified_at
                        .or(row.published_at)
                        .unwrap_or(row.created_at),
                )
                .long(locale),
        })
        .collect();
    let unmanaged = state
        .db()
        .providers_without_manager()
        .await?
        .into_iter()
        .map(|(slug, name)| (format!("/moderation/fiches/{slug}"), name))
        .collect();
    Ok(QueuePage {
        l,
        rows,
        stale,
        unmanaged,
        errors,
        done,
    })
}

pub async fn show(
    State(state): State<AppState>,
    _moderator: Moderator,
    l: Layout,
    Query(done): Query<Done>,
) -> Result<Response, AppError> {
    Ok(render(
        &page(&state, l, Problems::none(), done.fait.is_some()).await?,
    ))
}

/// The queue again with what was wrong in a form posted from it.
pub async fn with_problems(
    state: &AppState,
    l: Layout,
    errors: Problems,
) -> Result<Response, AppError> {
    Ok(refused(&page(state, l, errors, false).await?))
}

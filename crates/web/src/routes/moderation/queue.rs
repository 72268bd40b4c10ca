//! `/moderation`: what waits for a decision, oldest first.

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use essaim_domain::date::Date;

use crate::auth::Moderator;
use crate::page::{Layout, render};
use crate::{AppError, AppState};

pub struct QueueRow {
    pub name: String,
    pub href: String,
    pub submitted: String,
    pub is_update: bool,
    pub stale: bool,
}

#[derive(Template)]
#[template(path = "moderation/queue.html")]
struct QueuePage {
    l: Layout,
    rows: Vec<QueueRow>,
    /// Published profiles nobody confirmed within the delay.
    stale: Vec<QueueRow>,
}

pub async fn show(
    State(state): State<AppState>,
    _moderator: Moderator,
    l: Layout,
) -> Result<Response, AppError> {
    let rows = state
        .db()
        .moderation_queue()
        .await?
        .into_iter()
        .map(|row| QueueRow {
            name: row.profile.name.clone(),
            href: format!("/moderation/fiches/{}", row.slug),
            submitted: Date::from_unix(row.submitted_at.unwrap_or(row.updated_at)).long(l.locale),
            is_update: row.published.is_some(),
            stale: row.published.as_ref().is_some_and(|p| {
                crate::routes::directory::views::is_stale(
                    p.last_verified_date(),
                    essaim_domain::date::Date::today(),
                    state.site().stale_after_days,
                )
            }),
        })
        .collect();
    let before = essaim_store::now_unix() - state.site().stale_after_days * 86_400;
    let stale = state
        .db()
        .stale_providers(before)
        .await?
        .into_iter()
        .map(|row| QueueRow {
            name: row.profile.name.clone(),
            href: format!("/moderation/fiches/{}", row.slug),
            submitted: Date::from_unix(
                row.verified_at
                    .or(row.published_at)
                    .unwrap_or(row.created_at),
            )
            .long(l.locale),
            is_update: false,
            stale: true,
        })
        .collect();
    Ok(render(&QueuePage { l, rows, stale }))
}

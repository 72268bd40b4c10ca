//! `/moderation`: what waits for the network (submissions and members'
//! reports), one log of every decision, and the notes moderators leave each
//! other, for any kind of target. Each pillar's own review pages (provider
//! vetting in `routes::providers`) include the target's `panels`.

pub mod journal;
pub mod notes;
pub mod panels;
pub mod queue;
pub mod reports;

use axum::Router;
use axum::routing::{get, post};
use essaim_domain::Locale;
use essaim_domain::date::TimeZone;
use essaim_domain::moderation::{LogKind, TargetKind};
use essaim_store::LogEntry;

use crate::AppState;
use crate::i18n::text;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/moderation", get(queue::show))
        .route("/moderation/journal", get(journal::show))
        .route("/moderation/notes", post(notes::add))
        .route(
            "/moderation/signaler",
            get(reports::show_form).post(reports::file),
        )
        .route("/moderation/signalements/{id}", post(reports::resolve))
}

/// A log entry as the pages show it.
pub struct LogLine {
    pub date: String,
    pub kind: String,
    pub actor: String,
    pub target: String,
    pub target_href: Option<String>,
    pub reason: String,
}

/// The target's current `name` when known, else the label the log kept.
pub fn log_line(entry: &LogEntry, name: Option<&str>, zone: &TimeZone, locale: Locale) -> LogLine {
    LogLine {
        date: zone.long_time(entry.created_at, locale),
        kind: LogKind::from_slug(&entry.kind)
            .map(|k| text(locale, k.label_key()).into_owned())
            .unwrap_or_else(|| entry.kind.clone()),
        actor: entry
            .actor_email
            .clone()
            .unwrap_or_else(|| text(locale, "moderation-deleted-account").into_owned()),
        target_href: TargetKind::from_slug(&entry.target_kind)
            .map(|kind| essaim_app::moderation::targets::review_path(kind, &entry.target_label)),
        target: name.unwrap_or(&entry.target_label).to_string(),
        reason: entry.reason.clone(),
    }
}

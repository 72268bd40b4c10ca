//! `/moderation`: what waits for the network, one log of every decision,
//! and the notes moderators leave each other. Each pillar's own decisions
//! (provider vetting in `routes::providers`) build on these.

pub mod journal;
pub mod note;
pub mod queue;

use axum::Router;
use axum::routing::{get, post};

use crate::AppState;

use essaim_domain::Locale;
use essaim_domain::date::Date;
use essaim_domain::moderation::LogKind;
use essaim_store::LogEntry;

use crate::i18n::text;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/moderation", get(queue::show))
        .route("/moderation/journal", get(journal::show))
        .route("/moderation/fiches/{slug}/note", post(note::add))
}

/// A log entry as the pages show it.
pub struct LogLine {
    pub date: String,
    pub kind: String,
    pub actor: String,
    pub target: String,
    pub target_href: String,
    pub reason: String,
}

pub fn log_line(entry: &LogEntry, locale: Locale) -> LogLine {
    LogLine {
        date: Date::from_unix(entry.created_at).long(locale),
        kind: LogKind::from_slug(&entry.kind)
            .map(|k| text(locale, k.label_key()).into_owned())
            .unwrap_or_else(|| entry.kind.clone()),
        actor: entry
            .actor_email
            .clone()
            .unwrap_or_else(|| text(locale, "moderation-deleted-account").into_owned()),
        target_href: format!("/moderation/fiches/{}", entry.target_label),
        target: entry.target_label.clone(),
        reason: entry.reason.clone(),
    }
}

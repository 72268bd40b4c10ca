//! What every review page shows of its target, whatever the pillar: the
//! members' open reports (with the forms to close them), the moderators'
//! notes (with the form to add one) and the target's history in the log.
//! A review page holds a `Panels` and includes `moderation/panels.html`.

use essaim_app::moderation::targets::Described;
use essaim_domain::Locale;
use essaim_domain::date::TimeZone;
use essaim_store::Report;

use super::{LogLine, log_line};
use crate::i18n::text;
use crate::{AppError, AppState};

pub struct NoteLine {
    pub author: String,
    pub date: String,
    pub body: String,
}

/// A report as moderators read it.
pub struct ReportLine {
    pub id: i64,
    pub reason: String,
    pub comment: String,
    pub reporter: String,
    pub date: String,
}

impl ReportLine {
    pub fn of(report: &Report, zone: &TimeZone, locale: Locale) -> ReportLine {
        ReportLine {
            id: report.id,
            reason: text(locale, report.reason.label_key()).into_owned(),
            comment: report.comment.clone(),
            reporter: report
                .reporter_email
                .clone()
                .unwrap_or_else(|| text(locale, "moderation-deleted-account").into_owned()),
            date: zone.long_time(report.created_at, locale),
        }
    }
}

pub struct Panels {
    /// The target, as the notes form names it.
    pub kind: &'static str,
    pub key: String,
    pub reports: Vec<ReportLine>,
    pub notes: Vec<NoteLine>,
    pub log: Vec<LogLine>,
}

impl Panels {
    pub async fn of(
        state: &AppState,
        target: &Described,
        locale: Locale,
    ) -> Result<Panels, AppError> {
        let db = state.db();
        let zone = &state.app().settings().time_zone;
        let reports = db
            .open_reports(Some(target.target))
            .await?
            .iter()
            .map(|r| ReportLine::of(r, zone, locale))
            .collect();
        let notes = db
            .moderation_notes(target.target)
            .await?
            .into_iter()
            .map(|n| NoteLine {
                author: n
                    .author_email
                    .unwrap_or_else(|| text(locale, "moderation-deleted-account").into_owned()),
                date: zone.long_time(n.created_at, locale),
                body: n.body,
            })
            .collect();
        let log = db
            .moderation_log(Some(target.target), 50, 0)
            .await?
            .iter()
            .map(|e| log_line(e, Some(&target.name), zone, locale))
            .collect();
        Ok(Panels {
            kind: target.target.kind.slug(),
            key: target.label.clone(),
            reports,
            notes,
            log,
        })
    }
}

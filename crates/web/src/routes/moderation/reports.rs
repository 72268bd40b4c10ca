//! Members' reports: `GET|POST /moderation/signaler?cible=…&objet=…` to
//! report something public (signed in), and `POST
//! /moderation/signalements/{id}` for a moderator to close one.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use essaim_app::moderation::targets::{self, Described};
use essaim_domain::moderation::{ReportReason, Resolution, TargetKind};
use serde::Deserialize;

use crate::auth::{CurrentUser, Moderator};
use crate::kit::{FormFields, Problems, problems_of, refused, see_other, too_many};
use crate::page::{Layout, render};
use crate::{AppError, AppState};

#[derive(Template)]
#[template(path = "moderation/report.html")]
struct ReportPage {
    l: Layout,
    kind: &'static str,
    key: String,
    name: String,
    back: Option<String>,
    reasons: Vec<(&'static str, String, bool)>,
    comment: String,
    errors: Problems,
}

impl ReportPage {
    fn new(
        l: Layout,
        target: &Described,
        reason: &str,
        comment: String,
        errors: Problems,
    ) -> ReportPage {
        ReportPage {
            kind: target.target.kind.slug(),
            key: target.label.clone(),
            name: target.name.clone(),
            back: target.public_path.clone(),
            reasons: ReportReason::for_kind(target.target.kind)
                .iter()
                .map(|r| {
                    (
                        r.slug(),
                        l.text(r.label_key()).into_owned(),
                        r.slug() == reason,
                    )
                })
                .collect(),
            comment,
            errors,
            l,
        }
    }
}

#[derive(Deserialize)]
pub struct TargetQuery {
    #[serde(default)]
    cible: String,
    #[serde(default)]
    objet: String,
}

fn kind_of(slug: &str) -> Result<TargetKind, AppError> {
    TargetKind::from_slug(slug).ok_or(AppError::BadRequest("cible"))
}

pub async fn show_form(
    State(state): State<AppState>,
    _user: CurrentUser,
    l: Layout,
    Query(query): Query<TargetQuery>,
) -> Result<Response, AppError> {
    let target = targets::public(state.app(), kind_of(&query.cible)?, &query.objet).await?;
    Ok(render(&ReportPage::new(
        l,
        &target,
        "",
        String::new(),
        Problems::none(),
    )))
}

pub async fn file(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    l: Layout,
    fields: FormFields,
) -> Result<Response, AppError> {
    let kind = kind_of(&fields.text("cible"))?;
    let key = fields.text("objet");
    let reason = fields.text("motif");
    let comment = fields.raw("commentaire");
    state
        .limits()
        .reports_per_account
        .check(&user.account.id.to_string())
        .map_err(too_many)?;
    let filed = essaim_app::moderation::report::report(
        state.app(),
        &user.account,
        kind,
        &key,
        &reason,
        &comment,
    )
    .await;
    match filed {
        Ok(back) => Ok(see_other(&format!(
            "{}?signalement=envoye#signaler",
            back.unwrap_or_else(|| "/".into())
        ))),
        Err(error) => {
            let errors = problems_of(error, l.locale)?;
            let target = targets::public(state.app(), kind, &key).await?;
            Ok(refused(&ReportPage::new(
                l, &target, &reason, comment, errors,
            )))
        }
    }
}

pub async fn resolve(
    State(state): State<AppState>,
    Moderator(moderator): Moderator,
    l: Layout,
    Path(id): Path<i64>,
    fields: FormFields,
) -> Result<Response, AppError> {
    let resolution =
        Resolution::from_slug(&fields.text("action")).ok_or(AppError::BadRequest("action"))?;
    let back = fields.text("retour");
    let back = if crate::routes::site::language::is_local_path(&back) {
        back
    } else {
        "/moderation".to_string()
    };
    let note = fields.raw("note");
    match essaim_app::moderation::resolve_report::resolve_report(
        state.app(),
        &moderator.account,
        id,
        resolution,
        &note,
    )
    .await
    {
        Ok(()) => Ok(see_other(&with_done(&back))),
        Err(error) => {
            let errors = problems_of(error, l.locale)?;
            super::queue::with_problems(&state, l, errors).await
        }
    }
}

/// `path` with `fait=signalement`, which says the report was closed.
fn with_done(path: &str) -> String {
    let (path, anchor) = path.split_once('#').map_or((path, ""), |(p, a)| (p, a));
    let separator = if path.contains('?') { '&' } else { '?' };
    let anchor = if anchor.is_empty() {
        String::new()
    } else {
        format!("#{anchor}")
    };
    format!("{path}{separator}fait=signalement{anchor}")
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_way_back_says_the_report_was_closed() {
        assert_eq!(
            super::with_done("/moderation"),
            "/moderation?fait=signalement"
        );
        assert_eq!(
            super::with_done("/moderation/fiches/coop#signalements"),
            "/moderation/fiches/coop?fait=signalement#signalements"
        );
    }
}

//! `/moderation/ressources/{slug}`: a moderator reviews a resource. A
//! proposal is published (as proposed or corrected) or refused with a
//! reason; a published resource is corrected (which marks it checked
//! today) or withdrawn with a reason. The page also shows the reports, the
//! notes and the history every review page shows.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use essaim_app::library::review::{Decision, decide as decide_resource};
use essaim_app::moderation::targets::Described;
use essaim_domain::library::Status;
use essaim_domain::problems::FieldProblem;
use essaim_store::ResourceRow;

use super::fields::{self, FieldsView};
use crate::auth::Moderator;
use crate::kit::{Done, FormFields, Problems, field_problems, refused, see_other};
use crate::page::{Layout, render};
use crate::routes::moderation::panels::Panels;
use crate::{AppError, AppState};

#[derive(Template)]
#[template(path = "library/review.html")]
pub struct ReviewPage {
    pub l: Layout,
    pub slug: String,
    pub title: String,
    pub status: &'static str,
    pub status_label: String,
    pub public_path: Option<String>,
    pub refusal: String,
    pub f: FieldsView,
    pub reason: String,
    pub errors: Problems,
    pub panels: Panels,
    pub done: bool,
    /// The file a member attached: (address, "PDF, 1.2 MB").
    pub file: Option<(String, String)>,
}

async fn resource(state: &AppState, slug: &str) -> Result<ResourceRow, AppError> {
    state
        .db()
        .library_resource_by_slug(slug)
        .await?
        .ok_or(AppError::NotFound)
}

pub async fn show(
    State(state): State<AppState>,
    _moderator: Moderator,
    l: Layout,
    Path(slug): Path<String>,
    Query(done): Query<Done>,
) -> Result<Response, AppError> {
    let row = resource(&state, &slug).await?;
    let form = fields::of_resource(&row.resource);
    let page = page(&state, l, &row, &form, None, String::new(), &[]).await?;
    Ok(render(&ReviewPage {
        done: done.fait.is_some(),
        ..page
    }))
}

/// The review page again, with the problems of a note posted from it.
pub async fn with_problems(
    state: &AppState,
    l: Layout,
    slug: &str,
    errors: Problems,
) -> Result<Response, AppError> {
    let row = resource(state, slug).await?;
    let form = fields::of_resource(&row.resource);
    let page = page(state, l, &row, &form, None, String::new(), &[]).await?;
    Ok(refused(&ReviewPage { errors, ..page }))
}

pub async fn decide(
    State(state): State<AppState>,
    Moderator(moderator): Moderator,
    l: Layout,
    Path(slug): Path<String>,
    form: FormFields,
) -> Result<Response, AppError> {
    let row = resource(&state, &slug).await?;
    let seen = Status::from_slug(&form.text("statut")).unwrap_or(row.status);
    let decision = match form.text("action").as_str() {
        "refuser" => Decision::Refuse,
        _ => Decision::Publish,
    };
    let (asked, year_text, year_problem) = fields::read(&form);
    let reason = form.raw("reason");
    let problems = match year_problem {
        Some(problem) if decision == Decision::Publish => vec![problem],
        _ => match decide_resource(
            state.app(),
            &moderator.account,
            row.id,
            seen,
            decision,
            &asked,
            &reason,
        )
        .await
        {
            Ok(decided) => {
                return Ok(see_other(&format!(
                    "/moderation/ressources/{}?fait=decision",
                    decided.slug
                )));
            }
            Err(error) => field_problems(error)?,
        },
    };
    let page = page(&state, l, &row, &asked, Some(year_text), reason, &problems).await?;
    Ok(refused(&page))
}

async fn page(
    state: &AppState,
    l: Layout,
    row: &ResourceRow,
    form: &essaim_domain::library::ResourceFields,
    year_text: Option<String>,
    reason: String,
    problems: &[FieldProblem],
) -> Result<ReviewPage, AppError> {
    let described = Described::of_resource(row);
    let panels = Panels::of(state, &described, l.locale).await?;
    let status_key = match row.status {
        Status::Proposed => "library-status-proposed",
        Status::Published => "library-status-published",
        Status::Refused => "library-status-refused",
    };
    Ok(ReviewPage {
        slug: row.slug.clone(),
        title: row.resource.title.clone(),
        status: row.status.slug(),
        status_label: l.text(status_key).into_owned(),
        public_path: described.public_path,
        refusal: row.refusal.clone(),
        f: fields::view(&l, form, year_text, &state.app().catalogue()),
        reason,
        errors: Problems::new(l.locale, problems),
        panels,
        done: false,
        file: row.resource.file.as_ref().map(|f| {
            (
                super::resource::file_path(&f.name),
                super::resource::file_label(f, &l),
            )
        }),
        l,
    })
}

//! `GET /parcours/{slug}`: a course's introduction and outline, the
//! reader's progress, and the button that starts, resumes or leads to the
//! attestation. `GET /parcours/{slug}/reprendre` opens where the member
//! stopped.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use essaim_app::courses::{Outline, visible};
use essaim_domain::markup::SafeHtml;

use super::outline::{ModuleView, modules, unit_path};
use crate::kit::see_other;
use crate::page::{Layout, render};
use crate::{AppError, AppState};

#[derive(Template)]
#[template(path = "courses/course.html")]
pub struct CoursePage {
    pub l: Layout,
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub intro: SafeHtml,
    pub published: bool,
    pub modules: Vec<ModuleView>,
    pub percent: u8,
    pub started: bool,
    pub complete: bool,
    pub first_path: String,
}

pub async fn show(
    State(state): State<AppState>,
    l: Layout,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let app = state.app();
    let course = visible(app, &slug, l.can_moderate()).await?;
    let reader = l.viewer.as_ref().map(|v| &v.account);
    let outline = Outline::read(app, &course, reader).await?;
    let first_path = outline
        .units()
        .next()
        .map(|u| unit_path(&slug, u))
        .unwrap_or_default();
    Ok(render(&CoursePage {
        modules: modules(&l, &slug, &outline, ""),
        percent: outline.percent(),
        started: outline.progress.last_opened.is_some(),
        complete: outline.complete(),
        first_path,
        slug,
        title: course.title,
        summary: course.summary,
        intro: SafeHtml::from_stored(course.intro_html),
        published: course.published_at.is_some(),
        l,
    }))
}

pub async fn resume(
    State(state): State<AppState>,
    l: Layout,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let app = state.app();
    let course = visible(app, &slug, l.can_moderate()).await?;
    let reader = l.viewer.as_ref().map(|v| &v.account);
    let outline = Outline::read(app, &course, reader).await?;
    Ok(match outline.resume_at() {
        Some(unit) => see_other(&unit_path(&slug, unit)),
        None if reader.is_some() => see_other(&format!("/parcours/{slug}/attestation")),
        None => see_other(&format!("/parcours/{slug}")),
    })
}

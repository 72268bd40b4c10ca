//! Attestations: a member who finished a course asks for one with the
//! name to write on it (`/parcours/{slug}/attestation`), prints it, and
//! anyone checks one by its code (`/parcours/attestation/{code}`, or the
//! form at `/parcours/attestation`).

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use essaim_app::courses::progress::attest;
use essaim_app::courses::{Outline, visible};
use essaim_domain::courses::normalize_code;
use essaim_store::AttestationRow;
use serde::Deserialize;

use crate::auth::CurrentUser;
use crate::kit::{FormFields, Problems, field_problems, refused, see_other};
use crate::page::{Layout, render};
use crate::{AppError, AppState};

/// An attestation as its page shows it.
pub struct Certificate {
    pub code: String,
    pub name: String,
    pub course_title: String,
    pub course_path: String,
    pub date: String,
    pub verify_path: String,
}

impl Certificate {
    fn of(l: &Layout, row: AttestationRow) -> Certificate {
        Certificate {
            verify_path: format!("/parcours/attestation/{}", row.code),
            course_path: format!("/parcours/{}", row.course_slug),
            date: l.date(row.issued_at),
            code: row.code,
            name: row.name,
            course_title: row.course_title,
        }
    }
}

#[derive(Template)]
#[template(path = "courses/attestation.html")]
pub struct MinePage {
    pub l: Layout,
    pub course_path: String,
    pub course_title: String,
    pub action: String,
    pub certificate: Option<Certificate>,
    pub complete: bool,
    pub percent: u8,
    pub name: String,
    pub errors: Problems,
    pub public_url: String,
}

async fn mine_page(
    state: &AppState,
    l: Layout,
    slug: &str,
    name: String,
    errors: Problems,
) -> Result<MinePage, AppError> {
    let app = state.app();
    let course = visible(app, slug, l.can_moderate()).await?;
    let viewer = l.viewer.clone().ok_or(AppError::Forbidden)?;
    let outline = Outline::read(app, &course, Some(&viewer.account)).await?;
    let certificate = app
        .db()
        .course_attestation_of(viewer.account.id, course.id)
        .await?
        .map(|row| Certificate::of(&l, row));
    Ok(MinePage {
        public_url: certificate
            .as_ref()
            .map(|c| {
                let base = state.site().public_url.as_ref().map_or("", |u| u.as_str());
                format!("{}{}", base.trim_end_matches('/'), c.verify_path)
            })
            .unwrap_or_default(),
        course_path: format!("/parcours/{slug}"),
        course_title: course.title,
        action: format!("/parcours/{slug}/attestation"),
        certificate,
        complete: outline.complete(),
        percent: outline.percent(),
        name,
        errors,
        l,
    })
}

pub async fn mine(
    State(state): State<AppState>,
    _user: CurrentUser,
    l: Layout,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    Ok(render(
        &mine_page(&state, l, &slug, String::new(), Problems::none()).await?,
    ))
}

pub async fn ask(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    l: Layout,
    Path(slug): Path<String>,
    form: FormFields,
) -> Result<Response, AppError> {
    let course = visible(state.app(), &slug, l.can_moderate()).await?;
    let name = form.text("nom");
    match attest(state.app(), &user.account, &course, &name).await {
        Ok(_) => Ok(see_other(&format!("/parcours/{slug}/attestation"))),
        Err(error) => {
            let problems = field_problems(error)?;
            let errors = Problems::new(l.locale, &problems);
            Ok(refused(&mine_page(&state, l, &slug, name, errors).await?))
        }
    }
}

#[derive(Template)]
#[template(path = "courses/verify.html")]
pub struct VerifyPage {
    pub l: Layout,
    pub typed: String,
    pub certificate: Option<Certificate>,
    /// A code was asked and no attestation has it.
    pub unknown: bool,
}

pub async fn verify(
    State(state): State<AppState>,
    l: Layout,
    Path(code): Path<String>,
) -> Result<Response, AppError> {
    let found = match normalize_code(&code) {
        Some(code) => state.db().course_attestation(&code).await?,
        None => None,
    };
    let unknown = found.is_none();
    let page = VerifyPage {
        typed: code.chars().take(40).collect(),
        certificate: found.map(|row| Certificate::of(&l, row)),
        unknown,
        l,
    };
    Ok(if unknown {
        (StatusCode::NOT_FOUND, render(&page)).into_response()
    } else {
        render(&page)
    })
}

#[derive(Deserialize)]
pub struct LookupQuery {
    code: Option<String>,
}

/// The form to type a code; a code typed leads to its page.
pub async fn lookup(l: Layout, Query(query): Query<LookupQuery>) -> Response {
    match query
        .code
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())
    {
        Some(typed) => match normalize_code(typed) {
            Some(code) => see_other(&format!("/parcours/attestation/{code}")),
            None => (
                StatusCode::NOT_FOUND,
                render(&VerifyPage {
                    typed: typed.chars().take(40).collect(),
                    certificate: None,
                    unknown: true,
                    l,
                }),
            )
                .into_response(),
        },
        None => render(&VerifyPage {
            typed: String::new(),
            certificate: None,
            unknown: false,
            l,
        }),
    }
}

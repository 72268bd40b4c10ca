//! `/espace-prestataire/fiches/{slug}/logo`: the logo of a profile on a page
//! of its own, so that a chosen file is never left behind by another form's
//! button; the upload is multipart, its anti-forgery token the first field.
//! And `GET /medias/logos/{name}`.

use askama::Template;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use essaim_app::images::MAX_UPLOAD_BYTES;
use essaim_app::providers::logo::{logos_dir, upload_logo};
use essaim_domain::providers::is_logo_name;

use super::{record_problems, space_path};
use crate::auth::Provider;
use crate::error::ErrorPage;
use crate::kit::Done;
use crate::kit::{Problems, field_problems, refused, see_other, uploaded_png};
use crate::page::{Layout, render};
use crate::{AppError, AppState};

/// The body limit of the upload route: the file and the form around it.
pub const BODY_LIMIT: usize = MAX_UPLOAD_BYTES + 64 * 1024;

#[derive(Template)]
#[template(path = "providers/logo.html")]
struct LogoPage {
    l: Layout,
    name: String,
    identity: String,
    action: String,
    logo: Option<String>,
    saved: bool,
    errors: Problems,
}

fn page(
    l: Layout,
    slug: &str,
    row: &essaim_store::ProviderRow,
    saved: bool,
    errors: Problems,
) -> LogoPage {
    LogoPage {
        name: row.profile.name.clone(),
        identity: format!("{}/identite", space_path(slug)),
        action: format!("{}/logo", space_path(slug)),
        logo: row.profile.logo.clone(),
        saved,
        errors,
        l,
    }
}

pub async fn show(
    State(state): State<AppState>,
    Provider(user): Provider,
    l: Layout,
    Path(slug): Path<String>,
    Query(done): Query<Done>,
) -> Result<Response, AppError> {
    let row = essaim_app::providers::managed(state.app(), &user.account, &slug).await?;
    let saved = done.fait.as_deref() == Some("1");
    Ok(render(&page(l, &slug, &row, saved, Problems::none())))
}

pub async fn upload(
    State(state): State<AppState>,
    Provider(user): Provider,
    l: Layout,
    Path(slug): Path<String>,
    mut multipart: Multipart,
) -> Result<Response, AppError> {
    let mut bytes = Vec::new();
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(_) => {
                return Ok(ErrorPage::for_status(StatusCode::PAYLOAD_TOO_LARGE).into_response());
            }
        };
        if field.name() == Some("logo") {
            bytes = match field.bytes().await {
                Ok(data) => data.to_vec(),
                Err(_) => {
                    return Ok(ErrorPage::for_status(StatusCode::PAYLOAD_TOO_LARGE).into_response());
                }
            };
        }
    }
    match upload_logo(state.app(), &user.account, &slug, bytes).await {
        Ok(()) => Ok(see_other(&format!("{}/logo?fait=1", space_path(&slug)))),
        Err(error) => {
            let problems = field_problems(error)?;
            let row = essaim_app::providers::managed(state.app(), &user.account, &slug).await?;
            let errors = record_problems(l.locale, &problems);
            Ok(refused(&page(l, &slug, &row, false, errors)))
        }
    }
}

pub async fn serve(
    State(state): State<AppState>,
    Path(name): Path<String>,
) -> Result<Response, AppError> {
    if !is_logo_name(&name) {
        return Err(AppError::NotFound);
    }
    uploaded_png(&logos_dir(state.app()).join(&name)).await
}

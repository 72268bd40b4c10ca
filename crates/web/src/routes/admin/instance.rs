//! `/admin/instance`: the instance's name, description, logo, accent
//! colour, contact address, legal notice, charter and data licence, as the
//! administrators set them. The configuration file keeps the technical
//! settings.

use askama::Template;
use axum::extract::{Multipart, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use essaim_app::instance::logo::{logo_dir, remove_logo, upload_logo};
use essaim_app::instance::save::{SettingsForm, save};
use essaim_domain::instance::InstanceSettings;

use crate::auth::Admin;
use crate::error::ErrorPage;
use crate::kit::Done;
use crate::kit::{FormFields, Problems, problems_of, refused, see_other, uploaded_png};
use crate::page::{Layout, render};
use crate::{AppError, AppState};

/// The body limit of the logo's form: the file and the form around it.
pub const LOGO_BODY_LIMIT: usize = essaim_app::images::MAX_UPLOAD_BYTES + 64 * 1024;

#[derive(Template)]
#[template(path = "admin/instance.html")]
struct InstancePage {
    l: Layout,
    form: InstanceSettings,
    errors: Problems,
    done: bool,
}

pub async fn show(
    State(state): State<AppState>,
    _admin: Admin,
    l: Layout,
    Query(done): Query<Done>,
) -> Response {
    render(&InstancePage {
        form: (*state.app().instance()).clone(),
        errors: Problems::none(),
        done: done.fait.is_some(),
        l,
    })
}

pub async fn submit(
    State(state): State<AppState>,
    Admin(admin): Admin,
    l: Layout,
    fields: FormFields,
) -> Result<Response, AppError> {
    let form = SettingsForm {
        name: &fields.text("name"),
        description: &fields.text("description"),
        accent: &fields.text("accent"),
        contact_email: &fields.text("contact_email"),
        legal_notice: &fields.raw("legal_notice"),
        charter: &fields.raw("charter"),
        data_licence: &fields.text("data_licence"),
    };
    match save(state.app(), &admin.account, &form).await {
        Ok(()) => Ok(see_other("/admin/instance?fait=1")),
        Err(error) => {
            let errors = problems_of(error, l.locale)?;
            let current = state.app().instance();
            let typed = InstanceSettings {
                name: form.name.to_string(),
                description: form.description.to_string(),
                logo: current.logo.clone(),
                accent: form.accent.to_string(),
                contact_email: Some(form.contact_email.to_string()).filter(|e| !e.is_empty()),
                legal_notice: form.legal_notice.to_string(),
                charter: form.charter.to_string(),
                data_licence: form.data_licence.to_string(),
            };
            Ok(refused(&InstancePage {
                form: typed,
                errors,
                done: false,
                l,
            }))
        }
    }
}

/// `POST /admin/instance/logo` (multipart): a new logo, or `retirer` to
/// take it away.
pub async fn logo(
    State(state): State<AppState>,
    Admin(admin): Admin,
    l: Layout,
    mut multipart: Multipart,
) -> Result<Response, AppError> {
    let mut bytes = Vec::new();
    let mut remove = false;
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(_) => {
                return Ok(ErrorPage::for_status(StatusCode::PAYLOAD_TOO_LARGE).into_response());
            }
        };
        match field.name() {
            Some("logo") => match field.bytes().await {
                Ok(data) => bytes = data.to_vec(),
                Err(_) => {
                    return Ok(ErrorPage::for_status(StatusCode::PAYLOAD_TOO_LARGE).into_response());
                }
            },
            Some("retirer") => remove = true,
            _ => {}
        }
    }
    let outcome = if remove {
        remove_logo(state.app(), &admin.account).await
    } else {
        upload_logo(state.app(), &admin.account, bytes).await
    };
    match outcome {
        Ok(()) => Ok(see_other("/admin/instance?fait=logo#logo")),
        Err(error) => {
            let errors = problems_of(error, l.locale)?;
            Ok(refused(&InstancePage {
                form: (*state.app().instance()).clone(),
                errors,
                done: false,
                l,
            }))
        }
    }
}

/// `GET /medias/instance/{name}`: the instance's logo.
pub async fn serve_logo(
    State(state): State<AppState>,
    axum::extract::Path(name): axum::extract::Path<String>,
) -> Result<Response, AppError> {
    if !essaim_domain::providers::is_logo_name(&name) {
        return Err(AppError::NotFound);
    }
    uploaded_png(&logo_dir(state.app()).join(&name)).await
}

//! `POST /moderation/fiches/{slug}/decision`: approve, send back, refuse,
//! suspend or reinstate (`action`), with a message when one is needed.

use axum::extract::{Path, State};
use axum::response::Response;
use essaim_app::providers::vetting::{approve, refuse, reinstate, request_changes, suspend};

use super::review;
use crate::auth::Moderator;
use crate::kit::FormFields;
use crate::kit::field_problems;
use crate::kit::{Problems, see_other};
use crate::page::Layout;
use crate::{AppError, AppState};

pub async fn decide(
    State(state): State<AppState>,
    Moderator(moderator): Moderator,
    l: Layout,
    Path(slug): Path<String>,
    fields: FormFields,
) -> Result<Response, AppError> {
    let app = state.app();
    let account = &moderator.account;
    let message = fields.text("message");
    let outcome: essaim_app::Result<()> = match fields.text("action").as_str() {
        "approuver" => approve::approve(app, account, &slug).await,
        "modifications" => request_changes::request_changes(app, account, &slug, &message).await,
        "refuser" => refuse::refuse(app, account, &slug, &message).await,
        "suspendre" => suspend::suspend(app, account, &slug, &message).await,
        "retablir" => reinstate::reinstate(app, account, &slug).await,
        _ => return Err(AppError::BadRequest("action")),
    };
    match outcome {
        Ok(()) => Ok(see_other(&format!("/moderation/fiches/{slug}?fait=1"))),
        Err(error) => {
            let errors = Problems::new(l.locale, &field_problems(error)?);
            review::with_problems(&state, l, &slug, errors, message).await
        }
    }
}

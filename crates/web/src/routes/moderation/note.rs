//! `POST /moderation/fiches/{slug}/note`: a private note among moderators.

use axum::extract::{Path, State};
use axum::response::Response;

use crate::auth::Moderator;
use crate::kit::FormFields;
use crate::kit::field_problems;
use crate::kit::{Problems, see_other};
use crate::page::Layout;
use crate::routes::providers::review;
use crate::{AppError, AppState};

pub async fn add(
    State(state): State<AppState>,
    Moderator(moderator): Moderator,
    l: Layout,
    Path(slug): Path<String>,
    fields: FormFields,
) -> Result<Response, AppError> {
    let body = fields.text("note");
    match essaim_app::moderation::note::add_note(state.app(), &moderator.account, &slug, &body)
        .await
    {
        Ok(()) => Ok(see_other(&format!("/moderation/fiches/{slug}#notes"))),
        Err(error) => {
            let errors = Problems::new(l.locale, &field_problems(error)?);
            review::with_problems(&state, l, &slug, errors, String::new()).await
        }
    }
}

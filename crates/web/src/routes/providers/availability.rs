//! `POST /espace-prestataire/fiches/{slug}/disponibilite`: available, fully
//! booked or paused, applied at once.

use axum::extract::{Path, State};
use axum::response::Response;
use essaim_domain::taxonomy::Availability;

use super::space_path;
use crate::auth::Provider;
use crate::kit::FormFields;
use crate::kit::see_other;
use crate::{AppError, AppState};

pub async fn set(
    State(state): State<AppState>,
    Provider(user): Provider,
    Path(slug): Path<String>,
    fields: FormFields,
) -> Result<Response, AppError> {
    let availability = Availability::from_slug(&fields.text("availability"))
        .ok_or(AppError::BadRequest("availability"))?;
    essaim_app::providers::availability::set_availability(
        state.app(),
        &user.account,
        &slug,
        availability,
    )
    .await?;
    Ok(see_other(&format!(
        "{}?fait=disponibilite",
        space_path(&slug)
    )))
}

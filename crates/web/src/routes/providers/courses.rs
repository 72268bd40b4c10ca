//! `POST /espace-prestataire/fiches/{slug}/parcours`: the managers choose
//! whether the public profile shows the courses they completed.

use axum::extract::{Path, State};
use axum::response::Response;
use essaim_app::courses::showcase::show_on_profile;

use super::space_path;
use crate::auth::Provider;
use crate::kit::{FormFields, see_other};
use crate::{AppError, AppState};

pub async fn set(
    State(state): State<AppState>,
    Provider(user): Provider,
    Path(slug): Path<String>,
    fields: FormFields,
) -> Result<Response, AppError> {
    let show = fields.text("afficher") == "oui";
    show_on_profile(state.app(), &user.account, &slug, show).await?;
    Ok(see_other(&format!(
        "{}?fait=parcours#parcours",
        space_path(&slug)
    )))
}

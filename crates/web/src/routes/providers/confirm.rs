//! `POST /espace-prestataire/fiches/{slug}/confirmer`: "still current".

use axum::extract::{Path, State};
use axum::response::Response;

use super::space_path;
use crate::auth::Provider;
use crate::kit::see_other;
use crate::{AppError, AppState};

pub async fn confirm(
    State(state): State<AppState>,
    Provider(user): Provider,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    essaim_app::providers::confirm::confirm(state.app(), &user.account, &slug).await?;
    Ok(see_other(&format!("{}?fait=confirmee", space_path(&slug))))
}

//! `POST /espace-prestataire/fiches/{slug}/soumettre`.

use axum::extract::{Path, State};
use axum::response::Response;

use super::{overview, space_path};
use crate::auth::Provider;
use crate::kit::field_problems;
use crate::kit::see_other;
use crate::page::Layout;
use crate::{AppError, AppState};

pub async fn submit(
    State(state): State<AppState>,
    Provider(user): Provider,
    l: Layout,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    match essaim_app::providers::submit::submit(state.app(), &user.account, &slug).await {
        Ok(()) => Ok(see_other(&format!("{}?fait=soumise", space_path(&slug)))),
        Err(error) => {
            let problems = field_problems(error)?;
            overview::refused_submission(&state, &user, l, &slug, problems).await
        }
    }
}

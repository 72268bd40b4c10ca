//! `/espace-prestataire/fiches/{slug}/apercu`: the working copy exactly as
//! the public page will show it.

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::response::Response;

use crate::auth::Provider;
use crate::page::Layout;
use crate::routes::directory::profile;
use crate::{AppError, AppState};

pub async fn show(
    State(state): State<AppState>,
    Provider(user): Provider,
    l: Layout,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let row = essaim_app::providers::managed(state.app(), &user.account, &slug).await?;
    let banner = l.text("providers-preview-banner").into_owned();
    let showcase = profile::showcase(&state, &slug).await?;
    Ok(profile::render_profile(
        &state,
        l,
        Arc::new(row.profile.public()),
        Some((banner, super::space_path(&slug))),
        profile::ContactForm::default(),
        false,
        showcase,
    ))
}

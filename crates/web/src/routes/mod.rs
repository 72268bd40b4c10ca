//! One file per page or action. Each pillar's module maps its own paths in
//! `routes()`; this module only merges them.

pub mod accounts;
mod admin;
mod api;
pub mod associations;
pub mod catalogue;
pub mod community;
pub mod courses;
pub(crate) mod directory;
pub mod library;
mod moderation;
mod pooling;
mod providers;
mod roadmap;
pub(crate) mod site;

use axum::Router;

use crate::{AppError, AppState};

pub fn all() -> Router<AppState> {
    Router::new()
        .merge(site::routes())
        .merge(directory::routes())
        .merge(api::routes())
        .merge(accounts::routes())
        .merge(providers::routes())
        .merge(associations::routes())
        .merge(catalogue::routes())
        .merge(roadmap::routes())
        .merge(community::routes())
        .merge(library::routes())
        .merge(courses::routes())
        .merge(pooling::routes())
        .merge(moderation::routes())
        .merge(admin::routes())
        .fallback(|| async { AppError::NotFound })
}

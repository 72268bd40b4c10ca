//! The HTTP interface of Essaim: thin handlers under `routes/`, cross-cutting
//! behaviour under `middleware/`, pages rendered by askama templates in the
//! reader's language.

pub mod assets;
pub mod auth;
mod community_pages;
mod cookies;
mod directory_cache;
mod error;
mod html;
pub mod i18n;
mod kit;
mod middleware;
mod page;
pub mod rate_limit;
mod routes;
mod state;

pub use error::AppError;
pub use state::{AppState, SecuritySettings, SiteSettings};

use axum::Router;

/// The whole application, ready to be served.
pub fn router(state: AppState) -> Router {
    middleware::wrap(routes::all(), state)
}

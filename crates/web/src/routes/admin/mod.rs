//! `/admin`: pages for the instance's administrators only.

pub mod accounts;
pub mod instance;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};

use crate::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/admin/comptes", get(accounts::list))
        .route("/admin/comptes/{id}/role", post(accounts::change_role))
        .route(
            "/admin",
            get(|| async { crate::kit::see_other("/admin/instance") }),
        )
        .route(
            "/admin/instance",
            get(instance::show).post(instance::submit),
        )
        .route(
            "/admin/instance/logo",
            post(instance::logo).layer(DefaultBodyLimit::max(instance::LOGO_BODY_LIMIT)),
        )
        .route("/medias/instance/{name}", get(instance::serve_logo))
}

//! `/admin`: pages for the instance's administrators only.

pub mod accounts;

use axum::Router;
use axum::routing::{get, post};

use crate::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/admin/comptes", get(accounts::list))
        .route("/admin/comptes/{id}/role", post(accounts::change_role))
}

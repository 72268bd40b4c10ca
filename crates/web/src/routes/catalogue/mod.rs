//! `/catalogue`: the free tools by need, each tool's page with who hosts
//! and who supports it, and what replaces a proprietary tool. Read from
//! the catalogue the directory's index was built with, so that the counts
//! and the tools agree.

pub mod helpers;
pub mod index;
pub mod replace;
pub mod tool;

use axum::Router;
use axum::routing::get;

use crate::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/catalogue", get(index::show))
        .route("/catalogue/remplacer", get(replace::pick))
        .route("/catalogue/remplacer/{tool}", get(replace::show))
        .route("/catalogue/{tool}", get(tool::show))
}

pub fn tool_path(slug: &str) -> String {
    format!("/catalogue/{slug}")
}

pub fn replace_path(slug: &str) -> String {
    format!("/catalogue/remplacer/{slug}")
}

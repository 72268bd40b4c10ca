//! `/catalogue`: the free tools by need, each tool's page with who hosts
//! and who supports it, and what replaces a proprietary tool. Read from
//! the catalogue the directory's index was built with, so that the counts
//! and the tools agree.

pub mod edit;
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
        .route("/moderation/catalogue", get(edit::list))
        .route(
            "/moderation/catalogue/logiciels/nouveau",
            get(edit::tool_form).post(edit::tool_save),
        )
        .route(
            "/moderation/catalogue/logiciels/{slug}",
            get(edit::tool_form).post(edit::tool_save),
        )
        .route(
            "/moderation/catalogue/proprietaires/nouveau",
            get(edit::proprietary_form).post(edit::proprietary_save),
        )
        .route(
            "/moderation/catalogue/proprietaires/{slug}",
            get(edit::proprietary_form).post(edit::proprietary_save),
        )
        .route(
            "/moderation/catalogue/besoins/nouveau",
            get(edit::need_form).post(edit::need_save),
        )
        .route(
            "/moderation/catalogue/besoins/{slug}",
            get(edit::need_form).post(edit::need_save),
        )
}

pub fn tool_path(slug: &str) -> String {
    format!("/catalogue/{slug}")
}

/// A need's section of the catalogue.
pub fn need_path(slug: &str) -> String {
    format!("/catalogue#{slug}")
}

pub fn replace_path(slug: &str) -> String {
    format!("/catalogue/remplacer/{slug}")
}

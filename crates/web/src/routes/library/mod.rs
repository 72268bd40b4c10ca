//! `/ressources`: the library. Searching and reading are open to all;
//! members propose resources, moderators review them at
//! `/moderation/ressources/{slug}`. Every write goes through
//! `essaim_app::library`.

pub mod fields;
pub mod open_data;
pub mod propose;
pub mod resource;
pub mod review;
pub mod search;
pub mod watch;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::get;

use crate::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/ressources", get(search::show))
        .route("/ressources/flux.atom", get(open_data::feed))
        .route("/ressources/export.csv", get(open_data::csv))
        .route("/ressources/export.json", get(open_data::json_export))
        .route(
            "/ressources/proposer",
            get(propose::form)
                .post(propose::submit)
                .layer(DefaultBodyLimit::max(propose::BODY_LIMIT)),
        )
        .route("/ressources/fichiers/{name}", get(resource::file))
        .route("/ressources/{slug}", get(resource::show))
        .route("/moderation/ressources", get(watch::show))
        .route(
            "/moderation/ressources/{slug}",
            get(review::show).post(review::decide),
        )
}

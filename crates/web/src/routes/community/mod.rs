//! `/communaute`: the forum. Reading is open to all; writing needs an
//! account, and every write goes through `essaim_app::community`, which
//! checks who may do it.

pub mod categories;
pub mod compose;
pub mod feed;
pub mod follow;
pub mod index;
pub mod member;
pub mod moderate;
pub mod post;
pub mod search;
pub mod topic;
pub mod view;

use axum::Router;
use axum::routing::{get, post};

pub use essaim_domain::community::topic_path;

use crate::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/communaute", get(index::home))
        .route("/communaute/flux.atom", get(feed::latest))
        .route("/communaute/c/{category}", get(index::category))
        .route("/communaute/c/{category}/flux.atom", get(feed::category))
        .route("/communaute/t/{id}/flux.atom", get(feed::topic))
        .route(
            "/communaute/nouveau",
            get(compose::new_topic).post(compose::start),
        )
        .route("/communaute/t/{id}", get(topic::show).post(compose::reply))
        .route("/communaute/t/{id}/{slug}", get(topic::show_with_slug))
        .route("/communaute/t/{id}/solution", post(post::solve))
        .route("/communaute/t/{id}/moderation", post(moderate::topic))
        .route(
            "/communaute/m/{id}/modifier",
            get(post::edit_form).post(post::edit),
        )
        .route("/communaute/m/{id}/historique", get(post::history))
        .route("/communaute/m/{id}/supprimer", post(post::delete))
        .route("/communaute/m/{id}/merci", post(post::thank))
        .route("/communaute/m/{id}/masquer", post(moderate::post))
        .route("/communaute/m/{id}/validation", post(moderate::approval))
        .route(
            "/communaute/membres/{handle}/confiance",
            post(member::set_trust),
        )
        .route("/communaute/recherche", get(search::show))
        .route(
            "/admin/communaute",
            get(categories::show).post(categories::create),
        )
        .route("/admin/communaute/{slug}", post(categories::update))
        .route("/communaute/t/{id}/suivi", post(follow::topic))
        .route("/communaute/c/{category}/suivi", post(follow::category))
        .route("/communaute/notifications", get(follow::notifications))
        .route("/communaute/notifications/lues", post(follow::read_all))
        .route(
            "/communaute/preferences",
            get(follow::preferences).post(follow::save_preferences),
        )
        .route(
            "/communaute/courriels/{token}",
            get(follow::by_token).post(follow::save_by_token),
        )
        .route("/communaute/membres/{handle}", get(member::show))
}

pub use essaim_domain::community::member_path;

//! One file per page or action; this module only maps paths to handlers.

pub mod accounts;
mod admin;
mod api;
pub(crate) mod directory;
mod health;
mod home;
pub(crate) mod language;
mod moderation;
mod privacy;
mod provider_space;
mod static_files;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};

use crate::{AppError, AppState};

pub fn all() -> Router<AppState> {
    Router::new()
        .route("/", get(home::show))
        .route("/healthz", get(health::check))
        .route("/annuaire", get(directory::search::show))
        .route("/annuaire/export.csv", get(directory::export_csv::export))
        .route(
            "/annuaire/export.geojson",
            get(directory::export_geojson::export),
        )
        .route("/annuaire/{slug}", get(directory::profile::show))
        .route("/annuaire/{slug}/contact", post(directory::contact::send))
        .route("/api/v1/prestataires", get(api::providers_list::list))
        .route(
            "/api/v1/prestataires/{slug}",
            get(api::providers_show::show),
        )
        .route("/api/openapi.json", get(api::openapi::document))
        .route("/langue/{code}", get(language::switch))
        .route("/confidentialite", get(privacy::show))
        .route(
            "/inscription",
            get(accounts::register::show).post(accounts::register::submit),
        )
        .route("/inscription/envoyee", get(accounts::register::sent))
        .route(
            "/inscription/confirmer",
            get(accounts::verify_email::show).post(accounts::verify_email::confirm),
        )
        .route(
            "/connexion",
            get(accounts::sign_in::show).post(accounts::sign_in::submit),
        )
        .route("/deconnexion", post(accounts::sign_out::submit))
        .route(
            "/mot-de-passe-oublie",
            get(accounts::forgot_password::show).post(accounts::forgot_password::submit),
        )
        .route(
            "/mot-de-passe-oublie/envoye",
            get(accounts::forgot_password::sent),
        )
        .route(
            "/mot-de-passe-oublie/nouveau",
            get(accounts::reset_password::show).post(accounts::reset_password::submit),
        )
        .route("/compte", get(accounts::account_page::show))
        .route(
            "/compte/mot-de-passe",
            post(accounts::change_password::submit),
        )
        .route("/compte/adresse", post(accounts::change_email::submit))
        .route(
            "/compte/adresse/confirmer",
            get(accounts::change_email::show_confirm).post(accounts::change_email::confirm_change),
        )
        .route("/compte/langue", post(accounts::language::submit))
        .route("/compte/export", get(accounts::export::download))
        .route(
            "/compte/supprimer",
            get(accounts::delete::show).post(accounts::delete::submit),
        )
        .route("/compte/supprime", get(accounts::delete::done))
        .route("/espace-prestataire", get(provider_space::home::show))
        .route(
            "/espace-prestataire/devenir",
            post(provider_space::home::become_provider),
        )
        .route(
            "/espace-prestataire/fiches",
            post(provider_space::home::create),
        )
        .route(
            "/espace-prestataire/fiches/{slug}",
            get(provider_space::overview::show),
        )
        .route(
            "/espace-prestataire/fiches/{slug}/apercu",
            get(provider_space::preview::show),
        )
        .route(
            "/espace-prestataire/fiches/{slug}/soumettre",
            post(provider_space::submit::submit),
        )
        .route(
            "/espace-prestataire/fiches/{slug}/disponibilite",
            post(provider_space::availability::set),
        )
        .route(
            "/espace-prestataire/fiches/{slug}/confirmer",
            post(provider_space::confirm::confirm),
        )
        .route(
            "/espace-prestataire/fiches/{slug}/gestionnaires",
            post(provider_space::managers::invite_manager),
        )
        .route(
            "/espace-prestataire/fiches/{slug}/quitter",
            post(provider_space::managers::leave_profile),
        )
        .route(
            "/espace-prestataire/fiches/{slug}/logo",
            post(provider_space::logo::upload)
                .layer(DefaultBodyLimit::max(provider_space::logo::BODY_LIMIT)),
        )
        .route("/medias/logos/{name}", get(provider_space::logo::serve))
        .route(
            "/espace-prestataire/invitation",
            get(provider_space::managers::show_invitation)
                .post(provider_space::managers::accept_invitation),
        )
        .route(
            "/espace-prestataire/fiches/{slug}/{step}",
            get(provider_space::step::show).post(provider_space::step::save),
        )
        .route("/moderation", get(moderation::queue::show))
        .route("/moderation/journal", get(moderation::journal::show))
        .route("/moderation/fiches/{slug}", get(moderation::review::show))
        .route(
            "/moderation/fiches/{slug}/decision",
            post(moderation::decide::decide),
        )
        .route(
            "/moderation/fiches/{slug}/note",
            post(moderation::note::add),
        )
        .route("/admin/comptes", get(admin::accounts::list))
        .route(
            "/admin/comptes/{id}/role",
            post(admin::accounts::change_role),
        )
        .route("/static/{file}", get(static_files::serve))
        .fallback(|| async { AppError::NotFound })
}

//! `/espace-prestataire`: providers create, fill, submit and keep their
//! profiles current. Every handler goes through `essaim_app::providers`,
//! which checks that the account manages the profile. Moderators review
//! profiles at `/moderation/fiches/{slug}` (`review`, `decide`).

pub mod availability;
pub mod confirm;
mod courses;
pub mod decide;
pub mod describe;
pub mod home;
pub mod logo;
pub mod managers;
pub mod overview;
pub mod preview;
pub mod record_form;
pub mod review;
pub mod step;
pub mod steps;
pub mod submit;

use essaim_domain::Locale;
use essaim_domain::problems::FieldProblem;
use essaim_domain::taxonomy::ProviderStatus;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};

use crate::AppState;
use crate::kit::Problems;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/espace-prestataire", get(home::show))
        .route("/espace-prestataire/devenir", post(home::become_provider))
        .route("/espace-prestataire/fiches", post(home::create))
        .route("/espace-prestataire/fiches/{slug}", get(overview::show))
        .route(
            "/espace-prestataire/fiches/{slug}/apercu",
            get(preview::show),
        )
        .route(
            "/espace-prestataire/fiches/{slug}/soumettre",
            post(submit::submit),
        )
        .route(
            "/espace-prestataire/fiches/{slug}/disponibilite",
            post(availability::set),
        )
        .route(
            "/espace-prestataire/fiches/{slug}/parcours",
            post(courses::set),
        )
        .route(
            "/espace-prestataire/fiches/{slug}/confirmer",
            post(confirm::confirm),
        )
        .route(
            "/espace-prestataire/fiches/{slug}/gestionnaires",
            post(managers::invite_manager),
        )
        .route(
            "/espace-prestataire/fiches/{slug}/quitter",
            post(managers::leave_profile),
        )
        .route(
            "/espace-prestataire/fiches/{slug}/logo",
            get(logo::show)
                .post(logo::upload)
                .layer(DefaultBodyLimit::max(logo::BODY_LIMIT)),
        )
        .route("/medias/logos/{name}", get(logo::serve))
        .route(
            "/espace-prestataire/invitation",
            get(managers::show_invitation).post(managers::accept_invitation),
        )
        .route(
            "/espace-prestataire/fiches/{slug}/{step}",
            get(step::show).post(step::save),
        )
        .route("/moderation/fiches/{slug}", get(review::show))
        .route("/moderation/fiches/{slug}/apercu", get(review::preview))
        .route("/moderation/fiches/{slug}/decision", post(decide::decide))
}

/// The problems of a refused profile form in the reader's language, each
/// beside the input of its field.
pub fn record_problems(locale: Locale, problems: &[FieldProblem]) -> Problems {
    Problems::with_ids(locale, problems, field_id)
}

/// The id of the input a record field is typed in: `references[2].year`
/// becomes `ref2_year`, `zone.regions` becomes `regions`.
pub fn field_id(field: &str) -> String {
    if let Some(rest) = field.strip_prefix("references[") {
        let (index, name) = rest
            .split_once("].")
            .unwrap_or((rest.trim_end_matches(']'), "association"));
        return format!("ref{index}_{name}");
    }
    match field {
        "zone.regions" => "regions".into(),
        "zone.departements" => "departements".into(),
        "zone" => "nationwide".into(),
        "contact.email" => "contact_email".into(),
        "contact.phone" => "contact_phone".into(),
        "pricing.text" => "pricing_text".into(),
        "pricing.flags" => "pricing_flags".into(),
        "references" => "ref1_association".into(),
        other => other.replace('.', "_"),
    }
}

/// The translation key of a review state, as the provider reads it.
pub fn status_key(status: ProviderStatus) -> &'static str {
    match status {
        ProviderStatus::Draft => "providers-status-draft",
        ProviderStatus::Submitted => "providers-status-submitted",
        ProviderStatus::Published => "providers-status-published",
        ProviderStatus::ChangesRequested => "providers-status-changes",
        ProviderStatus::Refused => "providers-status-refused",
        ProviderStatus::Suspended => "providers-status-suspended",
    }
}

pub fn space_path(slug: &str) -> String {
    format!("/espace-prestataire/fiches/{slug}")
}

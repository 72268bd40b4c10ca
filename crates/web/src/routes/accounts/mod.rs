//! Registration, sign-in, password reset and the account page: one file
//! per page or action; the cookies they set are below.

pub mod account_page;
pub mod change_email;
pub mod change_password;
pub mod delete;
pub mod export;
pub mod forgot_password;
pub mod language;
pub mod register;
pub mod reset_password;
pub mod sign_in;
pub mod sign_out;
pub mod verify_email;

use axum::Router;
use axum::http::header;
use axum::response::Response;
use axum::routing::{get, post};
use essaim_domain::Locale;

use crate::{AppState, cookies};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/inscription", get(register::show).post(register::submit))
        .route("/inscription/envoyee", get(register::sent))
        .route("/inscription/renvoyer", post(register::resend))
        .route(
            "/inscription/confirmer",
            get(verify_email::show).post(verify_email::confirm),
        )
        .route("/connexion", get(sign_in::show).post(sign_in::submit))
        .route("/deconnexion", post(sign_out::submit))
        .route(
            "/mot-de-passe-oublie",
            get(forgot_password::show).post(forgot_password::submit),
        )
        .route("/mot-de-passe-oublie/envoye", get(forgot_password::sent))
        .route(
            "/mot-de-passe-oublie/nouveau",
            get(reset_password::show).post(reset_password::submit),
        )
        .route("/compte", get(account_page::show))
        .route("/compte/mot-de-passe", post(change_password::submit))
        .route("/compte/adresse", post(change_email::submit))
        .route(
            "/compte/adresse/confirmer",
            get(change_email::show_confirm).post(change_email::confirm_change),
        )
        .route("/compte/langue", post(language::submit))
        .route("/compte/export", get(export::download))
        .route("/compte/supprimer", get(delete::show).post(delete::submit))
        .route("/compte/supprime", get(delete::done))
}

/// Sets the cookie of a session just opened, for its absolute lifetime.
pub fn set_session_cookie(response: &mut Response, state: &AppState, token: &str) {
    response.headers_mut().append(
        header::SET_COOKIE,
        cookies::set(
            crate::middleware::SESSION_COOKIE,
            token,
            Some(essaim_app::accounts::session::ABSOLUTE_SECONDS),
            state.site().is_https(),
        ),
    );
}

pub fn clear_session_cookie(response: &mut Response, state: &AppState) {
    response.headers_mut().append(
        header::SET_COOKIE,
        cookies::clear(crate::middleware::SESSION_COOKIE, state.site().is_https()),
    );
}

/// Remembers the account's language in this browser too.
pub fn set_language_cookie(response: &mut Response, state: &AppState, locale: Locale) {
    response.headers_mut().append(
        header::SET_COOKIE,
        cookies::set(
            crate::middleware::LOCALE_COOKIE,
            locale.code(),
            Some(31_536_000),
            state.site().is_https(),
        ),
    );
}

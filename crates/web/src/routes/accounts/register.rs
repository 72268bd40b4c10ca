//! `/inscription`: the form, then "check your inbox", whatever the address.

use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::response::Response;
use serde::Deserialize;

use crate::auth::ClientIp;
use crate::kit::{Problems, problems_of, refused, see_other, too_many};
use crate::page::{Layout, render};
use crate::{AppError, AppState};

#[derive(Template)]
#[template(path = "accounts/register.html")]
struct RegisterPage {
    l: Layout,
    errors: Problems,
    email: String,
}

pub async fn show(l: Layout) -> Response {
    render(&RegisterPage {
        l,
        errors: Problems::none(),
        email: String::new(),
    })
}

#[derive(Deserialize)]
pub struct RegisterForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    /// The "I am a provider" box.
    #[serde(default)]
    prestataire: Option<String>,
}

pub async fn submit(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    l: Layout,
    Form(form): Form<RegisterForm>,
) -> Result<Response, AppError> {
    state
        .limits()
        .registration_per_ip
        .check(&ip.to_string())
        .map_err(too_many)?;
    match essaim_app::accounts::register::request(
        state.app(),
        &form.email,
        &form.password,
        l.locale,
        form.prestataire.is_some(),
    )
    .await
    {
        Ok(()) => Ok(see_other("/inscription/envoyee")),
        Err(error) => {
            let errors = problems_of(error, l.locale)?;
            Ok(refused(&RegisterPage {
                l,
                errors,
                email: form.email,
            }))
        }
    }
}

#[derive(Template)]
#[template(path = "accounts/sent.html")]
struct SentPage {
    l: Layout,
    resent: bool,
    errors: Problems,
    email: String,
}

#[derive(Deserialize)]
pub struct Resent {
    renvoye: Option<String>,
}

/// The same page whether the address was new, known or unconfirmed, with a
/// way to have the link sent again.
pub async fn sent(l: Layout, Query(resent): Query<Resent>) -> Response {
    render(&SentPage {
        l,
        resent: resent.renvoye.is_some(),
        errors: Problems::none(),
        email: String::new(),
    })
}

#[derive(Deserialize)]
pub struct ResendForm {
    #[serde(default)]
    email: String,
}

pub async fn resend(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    l: Layout,
    Form(form): Form<ResendForm>,
) -> Result<Response, AppError> {
    state
        .limits()
        .registration_per_ip
        .check(&ip.to_string())
        .map_err(too_many)?;
    match essaim_app::accounts::register::resend(state.app(), &form.email).await {
        Ok(()) => Ok(see_other("/inscription/envoyee?renvoye=1")),
        Err(error) => {
            let errors = problems_of(error, l.locale)?;
            Ok(refused(&SentPage {
                l,
                resent: false,
                errors,
                email: form.email,
            }))
        }
    }
}

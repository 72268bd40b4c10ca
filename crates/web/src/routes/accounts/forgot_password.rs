//! `/mot-de-passe-oublie`: always the same answer; a link goes out only to
//! an address with an account.

use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use essaim_domain::accounts::EmailAddress;
use serde::Deserialize;

use crate::auth::ClientIp;
use crate::kit::{Notice, Problems, problems_of, refused, see_other, too_many};
use crate::page::{Layout, render};
use crate::{AppError, AppState};

#[derive(Template)]
#[template(path = "accounts/forgot.html")]
struct ForgotPage {
    l: Layout,
    errors: Problems,
    email: String,
}

pub async fn show(l: Layout) -> Response {
    render(&ForgotPage {
        l,
        errors: Problems::none(),
        email: String::new(),
    })
}

#[derive(Deserialize)]
pub struct ForgotForm {
    #[serde(default)]
    email: String,
}

pub async fn submit(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    l: Layout,
    Form(form): Form<ForgotForm>,
) -> Result<Response, AppError> {
    let limits = state.limits();
    limits
        .reset_per_ip
        .check(&ip.to_string())
        .map_err(too_many)?;
    if let Some(email) = EmailAddress::parse(&form.email) {
        limits
            .reset_per_address
            .check(email.as_str())
            .map_err(too_many)?;
    }
    match essaim_app::accounts::password_reset::request(state.app(), &form.email).await {
        Ok(()) => Ok(see_other("/mot-de-passe-oublie/envoye")),
        Err(error) => {
            let errors = problems_of(error, l.locale)?;
            Ok(refused(&ForgotPage {
                l,
                errors,
                email: form.email,
            }))
        }
    }
}

pub async fn sent(l: Layout) -> Response {
    Notice::new(
        l,
        "forgot-sent-title",
        &["forgot-sent-body", "register-sent-spam"],
    )
    .into_response()
}

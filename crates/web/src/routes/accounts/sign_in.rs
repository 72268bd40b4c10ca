//! `/connexion`. Limited per address and per account; a wrong address and a
//! wrong password get the same answer.

use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use essaim_app::accounts::sign_in::{SignIn, sign_in};
use essaim_domain::accounts::EmailAddress;
use serde::Deserialize;

use super::{set_language_cookie, set_session_cookie};
use crate::auth::ClientIp;
use crate::kit::{Notice, Problems, refused, see_other, too_many};
use crate::page::{Layout, render};
use crate::routes::site::language::is_local_path;
use crate::{AppError, AppState};

#[derive(Template)]
#[template(path = "accounts/sign_in.html")]
struct SignInPage {
    l: Layout,
    errors: Problems,
    message: Option<String>,
    email: String,
    back: String,
}

#[derive(Deserialize)]
pub struct SignInQuery {
    retour: Option<String>,
    confirme: Option<String>,
    reinitialise: Option<String>,
}

pub async fn show(l: Layout, Query(query): Query<SignInQuery>) -> Response {
    let message = if query.confirme.is_some() {
        Some(l.text("sign-in-confirmed").into_owned())
    } else if query.reinitialise.is_some() {
        Some(l.text("sign-in-after-reset").into_owned())
    } else {
        None
    };
    render(&SignInPage {
        l,
        errors: Problems::none(),
        message,
        email: String::new(),
        back: query
            .retour
            .filter(|p| is_local_path(p))
            .unwrap_or_default(),
    })
}

#[derive(Deserialize)]
pub struct SignInForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    retour: String,
}

pub async fn submit(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    l: Layout,
    Form(form): Form<SignInForm>,
) -> Result<Response, AppError> {
    let limits = state.limits();
    limits
        .login_per_ip
        .check(&ip.to_string())
        .map_err(too_many)?;
    let address = EmailAddress::parse(&form.email)
        .map(|e| e.to_string())
        .unwrap_or_else(|| form.email.trim().to_lowercase());
    let limited = limits
        .login_per_address_and_ip
        .check(&format!("{address} {ip}"))
        .and_then(|()| limits.login_per_address.check(&address));
    if let Err(wait) = limited {
        tracing::warn!(target: "essaim::auth", event = "login.lockout", retry_after = wait.as_secs());
        return Err(too_many(wait));
    }
    match sign_in(state.app(), &form.email, &form.password).await? {
        SignIn::Opened { session, account } => {
            let target = Some(form.retour)
                .filter(|p| is_local_path(p))
                .unwrap_or_else(|| workspace(&account).to_string());
            let mut response = see_other(&target);
            set_session_cookie(&mut response, &state, &session.token);
            set_language_cookie(&mut response, &state, account.locale);
            Ok(response)
        }
        SignIn::WrongCredentials => {
            let errors = Problems::new(
                l.locale,
                &[essaim_domain::problems::FieldProblem::new(
                    "email",
                    "sign-in-wrong",
                )],
            );
            Ok(refused(&SignInPage {
                l,
                errors,
                message: None,
                email: form.email,
                back: form.retour,
            }))
        }
        SignIn::Unverified => {
            Ok(
                Notice::new(l, "sign-in-unverified-title", &["sign-in-unverified-body"])
                    .into_response(),
            )
        }
    }
}

/// Where a sign-in leads when it was not asked from another page: each role
/// to the place it works in.
fn workspace(account: &essaim_store::Account) -> &'static str {
    use essaim_domain::accounts::Role;
    match account.role {
        Role::Moderateur | Role::Admin => "/moderation",
        Role::Prestataire => "/espace-prestataire",
        Role::Membre => "/compte",
    }
}

//! `/mot-de-passe-oublie/nouveau`: the link from the email leads to a form
//! for the new password; the link works once.

use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::response::Response;
use essaim_app::accounts::password_reset::{ResetOutcome, complete, is_valid};
use serde::Deserialize;

use super::verify_email::invalid_link;
use crate::kit::{Problems, TokenParam, problems_of, refused, see_other};
use crate::page::{Layout, render};
use crate::{AppError, AppState};

#[derive(Template)]
#[template(path = "accounts/reset.html")]
struct ResetPage {
    l: Layout,
    errors: Problems,
    token: String,
}

pub async fn show(
    State(state): State<AppState>,
    l: Layout,
    Query(query): Query<TokenParam>,
) -> Result<Response, AppError> {
    if !is_valid(state.app(), &query.jeton).await? {
        return Ok(invalid_link(l));
    }
    Ok(render(&ResetPage {
        l,
        errors: Problems::none(),
        token: query.jeton,
    }))
}

#[derive(Deserialize)]
pub struct ResetForm {
    #[serde(default)]
    jeton: String,
    #[serde(default)]
    password: String,
}

pub async fn submit(
    State(state): State<AppState>,
    l: Layout,
    Form(form): Form<ResetForm>,
) -> Result<Response, AppError> {
    match complete(state.app(), &form.jeton, &form.password).await {
        Ok(ResetOutcome::Done) => Ok(see_other("/connexion?reinitialise=1")),
        Ok(ResetOutcome::LinkInvalid) => Ok(invalid_link(l)),
        Err(error) => {
            let errors = problems_of(error, l.locale)?;
            Ok(refused(&ResetPage {
                l,
                errors,
                token: form.jeton,
            }))
        }
    }
}

//! `/compte/supprimer`: asks for the password, then deletes the account and
//! signs out.

use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::clear_session_cookie;
use essaim_store::HandOver;

use crate::auth::{CurrentUser, SignedIn};
use crate::i18n::translate_with;
use crate::kit::{Notice, Problems, problems_of, refused, see_other};
use crate::page::{Layout, render};
use crate::{AppError, AppState};

#[derive(Template)]
#[template(path = "accounts/delete.html")]
struct DeletePage {
    l: Layout,
    errors: Problems,
    /// The profiles only this account manages: they stay, and their
    /// messages go to the network's team.
    alone: Vec<(String, String)>,
    /// What becomes of the associations this account alone runs.
    associations: Vec<String>,
}

async fn associations(
    state: &AppState,
    l: &Layout,
    user: &SignedIn,
) -> Result<Vec<String>, AppError> {
    Ok(
        essaim_app::associations::hand_over::preview(state.app(), &user.account)
            .await?
            .into_iter()
            .map(|outcome| match outcome {
                HandOver::Deleted { name } => translate_with(
                    l.locale,
                    "delete-association-deleted",
                    &[("name", name.into())],
                ),
                HandOver::NewResponsable { name, person, .. } => translate_with(
                    l.locale,
                    "delete-association-handed-over",
                    &[("name", name.into()), ("email", person.email.into())],
                ),
            })
            .collect(),
    )
}

async fn alone(state: &AppState, user: &SignedIn) -> Result<Vec<(String, String)>, AppError> {
    Ok(state
        .db()
        .providers_only_managed_by(user.account.id)
        .await?
        .into_iter()
        .map(|(slug, name)| (format!("/espace-prestataire/fiches/{slug}"), name))
        .collect())
}

pub async fn show(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    l: Layout,
) -> Result<Response, AppError> {
    Ok(render(&DeletePage {
        alone: alone(&state, &user).await?,
        associations: associations(&state, &l, &user).await?,
        l,
        errors: Problems::none(),
    }))
}

#[derive(Deserialize)]
pub struct DeleteForm {
    #[serde(default)]
    password: String,
}

pub async fn submit(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    l: Layout,
    Form(form): Form<DeleteForm>,
) -> Result<Response, AppError> {
    state.limits().check_password_attempt(&user.account)?;
    match essaim_app::accounts::delete::delete_account(state.app(), &user.account, &form.password)
        .await
    {
        Ok(()) => {
            let mut response = see_other("/compte/supprime");
            clear_session_cookie(&mut response, &state);
            Ok(response)
        }
        Err(error) => {
            let errors = problems_of(error, l.locale)?;
            Ok(refused(&DeletePage {
                alone: alone(&state, &user).await?,
                associations: associations(&state, &l, &user).await?,
                l,
                errors,
            }))
        }
    }
}

pub async fn done(l: Layout) -> Response {
    Notice::new(l, "deleted-title", &["deleted-body"]).into_response()
}

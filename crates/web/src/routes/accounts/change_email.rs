//! Changing the address: `POST /compte/adresse` sends a link to the new
//! address; `/compte/adresse/confirmer` (from that link) makes the change.

use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use essaim_app::accounts::change_email::{ConfirmOutcome, confirm, is_valid, request};
use serde::Deserialize;

use super::account_page;
use super::verify_email::{ConfirmPage, invalid_link};
use crate::auth::CurrentUser;
use crate::kit::{Notice, TokenParam, problems_of, see_other};
use crate::page::{Layout, render};
use crate::{AppError, AppState};

#[derive(Deserialize)]
pub struct ChangeEmailForm {
    #[serde(default)]
    new_email: String,
    #[serde(default)]
    password: String,
}

pub async fn submit(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    l: Layout,
    Form(form): Form<ChangeEmailForm>,
) -> Result<Response, AppError> {
    state.limits().check_password_attempt(&user.account)?;
    match request(state.app(), &user.account, &form.password, &form.new_email).await {
        Ok(()) => Ok(see_other("/compte?fait=adresse-envoyee")),
        Err(error) => {
            let errors = problems_of(error, l.locale)?;
            Ok(account_page::with_problems(
                l,
                &user,
                errors,
                form.new_email,
            ))
        }
    }
}

pub async fn show_confirm(
    State(state): State<AppState>,
    l: Layout,
    Query(query): Query<TokenParam>,
) -> Result<Response, AppError> {
    if !is_valid(state.app(), &query.jeton).await? {
        return Ok(invalid_link(l));
    }
    let intro = l.text("email-change-intro").into_owned();
    Ok(render(&ConfirmPage::new(
        l,
        "email-change-title",
        intro,
        "email-change-submit",
        "/compte/adresse/confirmer",
        query.jeton,
    )))
}

pub async fn confirm_change(
    State(state): State<AppState>,
    l: Layout,
    Form(form): Form<TokenParam>,
) -> Result<Response, AppError> {
    Ok(match confirm(state.app(), &form.jeton).await? {
        ConfirmOutcome::Done => see_other(if l.signed_in() {
            "/compte?fait=adresse"
        } else {
            "/connexion"
        }),
        ConfirmOutcome::LinkInvalid => invalid_link(l),
        ConfirmOutcome::AddressTaken => {
            Notice::new(l, "email-change-taken-title", &["email-change-taken-body"])
                .with_status(StatusCode::CONFLICT)
                .into_response()
        }
    })
}

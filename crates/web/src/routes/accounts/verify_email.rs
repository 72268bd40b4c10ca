//! `/inscription/confirmer`: the link from the email shows a button; the
//! button (a POST, so that mail scanners opening links do not use it up)
//! confirms the address.

use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use essaim_app::accounts::verify_email::{LinkState, confirm as confirm_link, link_state};

use crate::kit::{Notice, TokenParam, see_other};
use crate::page::{Layout, render};
use crate::{AppError, AppState};

#[derive(Template)]
#[template(path = "accounts/confirm.html")]
pub struct ConfirmPage {
    pub l: Layout,
    pub title: String,
    pub intro: String,
    pub button: String,
    pub action: &'static str,
    pub token: String,
}

impl ConfirmPage {
    /// The page a single-use link opens: its text and one button that
    /// posts the token to `action`.
    pub fn new(
        l: Layout,
        title_key: &str,
        intro: String,
        button_key: &str,
        action: &'static str,
        token: String,
    ) -> ConfirmPage {
        ConfirmPage {
            title: l.text(title_key).into_owned(),
            intro,
            button: l.text(button_key).into_owned(),
            action,
            token,
            l,
        }
    }
}

/// A confirmation link used again, once the address is confirmed.
fn already_confirmed(l: Layout) -> Response {
    Notice::new(l, "verify-already-title", &["verify-already-body"])
        .link("/connexion", "sign-in-submit")
        .into_response()
}

pub fn invalid_link(l: Layout) -> Response {
    Notice::new(l, "link-invalid-title", &["link-invalid-body"])
        .link("/mot-de-passe-oublie", "link-invalid-action")
        .with_status(StatusCode::GONE)
}

pub async fn show(
    State(state): State<AppState>,
    l: Layout,
    Query(query): Query<TokenParam>,
) -> Result<Response, AppError> {
    match link_state(state.app(), &query.jeton).await? {
        LinkState::Usable => {}
        LinkState::AlreadyConfirmed => return Ok(already_confirmed(l)),
        LinkState::Invalid => return Ok(invalid_link(l)),
    }
    let intro = l.text("verify-intro").into_owned();
    Ok(render(&ConfirmPage::new(
        l,
        "verify-title",
        intro,
        "verify-submit",
        "/inscription/confirmer",
        query.jeton,
    )))
}

pub async fn confirm(
    State(state): State<AppState>,
    l: Layout,
    Form(form): Form<TokenParam>,
) -> Result<Response, AppError> {
    Ok(match confirm_link(state.app(), &form.jeton).await? {
        LinkState::Usable => see_other("/connexion?confirme=1"),
        LinkState::AlreadyConfirmed => already_confirmed(l),
        LinkState::Invalid => invalid_link(l),
    })
}

//! `POST /compte/mot-de-passe`: every other session ends; this browser gets
//! a new session cookie.

use axum::Form;
use axum::extract::State;
use axum::response::Response;
use serde::Deserialize;

use super::{account_page, set_session_cookie};
use crate::auth::CurrentUser;
use crate::kit::{problems_of, see_other};
use crate::page::Layout;
use crate::{AppError, AppState};

#[derive(Deserialize)]
pub struct ChangePasswordForm {
    #[serde(default)]
    current_password: String,
    #[serde(default)]
    new_password: String,
}

pub async fn submit(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    l: Layout,
    Form(form): Form<ChangePasswordForm>,
) -> Result<Response, AppError> {
    state.limits().check_password_attempt(&user.account)?;
    match essaim_app::accounts::change_password::change_password(
        state.app(),
        &user.account,
        &form.current_password,
        &form.new_password,
    )
    .await
    {
        Ok(session) => {
            let mut response = see_other("/compte?fait=mot-de-passe");
            set_session_cookie(&mut response, &state, &session.token);
            Ok(response)
        }
        Err(error) => {
            let errors = problems_of(error, l.locale)?;
            Ok(account_page::with_problems(l, &user, errors, String::new()))
        }
    }
}

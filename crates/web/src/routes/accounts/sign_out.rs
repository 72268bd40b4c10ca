//! `POST /deconnexion`: ends this session on the server, not only in the
//! browser.

use axum::extract::State;
use axum::response::Response;

use super::clear_session_cookie;
use crate::auth::CurrentUser;
use crate::kit::see_other;
use crate::{AppError, AppState};

pub async fn submit(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
) -> Result<Response, AppError> {
    essaim_app::accounts::session::sign_out(state.app(), &user.token, user.account.id).await?;
    let mut response = see_other("/");
    clear_session_cookie(&mut response, &state);
    Ok(response)
}

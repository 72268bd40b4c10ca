//! `POST /compte/langue`: the account's language, for its pages and emails.

use axum::Form;
use axum::extract::State;
use axum::response::Response;
use essaim_domain::Locale;
use serde::Deserialize;

use super::{account_page, set_language_cookie};
use crate::auth::CurrentUser;
use crate::kit::{Problems, see_other};
use crate::page::Layout;
use crate::{AppError, AppState};

#[derive(Deserialize)]
pub struct LanguageForm {
    #[serde(default)]
    language: String,
}

pub async fn submit(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    l: Layout,
    Form(form): Form<LanguageForm>,
) -> Result<Response, AppError> {
    let Some(locale) = Locale::parse(&form.language) else {
        let errors = Problems::new(
            l.locale,
            &[essaim_domain::problems::FieldProblem::new(
                "language",
                "account-language-unknown",
            )],
        );
        return Ok(account_page::with_problems(l, &user, errors, String::new()));
    };
    essaim_app::accounts::set_locale::set_locale(state.app(), &user.account, locale).await?;
    let mut response = see_other("/compte?fait=langue");
    set_language_cookie(&mut response, &state, locale);
    Ok(response)
}

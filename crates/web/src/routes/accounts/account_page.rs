//! `/compte`: what the account is, and the forms to change it. The forms'
//! handlers render this page again when they refuse something.

use askama::Template;
use axum::extract::Query;
use axum::response::Response;
use essaim_domain::Locale;

use crate::auth::{CurrentUser, SignedIn};
use crate::kit::Done;
use crate::kit::{Problems, refused};
use crate::page::{Layout, render};

#[derive(Template)]
#[template(path = "accounts/account.html")]
struct AccountPage {
    l: Layout,
    errors: Problems,
    message: Option<String>,
    email: String,
    role: String,
    since: String,
    new_email: String,
    languages: Vec<(&'static str, &'static str, bool)>,
}

fn page(
    l: Layout,
    user: &SignedIn,
    errors: Problems,
    message: Option<String>,
    new_email: String,
) -> AccountPage {
    let account = &user.account;
    AccountPage {
        email: account.email.clone(),
        role: l.text(account.role.label_key()).into_owned(),
        since: l.date(account.created_at),
        languages: Locale::ALL
            .iter()
            .map(|loc| (loc.code(), loc.native_name(), *loc == account.locale))
            .collect(),
        l,
        errors,
        message,
        new_email,
    }
}

/// The confirmation shown after a change, from a fixed list.
fn done_message(l: &Layout, done: Option<&str>) -> Option<String> {
    let key = match done? {
        "mot-de-passe" => "account-done-password",
        "adresse-envoyee" => "account-done-email-sent",
        "adresse" => "account-done-email",
        "langue" => "account-done-language",
        _ => return None,
    };
    Some(l.text(key).into_owned())
}

pub async fn show(CurrentUser(user): CurrentUser, l: Layout, Query(done): Query<Done>) -> Response {
    let message = done_message(&l, done.fait.as_deref());
    render(&page(l, &user, Problems::none(), message, String::new()))
}

/// The page again with the problems of one of its forms (status 422).
pub fn with_problems(l: Layout, user: &SignedIn, errors: Problems, new_email: String) -> Response {
    refused(&page(l, user, errors, None, new_email))
}

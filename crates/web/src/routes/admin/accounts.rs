//! `/admin/comptes`: every account, newest first, with its role.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use essaim_app::accounts::set_role::LAST_ADMIN;
use essaim_domain::accounts::Role;
use serde::Deserialize;

use crate::auth::Admin;
use crate::i18n::translate_with;
use crate::kit::Pager;
use crate::kit::see_other;
use crate::page::{Layout, render};
use crate::{AppError, AppState};

const PER_PAGE: i64 = 50;

struct Row {
    id: i64,
    email: String,
    verified: bool,
    since: String,
    role_label: String,
    roles: Vec<(&'static str, String, bool)>,
}

#[derive(Template)]
#[template(path = "admin/accounts.html")]
struct AccountsPage {
    l: Layout,
    message: Option<String>,
    problem: Option<String>,
    total_line: String,
    rows: Vec<Row>,
    previous: Option<String>,
    next: Option<String>,
}

#[derive(Deserialize)]
pub struct ListQuery {
    page: Option<String>,
    fait: Option<String>,
    refus: Option<String>,
}

pub async fn list(
    State(state): State<AppState>,
    _admin: Admin,
    l: Layout,
    Query(query): Query<ListQuery>,
) -> Result<Response, AppError> {
    let pager = Pager::new(query.page.as_deref(), PER_PAGE);
    let total = state.db().count_accounts().await?;
    let accounts = state.db().list_accounts(PER_PAGE, pager.offset()).await?;
    let rows = accounts
        .into_iter()
        .map(|a| Row {
            role_label: translate_with(
                l.locale,
                "admin-accounts-role-of",
                &[("email", a.email.clone().into())],
            ),
            id: a.id,
            verified: a.is_verified(),
            since: l.date(a.created_at),
            roles: Role::ALL
                .iter()
                .map(|r| (r.slug(), l.text(r.label_key()).into_owned(), *r == a.role))
                .collect(),
            email: a.email,
        })
        .collect();
    Ok(render(&AccountsPage {
        message: query
            .fait
            .is_some()
            .then(|| l.text("admin-accounts-done").into_owned()),
        problem: match query.refus.as_deref() {
            Some("dernier-admin") => Some(l.text("form-last-admin").into_owned()),
            Some(_) => Some(l.text("admin-account-missing").into_owned()),
            None => None,
        },
        total_line: translate_with(l.locale, "admin-accounts-total", &[("count", total.into())]),
        rows,
        previous: pager.previous("/admin/comptes"),
        next: pager.next("/admin/comptes", total),
        l,
    }))
}

#[derive(Deserialize)]
pub struct RoleForm {
    #[serde(default)]
    role: String,
}

pub async fn change_role(
    State(state): State<AppState>,
    Admin(admin): Admin,
    Path(id): Path<i64>,
    Form(form): Form<RoleForm>,
) -> Result<Response, AppError> {
    let role = Role::from_slug(&form.role).ok_or(AppError::BadRequest("role"))?;
    match essaim_app::accounts::set_role::set_role(state.app(), &admin.account, id, role).await {
        Ok(()) => Ok(see_other("/admin/comptes?fait=1")),
        Err(essaim_app::Error::Conflict(LAST_ADMIN)) => {
            Ok(see_other("/admin/comptes?refus=dernier-admin"))
        }
        Err(essaim_app::Error::NotFound) => Ok(see_other("/admin/comptes?refus=compte")),
        Err(error) => Err(error.into()),
    }
}

//! `/espace-prestataire`: the profiles an account manages, and a new one.

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use essaim_domain::accounts::Role;

use super::{space_path, status_key};
use crate::auth::{CurrentUser, Provider};
use crate::kit::FormFields;
use crate::kit::field_problems;
use crate::kit::{Problems, refused, see_other};
use crate::page::{Layout, render};
use crate::{AppError, AppState};

pub struct ManagedRow {
    pub name: String,
    pub href: String,
    pub status: String,
    pub public_href: Option<String>,
}

#[derive(Template)]
#[template(path = "providers/home.html")]
struct HomePage {
    l: Layout,
    is_member: bool,
    rows: Vec<ManagedRow>,
    errors: Problems,
    draft_name: String,
}

async fn page(
    state: &AppState,
    l: Layout,
    user: &crate::auth::SignedIn,
    errors: Problems,
    name: String,
) -> Result<HomePage, AppError> {
    let rows = state
        .db()
        .providers_managed_by(user.account.id)
        .await?
        .into_iter()
        .map(|row| ManagedRow {
            name: row.profile.name.clone(),
            href: space_path(&row.slug),
            status: l.text(status_key(row.status)).into_owned(),
            public_href: row
                .published
                .as_ref()
                .map(|_| format!("/annuaire/{}", row.slug)),
        })
        .collect();
    Ok(HomePage {
        is_member: user.account.role == Role::Membre,
        l,
        rows,
        errors,
        draft_name: name,
    })
}

pub async fn show(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    l: Layout,
) -> Result<Response, AppError> {
    Ok(render(
        &page(&state, l, &user, Problems::none(), String::new()).await?,
    ))
}

/// A member asks for the provider role (granted at once: every profile is
/// reviewed anyway).
pub async fn become_provider(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
) -> Result<Response, AppError> {
    essaim_app::providers::become_provider::become_provider(state.app(), &user.account).await?;
    Ok(see_other("/espace-prestataire"))
}

pub async fn create(
    State(state): State<AppState>,
    Provider(user): Provider,
    l: Layout,
    fields: FormFields,
) -> Result<Response, AppError> {
    let name = fields.text("name");
    match essaim_app::providers::create_draft::create_draft(state.app(), &user.account, &name).await
    {
        Ok(slug) => Ok(see_other(&format!("{}/identite", space_path(&slug)))),
        Err(error) => {
            let problems = field_problems(error)?;
            let errors = Problems::new(l.locale, &problems);
            Ok(refused(&page(&state, l, &user, errors, name).await?))
        }
    }
}

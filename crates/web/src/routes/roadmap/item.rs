//! One item of a plan: add it (`POST …/feuille-de-route`), see and change
//! it with the dated history of its statuses (`…/feuille-de-route/{id}`),
//! remove it.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use essaim_app::roadmap::item_of;
use essaim_domain::problems::FieldProblem;
use essaim_domain::taxonomy::MemberRole;

use super::form::{Choices, ItemForm};
use super::plan::refused_item;
use super::plan_path;
use crate::auth::{CurrentUser, SignedIn};
use crate::kit::{FormFields, Problems, field_problems, refused, see_other};
use crate::page::{Layout, render};
use crate::{AppError, AppState};

/// A status the item took, as the history shows it.
pub struct HistoryLine {
    pub date: String,
    pub status: &'static str,
    pub reason: Option<String>,
    pub actor: String,
}

#[derive(Template)]
#[template(path = "roadmap/item.html")]
struct ItemPage {
    l: Layout,
    slug: String,
    name: String,
    id: i64,
    need: String,
    f: ItemForm,
    choices: Choices,
    errors: Problems,
    history: Vec<HistoryLine>,
    /// A responsable decides what the public page shows.
    runs_it: bool,
    published: bool,
}

pub async fn add(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    l: Layout,
    Path(slug): Path<String>,
    fields: FormFields,
) -> Result<Response, AppError> {
    let f = ItemForm::read(&fields);
    let problems = match f.item() {
        Err(problems) => problems,
        Ok(item) => {
            match essaim_app::roadmap::add(state.app(), &user.account, &slug, &item).await {
                Ok(_) => return Ok(see_other(&format!("{}?fait=ajoute", plan_path(&slug)))),
                Err(error) => field_problems(error)?,
            }
        }
    };
    refused_item(&state, l, &user, &slug, f, problems).await
}

async fn page(
    state: &AppState,
    l: Layout,
    user: &SignedIn,
    slug: &str,
    id: i64,
    f: Option<ItemForm>,
    problems: Vec<FieldProblem>,
) -> Result<ItemPage, AppError> {
    let (association, row) = item_of(state.app(), &user.account, slug, id).await?;
    let runs_it = state
        .db()
        .association_role(association.id, user.account.id)
        .await?
        == Some(MemberRole::Responsable);
    let members = state.db().association_members(association.id).await?;
    let catalogue = state.app().catalogue();
    let zone = &state.app().settings().time_zone;
    let locale = l.locale;
    let history = state
        .db()
        .roadmap_history(row.id)
        .await?
        .into_iter()
        .map(|change| HistoryLine {
            date: zone.date_of(change.at).long(locale),
            status: change.status.label(locale),
            reason: change.reason,
            actor: change
                .actor
                .unwrap_or_else(|| l.text("roadmap-history-gone").into_owned()),
        })
        .collect();
    Ok(ItemPage {
        slug: association.slug.clone(),
        name: association.details.name.clone(),
        id: row.id,
        need: catalogue
            .need(&row.item.need)
            .map(|n| n.name(locale).to_string())
            .unwrap_or_else(|| row.item.need.clone()),
        f: f.unwrap_or_else(|| ItemForm::of(&row.item)),
        choices: Choices::of(&catalogue, &members, locale),
        errors: Problems::new(locale, &problems),
        history,
        runs_it,
        published: row.published_at.is_some(),
        l,
    })
}

pub async fn show(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    l: Layout,
    Path((slug, id)): Path<(String, i64)>,
) -> Result<Response, AppError> {
    Ok(render(
        &page(&state, l, &user, &slug, id, None, Vec::new()).await?,
    ))
}

pub async fn save(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    l: Layout,
    Path((slug, id)): Path<(String, i64)>,
    fields: FormFields,
) -> Result<Response, AppError> {
    let f = ItemForm::read(&fields);
    let problems = match f.item() {
        Err(problems) => problems,
        Ok(item) => {
            match essaim_app::roadmap::update(state.app(), &user.account, &slug, id, &item).await {
                Ok(()) => return Ok(see_other(&format!("{}?fait=modifie", plan_path(&slug)))),
                Err(error) => field_problems(error)?,
            }
        }
    };
    Ok(refused(
        &page(&state, l, &user, &slug, id, Some(f), problems).await?,
    ))
}

pub async fn remove(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path((slug, id)): Path<(String, i64)>,
) -> Result<Response, AppError> {
    essaim_app::roadmap::remove(state.app(), &user.account, &slug, id).await?;
    Ok(see_other(&format!("{}?fait=supprime", plan_path(&slug))))
}

/// A responsable's switch: on the association's public page, or not.
pub async fn publish(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path((slug, id)): Path<(String, i64)>,
    fields: FormFields,
) -> Result<Response, AppError> {
    let public = fields.checked("public");
    essaim_app::roadmap::publish(state.app(), &user.account, &slug, id, public).await?;
    let done = if public { "publie" } else { "retire-public" };
    Ok(see_other(&format!("{}?fait={done}", plan_path(&slug))))
}

//! `/admin/communaute`: an administrator edits the forum's categories
//! (name, address, description, order, who may start topics) and adds
//! new ones. A refused form comes back open, with what was typed.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use essaim_app::community::categories;
use essaim_domain::community::CategoryDraft;
use essaim_domain::problems::FieldProblem;

use crate::auth::Admin;
use crate::kit::{Done, FormFields, Problems, field_problems, refused, see_other};
use crate::page::{Layout, render};
use crate::{AppError, AppState};

pub struct CategoryForm {
    /// The address it has now; empty for the new category's form.
    pub current: String,
    /// Its name as saved, for the form's heading (what was typed may be
    /// refused).
    pub saved_name: String,
    pub draft: CategoryDraft,
    pub errors: Problems,
    /// Opened: the one just refused.
    pub open: bool,
}

#[derive(Template)]
#[template(path = "community/categories.html")]
struct CategoriesPage {
    l: Layout,
    forms: Vec<CategoryForm>,
    saved: bool,
}

async fn page(
    state: &AppState,
    l: Layout,
    refused_form: Option<(String, CategoryDraft, Vec<FieldProblem>)>,
    saved: bool,
) -> Result<CategoriesPage, AppError> {
    let existing = state.db().community_category_list().await?;
    let next_position = existing.iter().map(|c| c.position).max().unwrap_or(0) + 1;
    let mut forms: Vec<CategoryForm> = existing
        .into_iter()
        .map(|c| CategoryForm {
            current: c.slug.clone(),
            saved_name: c.name.clone(),
            draft: CategoryDraft {
                slug: c.slug,
                name: c.name,
                description: c.description,
                position: c.position,
                starters: c.starters.slug().to_string(),
            },
            errors: Problems::none(),
            open: false,
        })
        .collect();
    forms.push(CategoryForm {
        current: String::new(),
        saved_name: String::new(),
        draft: CategoryDraft {
            position: next_position,
            starters: "membres".into(),
            ..CategoryDraft::default()
        },
        errors: Problems::none(),
        open: false,
    });
    if let Some((current, draft, problems)) = refused_form
        && let Some(form) = forms.iter_mut().find(|f| f.current == current)
    {
        form.draft = draft;
        form.errors = Problems::new(l.locale, &problems);
        form.open = true;
    }
    Ok(CategoriesPage { l, forms, saved })
}

pub async fn show(
    State(state): State<AppState>,
    _admin: Admin,
    l: Layout,
    Query(done): Query<Done>,
) -> Result<Response, AppError> {
    let saved = done.fait.as_deref() == Some("enregistre");
    Ok(render(&page(&state, l, None, saved).await?))
}

fn draft_of(fields: &FormFields) -> CategoryDraft {
    CategoryDraft {
        slug: fields.text("slug"),
        name: fields.text("name"),
        description: fields.text("description"),
        position: fields.text("position").parse().unwrap_or(0),
        starters: fields.text("starters"),
    }
}

async fn save(
    state: AppState,
    admin: Admin,
    l: Layout,
    current: Option<String>,
    fields: FormFields,
) -> Result<Response, AppError> {
    let draft = draft_of(&fields);
    match categories::save(state.app(), &admin.0.account, current.as_deref(), &draft).await {
        Ok(_) => Ok(see_other("/admin/communaute?fait=enregistre")),
        Err(error) => {
            let problems = field_problems(error)?;
            let page = page(
                &state,
                l,
                Some((current.unwrap_or_default(), draft, problems)),
                false,
            )
            .await?;
            Ok(refused(&page))
        }
    }
}

pub async fn create(
    State(state): State<AppState>,
    admin: Admin,
    l: Layout,
    fields: FormFields,
) -> Result<Response, AppError> {
    save(state, admin, l, None, fields).await
}

pub async fn update(
    State(state): State<AppState>,
    admin: Admin,
    l: Layout,
    Path(slug): Path<String>,
    fields: FormFields,
) -> Result<Response, AppError> {
    save(state, admin, l, Some(slug), fields).await
}

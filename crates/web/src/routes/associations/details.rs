//! `/espace-association/{slug}/presentation`: a responsable changes what
//! the association says of itself.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use essaim_app::associations::{edit::edit, run_by};

use super::{DetailsForm, read_details, space_path, with_commune_problem};
use crate::auth::CurrentUser;
use crate::kit::{FormFields, Problems, field_problems, refused, see_other};
use crate::page::{Layout, render};
use crate::{AppError, AppState};

#[derive(Template)]
#[template(path = "associations/details.html")]
struct DetailsPage {
    l: Layout,
    slug: String,
    name: String,
    errors: Problems,
    f: DetailsForm,
}

pub async fn show(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    l: Layout,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let row = run_by(state.app(), &user.account, &slug).await?;
    Ok(render(&DetailsPage {
        l,
        f: DetailsForm::of(&row.details),
        name: row.details.name,
        slug: row.slug,
        errors: Problems::none(),
    }))
}

pub async fn save(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    l: Layout,
    Path(slug): Path<String>,
    fields: FormFields,
) -> Result<Response, AppError> {
    let row = run_by(state.app(), &user.account, &slug).await?;
    let submitted = read_details(&fields, &row.details.commune);
    let page = |l, errors, f| DetailsPage {
        l,
        slug: row.slug.clone(),
        name: row.details.name.clone(),
        errors,
        f,
    };
    if submitted.form.asks_commune() {
        return Ok(render(&page(l, Problems::none(), submitted.form)));
    }
    match edit(state.app(), &user.account, &slug, &submitted.details).await {
        Ok(()) => Ok(see_other(&format!(
            "{}?fait=presentation",
            space_path(&slug)
        ))),
        Err(error) => {
            let problems = with_commune_problem(field_problems(error)?, submitted.commune_problem);
            let errors = Problems::new(l.locale, &problems);
            Ok(refused(&page(l, errors, submitted.form)))
        }
    }
}

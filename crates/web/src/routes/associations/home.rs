//! `/espace-association`: the associations a person belongs to, and a new
//! one.

use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;

use super::{DetailsForm, read_details, space_path, with_commune_problem};
use crate::auth::{CurrentUser, SignedIn};
use crate::kit::{Done, FormFields, Problems, field_problems, refused, see_other};
use crate::page::{Layout, render};
use crate::{AppError, AppState};

pub struct MembershipLine {
    pub name: String,
    pub href: String,
    pub role: &'static str,
    pub place: String,
}

#[derive(Template)]
#[template(path = "associations/home.html")]
struct HomePage {
    l: Layout,
    lines: Vec<MembershipLine>,
    errors: Problems,
    f: DetailsForm,
    /// Just left an association.
    left: bool,
}

async fn page(
    state: &AppState,
    l: Layout,
    user: &SignedIn,
    errors: Problems,
    f: DetailsForm,
) -> Result<HomePage, AppError> {
    let lines = state
        .db()
        .associations_of(user.account.id)
        .await?
        .into_iter()
        .map(|m| MembershipLine {
            href: space_path(&m.association.slug),
            role: m.role.label(l.locale),
            place: essaim_domain::geo::commune_by_insee(&m.association.details.commune)
                .map(|c| c.name().to_string())
                .unwrap_or_default(),
            name: m.association.details.name,
        })
        .collect();
    Ok(HomePage {
        l,
        lines,
        errors,
        f,
        left: false,
    })
}

pub async fn show(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    l: Layout,
    Query(done): Query<Done>,
) -> Result<Response, AppError> {
    let mut page = page(&state, l, &user, Problems::none(), DetailsForm::default()).await?;
    page.left = done.fait.as_deref() == Some("quittee");
    Ok(render(&page))
}

pub async fn create(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    l: Layout,
    fields: FormFields,
) -> Result<Response, AppError> {
    let submitted = read_details(&fields, "");
    if submitted.form.asks_commune() {
        return Ok(render(
            &page(&state, l, &user, Problems::none(), submitted.form).await?,
        ));
    }
    let created = essaim_app::associations::create::create(
        state.app(),
        &user.account,
        &submitted.details,
        &submitted.form.slug,
    )
    .await;
    match created {
        Ok(slug) => Ok(see_other(&format!("{}?fait=creee", space_path(&slug)))),
        Err(error) => {
            let problems = with_commune_problem(field_problems(error)?, submitted.commune_problem);
            let errors = Problems::new(l.locale, &problems);
            Ok(refused(
                &page(&state, l, &user, errors, submitted.form).await?,
            ))
        }
    }
}

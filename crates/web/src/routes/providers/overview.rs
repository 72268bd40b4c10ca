//! `/espace-prestataire/fiches/{slug}`: where the profile stands, what is
//! left to fill in, and what the provider can do now.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use essaim_domain::catalogue::Catalogue;
use essaim_domain::date::Date;
use essaim_domain::problems::FieldProblem;
use essaim_domain::taxonomy::{Availability, ProviderStatus};
use essaim_store::ProviderRow;

use super::steps::{Step, problems_of};
use super::{space_path, status_key};
use crate::auth::{Provider, SignedIn};
use crate::i18n::translate_with;
use crate::kit::Done;
use crate::kit::refused;
use crate::page::{Layout, render};
use crate::{AppError, AppState};

pub struct StepLine {
    pub title: String,
    pub href: String,
    pub problems: Vec<String>,
}

#[derive(Template)]
#[template(path = "providers/overview.html")]
pub struct OverviewPage {
    pub l: Layout,
    pub name: String,
    pub slug: String,
    pub status: String,
    pub status_class: &'static str,
    pub message: Option<String>,
    pub message_title: String,
    pub steps: Vec<StepLine>,
    pub can_submit: bool,
    pub ready: bool,
    pub submit_problems: Vec<String>,
    pub pending_version: bool,
    pub public_href: Option<String>,
    pub availability: Vec<(&'static str, &'static str, bool)>,
    pub can_confirm: bool,
    pub verified: String,
    pub contacts_line: String,
    pub done: Option<String>,
    pub suspended: bool,
    pub managers: Vec<String>,
    pub invite_error: Option<String>,
    pub leave_error: Option<String>,
    /// The profile shows the courses its managers completed.
    pub shows_courses: bool,
    /// The titles of the courses its managers completed.
    pub courses: Vec<String>,
}

pub fn page(
    l: Layout,
    row: &ProviderRow,
    managers: Vec<String>,
    mut submit_problems: Vec<FieldProblem>,
    done: Option<String>,
    catalogue: &Catalogue,
) -> OverviewPage {
    let locale = l.locale;
    let take = |problems: &mut Vec<FieldProblem>, field: &str| {
        let found = problems
            .iter()
            .find(|p| p.field == field)
            .map(|p| p.message(locale));
        problems.retain(|p| p.field != field);
        found
    };
    let invite_error = take(&mut submit_problems, "invite_email");
    let leave_error = take(&mut submit_problems, "leave");
    let problems = row.profile.problems_for_publication(catalogue);
    let steps = Step::ALL
        .iter()
        .map(|step| StepLine {
            title: l.text(step.title_key()).into_owned(),
            href: format!("{}/{}", space_path(&row.slug), step.slug()),
            problems: problems_of(*step, &problems)
                .into_iter()
                .map(|p| p.message(locale))
                .collect(),
        })
        .collect();
    let status_class = match row.status {
        ProviderStatus::Published => "ok",
        ProviderStatus::Submitted => "wait",
        ProviderStatus::Draft => "neutral",
        _ => "alert",
    };
    let message_title = match row.status {
        ProviderStatus::Refused => "providers-message-refused",
        ProviderStatus::Suspended => "providers-message-suspended",
        _ => "providers-message-changes",
    };
    let current = row.published.as_ref().unwrap_or(&row.profile).availability;
    OverviewPage {
        name: row.profile.name.clone(),
        slug: row.slug.clone(),
        status: l.text(status_key(row.status)).into_owned(),
        status_class,
        message: row.decision_message.clone(),
        message_title: l.text(message_title).into_owned(),
        steps,
        can_submit: row.status.is_being_edited(),
        ready: problems.is_empty(),
        submit_problems: submit_problems
            .into_iter()
            .map(|p| p.message(locale))
            .collect(),
        pending_version: row.published.is_some()
            && row.status != ProviderStatus::Published
            && row.status != ProviderStatus::Suspended,
        public_href: (row.published.is_some() && row.status != ProviderStatus::Suspended)
            .then(|| format!("/annuaire/{}", row.slug)),
        availability: Availability::ALL
            .iter()
            .map(|a| (a.slug(), a.label(l.locale), *a == current))
            .collect(),
        can_confirm: row.published.is_some() && row.status != ProviderStatus::Suspended,
        verified: row
            .published
            .as_ref()
            .and_then(|p| p.last_verified_date())
            .map(|d: Date| {
                translate_with(
                    l.locale,
                    "providers-verified-on",
                    &[("date", d.long(l.locale).into())],
                )
            })
            .unwrap_or_default(),
        contacts_line: translate_with(
            l.locale,
            "providers-contacts",
            &[("count", row.contact_count.into())],
        ),
        done,
        suspended: row.status == ProviderStatus::Suspended,
        managers,
        invite_error,
        leave_error,
        shows_courses: false,
        courses: Vec::new(),
        l,
    }
}

/// What the page says of the courses the managers completed.
async fn with_courses(
    state: &AppState,
    mut page: OverviewPage,
    row: &ProviderRow,
) -> Result<OverviewPage, AppError> {
    page.shows_courses = state.db().provider_shows_courses(row.id).await?;
    page.courses = state.db().provider_managers_courses(row.id).await?;
    Ok(page)
}

fn done_message(l: &Layout, done: Option<&str>) -> Option<String> {
    let key = match done? {
        "enregistre" => "providers-done-saved",
        "soumise" => "providers-done-submitted",
        "disponibilite" => "providers-done-availability",
        "confirmee" => "providers-done-confirmed",
        "invitation" => "providers-done-invitation",
        "parcours" => "providers-done-courses",
        _ => return None,
    };
    Some(l.text(key).into_owned())
}

pub async fn show(
    State(state): State<AppState>,
    Provider(user): Provider,
    l: Layout,
    Path(slug): Path<String>,
    Query(done): Query<Done>,
) -> Result<Response, AppError> {
    let row = essaim_app::providers::managed(state.app(), &user.account, &slug).await?;
    let done = done_message(&l, done.fait.as_deref());
    let managers = manager_emails(&state, row.id).await?;
    let page = page(
        l,
        &row,
        managers,
        Vec::new(),
        done,
        &state.app().catalogue(),
    );
    Ok(render(&with_courses(&state, page, &row).await?))
}

/// The overview again with why the submission was refused.
pub async fn refused_submission(
    state: &AppState,
    user: &SignedIn,
    l: Layout,
    slug: &str,
    problems: Vec<FieldProblem>,
) -> Result<Response, AppError> {
    let row = essaim_app::providers::managed(state.app(), &user.account, slug).await?;
    let managers = manager_emails(state, row.id).await?;
    let page = page(l, &row, managers, problems, None, &state.app().catalogue());
    Ok(refused(&with_courses(state, page, &row).await?))
}

async fn manager_emails(state: &AppState, provider_id: i64) -> Result<Vec<String>, AppError> {
    Ok(state
        .db()
        .provider_managers(provider_id)
        .await?
        .into_iter()
        .map(|m| m.email)
        .collect())
}

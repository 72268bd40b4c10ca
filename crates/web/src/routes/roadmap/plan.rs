//! The plan page: progress by status as a chart drawn in SVG (no script),
//! the steps of a transition as a checklist, the items by priority, and
//! the form to add one.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use essaim_app::associations::belonging;
use essaim_app::courses::suggest;
use essaim_domain::Locale;
use essaim_domain::catalogue::Catalogue;
use essaim_domain::courses::suggest::Reason;
use essaim_domain::problems::FieldProblem;
use essaim_domain::roadmap::progress;
use essaim_domain::taxonomy::{ItemStatus, TransitionStep};
use essaim_store::{AssociationMember, ItemRow};

use super::form::{Choices, ItemForm};
use super::plan_path;
use crate::auth::{CurrentUser, SignedIn};
use crate::i18n::translate_with;
use crate::kit::{Done, FormFields, Problems, refused, see_other};
use crate::page::{Layout, render};
use crate::{AppError, AppState};

/// One status's part of the progress bar.
pub struct Segment {
    pub label: &'static str,
    pub count: usize,
    /// Where it starts and how wide it is, in per cent of the bar.
    pub x: f64,
    pub width: f64,
    pub colour: &'static str,
}

/// An item as the plan lists it.
pub struct ItemLine {
    pub href: String,
    /// The providers who can help with it.
    pub help_href: String,
    pub need: String,
    pub current: String,
    pub chosen: Option<(String, String)>,
    pub status: &'static str,
    pub status_slug: &'static str,
    pub priority: &'static str,
    pub target: Option<String>,
    pub owner: Option<String>,
    pub reason: Option<String>,
    /// On the association's public page.
    pub public: bool,
}

#[derive(Template)]
#[template(path = "roadmap/plan.html")]
pub struct PlanPage {
    pub l: Layout,
    pub slug: String,
    pub name: String,
    pub total: usize,
    pub segments: Vec<Segment>,
    pub summary: String,
    /// (slug, label, ticked)
    pub steps: Vec<(&'static str, &'static str, bool)>,
    pub items: Vec<ItemLine>,
    pub f: ItemForm,
    pub choices: Choices,
    pub errors: Problems,
    pub done: Option<&'static str>,
    /// Whether some items are on the public page.
    pub has_public: bool,
    /// Lessons of the course that fit the plan: (path, title, why).
    pub lessons: Vec<(String, String, String)>,
}

/// Colours of the chart, one per status, distinct for colour-blind eyes
/// too (the legend says the same in words).
fn colour(status: ItemStatus) -> &'static str {
    match status {
        ItemStatus::ToDo => "#9e9e9e",
        ItemStatus::Testing => "#e69f00",
        ItemStatus::InProgress => "#56b4e9",
        ItemStatus::Partial => "#0072b2",
        ItemStatus::Done => "#009e73",
        ItemStatus::Kept => "#cc79a7",
    }
}

pub fn segments(items: &[ItemRow], locale: Locale) -> (Vec<Segment>, usize) {
    let counts = progress(items.iter().map(|i| i.item.status));
    let total: usize = counts.iter().sum();
    let mut x = 0.0;
    let segments = ItemStatus::ALL
        .iter()
        .zip(&counts)
        .map(|(status, count)| {
            let width = if total == 0 {
                0.0
            } else {
                100.0 * *count as f64 / total as f64
            };
            let segment = Segment {
                label: status.label(locale),
                count: *count,
                x,
                width,
                colour: colour(*status),
            };
            x += width;
            segment
        })
        .collect();
    (segments, total)
}

pub fn item_line(
    slug: &str,
    row: &ItemRow,
    catalogue: &Catalogue,
    members: &[AssociationMember],
    l: &Layout,
) -> ItemLine {
    let item = &row.item;
    let tool_name = |slug: &str| {
        catalogue
            .proprietary_tool(slug)
            .map(|p| p.name.clone())
            .or_else(|| catalogue.tool(slug).map(|t| t.name.clone()))
            .unwrap_or_else(|| slug.to_string())
    };
    ItemLine {
        href: format!("{}/{}", plan_path(slug), row.id),
        help_href: super::help::help_path(slug, Some(row.id)),
        need: catalogue
            .need(&item.need)
            .map(|n| n.name(l.locale).to_string())
            .unwrap_or_else(|| item.need.clone()),
        current: item
            .current_tool
            .as_deref()
            .map(tool_name)
            .or_else(|| item.current_other.clone())
            .unwrap_or_else(|| l.text("roadmap-current-none").into_owned()),
        chosen: item.chosen_tool.as_deref().map(|t| {
            (
                catalogue.tool(t).map_or(t.to_string(), |t| t.name.clone()),
                crate::routes::catalogue::tool_path(t),
            )
        }),
        status: item.status.label(l.locale),
        status_slug: item.status.slug(),
        priority: item.priority.label(l.locale),
        target: item.target_date.map(|d| d.long(l.locale)),
        owner: item.owner_id.and_then(|id| {
            members
                .iter()
                .find(|m| m.person.account_id == id)
                .map(|m| m.person.email.clone())
        }),
        reason: item.reason.clone(),
        public: row.published_at.is_some(),
    }
}

fn done_key(done: Option<&str>) -> Option<&'static str> {
    Some(match done? {
        "ajoute" => "roadmap-done-added",
        "modifie" => "roadmap-done-saved",
        "supprime" => "roadmap-done-removed",
        "etapes" => "roadmap-done-steps",
        "publie" => "roadmap-done-published",
        "retire-public" => "roadmap-done-unpublished",
        "diagnostic" => "roadmap-done-diagnostic",
        _ => return None,
    })
}

pub async fn page(
    state: &AppState,
    l: Layout,
    user: &SignedIn,
    slug: &str,
    f: ItemForm,
    problems: Vec<FieldProblem>,
) -> Result<PlanPage, AppError> {
    let (association, _) = belonging(state.app(), &user.account, slug).await?;
    let items = state.db().roadmap_items(association.id).await?;
    let members = state.db().association_members(association.id).await?;
    let ticked = state.db().roadmap_steps(association.id).await?;
    let catalogue = state.app().catalogue();
    let locale = l.locale;
    let (segments, total) = segments(&items, locale);
    let statuses: Vec<ItemStatus> = items.iter().map(|row| row.item.status).collect();
    let steps_done: Vec<TransitionStep> = ticked.iter().map(|(step, _)| *step).collect();
    let lessons = suggest::for_plan(state.app(), &statuses, &steps_done)
        .await?
        .into_iter()
        .map(|(unit, reason)| {
            let why = match reason {
                Reason::Status(status) => translate_with(
                    locale,
                    "roadmap-lesson-for-status",
                    &[("status", status.label(locale).into())],
                ),
                Reason::Step(step) => translate_with(
                    locale,
                    "roadmap-lesson-for-step",
                    &[("step", step.label(locale).into())],
                ),
            };
            (
                format!("/parcours/{}/{}", unit.course_slug, unit.slug),
                unit.title,
                why,
            )
        })
        .collect();
    let summary = segments
        .iter()
        .filter(|s| s.count > 0)
        .map(|s| l.pair(s.label, s.count))
        .collect::<Vec<_>>()
        .join(", ");
    Ok(PlanPage {
        slug: association.slug.clone(),
        name: association.details.name.clone(),
        total,
        segments,
        summary,
        steps: TransitionStep::ALL
            .iter()
            .map(|s| {
                (
                    s.slug(),
                    s.label(locale),
                    ticked.iter().any(|(t, _)| t == s),
                )
            })
            .collect(),
        items: items
            .iter()
            .map(|row| item_line(&association.slug, row, &catalogue, &members, &l))
            .collect(),
        choices: Choices::of(&catalogue, &members, locale),
        errors: Problems::new(locale, &problems),
        f,
        done: None,
        has_public: items.iter().any(|row| row.published_at.is_some()),
        lessons,
        l,
    })
}

pub async fn show(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    l: Layout,
    Path(slug): Path<String>,
    Query(done): Query<Done>,
) -> Result<Response, AppError> {
    let mut page = page(&state, l, &user, &slug, ItemForm::default(), Vec::new()).await?;
    page.done = done_key(done.fait.as_deref());
    Ok(render(&page))
}

/// The checklist's form: every step ticked is done, the others not.
pub async fn steps(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(slug): Path<String>,
    fields: FormFields,
) -> Result<Response, AppError> {
    let ticked = fields.all("etape");
    for step in TransitionStep::ALL {
        essaim_app::roadmap::set_step(
            state.app(),
            &user.account,
            &slug,
            Some(*step),
            ticked.iter().any(|t| t == step.slug()),
        )
        .await?;
    }
    Ok(see_other(&format!(
        "{}?fait=etapes#etapes",
        plan_path(&slug)
    )))
}

/// `/feuille-de-route`: the plan of the person's association, or the
/// list of their associations when they have none or several.
pub async fn mine(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
) -> Result<Response, AppError> {
    let memberships = state.db().associations_of(user.account.id).await?;
    Ok(match memberships.as_slice() {
        [one] => see_other(&plan_path(&one.association.slug)),
        _ => see_other("/espace-association"),
    })
}

/// The plan page again with why the new item was refused.
pub async fn refused_item(
    state: &AppState,
    l: Layout,
    user: &SignedIn,
    slug: &str,
    f: ItemForm,
    problems: Vec<FieldProblem>,
) -> Result<Response, AppError> {
    Ok(refused(&page(state, l, user, slug, f, problems).await?))
}

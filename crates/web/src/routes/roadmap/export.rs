//! The plan for the general assembly, for members only: Markdown, CSV, and
//! a page to print (the site's print stylesheet leaves out the navigation).

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use essaim_app::associations::belonging;
use essaim_domain::taxonomy::TransitionStep;

use super::plan::{ItemLine, Segment, item_line, segments};
use crate::auth::CurrentUser;
use crate::kit::spreadsheet::{self, typed};
use crate::page::{Layout, render};
use crate::{AppError, AppState};

/// What every export says: the association, its progress, its items and
/// the steps done, in the reader's language.
struct Plan {
    name: String,
    total: usize,
    segments: Vec<Segment>,
    items: Vec<(ItemLine, String)>,
    /// (label, done)
    steps: Vec<(&'static str, bool)>,
    today: String,
}

async fn plan(
    state: &AppState,
    user: &CurrentUser,
    l: &Layout,
    slug: &str,
) -> Result<Plan, AppError> {
    let (association, _) = belonging(state.app(), &user.0.account, slug).await?;
    let rows = state.db().roadmap_items(association.id).await?;
    let members = state.db().association_members(association.id).await?;
    let ticked = state.db().roadmap_steps(association.id).await?;
    let catalogue = state.app().catalogue();
    let (segments, total) = segments(&rows, l.locale);
    Ok(Plan {
        name: association.details.name.clone(),
        total,
        segments,
        items: rows
            .iter()
            .map(|row| {
                (
                    item_line(&association.slug, row, &catalogue, &members, l),
                    row.item.notes.clone(),
                )
            })
            .collect(),
        steps: TransitionStep::ALL
            .iter()
            .map(|s| (s.label(l.locale), ticked.iter().any(|(t, _)| t == s)))
            .collect(),
        today: state.app().today().long(l.locale),
    })
}

pub async fn markdown(
    State(state): State<AppState>,
    user: CurrentUser,
    l: Layout,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let plan = plan(&state, &user, &l, &slug).await?;
    let t = |key: &str| l.text(key).into_owned();
    let mut text = format!(
        "# {} — {}\n\n_{} {}_\n\n",
        t("roadmap-title"),
        plan.name,
        t("roadmap-export-date"),
        plan.today
    );
    text.push_str(&format!("## {}\n\n", t("roadmap-progress-title")));
    for s in plan.segments.iter().filter(|s| s.count > 0) {
        text.push_str(&format!("- {}\n", l.pair(s.label, s.count)));
    }
    text.push_str(&format!("\n## {}\n", t("roadmap-items-title")));
    for (item, notes) in &plan.items {
        text.push_str(&format!("\n### {}\n\n", item.need));
        let chosen = item
            .chosen
            .as_ref()
            .map_or_else(|| t("roadmap-chosen-none"), |(name, _)| name.clone());
        text.push_str(&format!(
            "- {}\n",
            l.pair(&t("roadmap-field-current"), &item.current)
        ));
        text.push_str(&format!(
            "- {}\n",
            l.pair(&t("roadmap-field-chosen"), chosen)
        ));
        text.push_str(&format!(
            "- {}\n",
            l.pair(&t("roadmap-field-status"), item.status)
        ));
        text.push_str(&format!(
            "- {}\n",
            l.pair(&t("roadmap-field-priority"), item.priority)
        ));
        if let Some(date) = &item.target {
            text.push_str(&format!("- {}\n", l.pair(&t("roadmap-field-target"), date)));
        }
        if let Some(owner) = &item.owner {
            text.push_str(&format!("- {}\n", l.pair(&t("roadmap-field-owner"), owner)));
        }
        if let Some(reason) = &item.reason {
            text.push_str(&format!(
                "- {}\n",
                l.pair(&t("roadmap-field-reason"), reason)
            ));
        }
        if !notes.is_empty() {
            text.push_str(&format!(
                "- {}\n",
                l.pair(&t("roadmap-field-notes"), notes.replace('\n', " "))
            ));
        }
    }
    text.push_str(&format!("\n## {}\n\n", t("roadmap-steps-title")));
    for (i, (label, done)) in plan.steps.iter().enumerate() {
        text.push_str(&format!(
            "- [{}] {}. {}\n",
            if *done { "x" } else { " " },
            i + 1,
            label
        ));
    }
    let mut response = text.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/markdown; charset=utf-8"),
    );
    headers.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_str(&format!(
            "attachment; filename=\"feuille-de-route-{slug}.md\""
        ))
        .map_err(AppError::internal)?,
    );
    Ok(response)
}

pub async fn csv(
    State(state): State<AppState>,
    user: CurrentUser,
    l: Layout,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let plan = plan(&state, &user, &l, &slug).await?;
    let t = |key: &str| l.text(key).into_owned();
    let mut writer = spreadsheet::writer();
    writer
        .write_record([
            t("roadmap-field-need"),
            t("roadmap-field-current"),
            t("roadmap-field-chosen"),
            t("roadmap-field-status"),
            t("roadmap-field-priority"),
            t("roadmap-field-target"),
            t("roadmap-field-owner"),
            t("roadmap-field-reason"),
            t("roadmap-field-notes"),
        ])
        .map_err(AppError::internal)?;
    for (item, notes) in &plan.items {
        writer
            .write_record([
                typed(&item.need),
                typed(&item.current),
                item.chosen
                    .as_ref()
                    .map(|(n, _)| typed(n))
                    .unwrap_or_default(),
                item.status.to_string(),
                item.priority.to_string(),
                item.target.clone().unwrap_or_default(),
                item.owner.clone().unwrap_or_default(),
                typed(item.reason.as_deref().unwrap_or_default()),
                typed(notes),
            ])
            .map_err(AppError::internal)?;
    }
    spreadsheet::response(writer, &format!("feuille-de-route-{slug}.csv"))
}

#[derive(Template)]
#[template(path = "roadmap/print.html")]
struct PrintPage {
    l: Layout,
    name: String,
    today: String,
    total: usize,
    segments: Vec<Segment>,
    items: Vec<(ItemLine, String)>,
    steps: Vec<(&'static str, bool)>,
}

pub async fn print(
    State(state): State<AppState>,
    user: CurrentUser,
    l: Layout,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let plan = plan(&state, &user, &l, &slug).await?;
    Ok(render(&PrintPage {
        name: plan.name,
        today: plan.today,
        total: plan.total,
        segments: plan.segments,
        items: plan.items,
        steps: plan.steps,
        l,
    }))
}

//! `GET …/feuille-de-route/aide` (`?element=ID` for one item): the
//! published providers who can help with the plan — those who master the
//! tools it chose (or, where none is chosen yet, the tools that meet its
//! needs), covering the association's département, ranked by the tools
//! they master, then by whether they can come (100 km), offer the support
//! the items' stage calls for, serve its size, and are near — one click from the contact form, prefilled
//! with a summary of the plan.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use essaim_app::associations::belonging;
use essaim_app::roadmap::item_of;
use essaim_domain::directory::{Near, SearchQuery, Sort};
use essaim_domain::geo;
use essaim_domain::taxonomy::{ItemStatus, SupportType};
use essaim_store::ItemRow;
use serde::Deserialize;

use super::plan_path;
use crate::auth::CurrentUser;
use crate::i18n::translate_with;
use crate::page::{Layout, render};
use crate::{AppError, AppState};

/// How many providers the page proposes.
const PROPOSED: usize = 10;
/// Within this distance a provider can come to the association.
const NEARBY_KM: f64 = 100.0;

#[derive(Deserialize)]
pub struct HelpQuery {
    element: Option<i64>,
}

pub struct Proposal {
    pub name: String,
    pub href: String,
    pub place: String,
    pub distance: Option<String>,
    pub chatons: bool,
    /// The tools wanted that it masters, by name.
    pub tools: Vec<String>,
    pub serves_size: bool,
    /// It offers the kind of support the items' stage calls for.
    pub fits_stage: bool,
    /// The profile's contact form, prefilled from the plan.
    pub contact_href: String,
}

#[derive(Template)]
#[template(path = "roadmap/help.html")]
struct HelpPage {
    l: Layout,
    slug: String,
    name: String,
    /// The item's need, when the page is about one item.
    about: Option<String>,
    wanted: Vec<String>,
    proposals: Vec<Proposal>,
}

/// The free tools an item calls for: the one chosen, else those that
/// meet its need.
fn wanted_tools(rows: &[ItemRow], catalogue: &essaim_domain::catalogue::Catalogue) -> Vec<String> {
    let mut tools: Vec<String> = Vec::new();
    for row in rows {
        let item = &row.item;
        let for_item: Vec<String> = match &item.chosen_tool {
            Some(tool) => vec![tool.clone()],
            None => catalogue
                .tools_for_need(&item.need)
                .map(|t| t.slug.clone())
                .collect(),
        };
        for tool in for_item {
            if !tools.contains(&tool) {
                tools.push(tool);
            }
        }
    }
    tools
}

pub async fn show(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    l: Layout,
    Path(slug): Path<String>,
    Query(query): Query<HelpQuery>,
) -> Result<Response, AppError> {
    let (association, _) = belonging(state.app(), &user.account, &slug).await?;
    let rows = match query.element {
        Some(id) => vec![item_of(state.app(), &user.account, &slug, id).await?.1],
        None => state
            .db()
            .roadmap_items(association.id)
            .await?
            .into_iter()
            .filter(|row| !matches!(row.item.status, ItemStatus::Done | ItemStatus::Kept))
            .collect(),
    };
    let published = state.directory().get();
    let catalogue = published.index.catalogue();
    let wanted = wanted_tools(&rows, catalogue);
    let commune = geo::commune_by_insee(&association.details.commune);
    let base = SearchQuery {
        departements: commune.map(|c| vec![c.departement()]).unwrap_or_default(),
        near: commune.map(|commune| Near {
            commune,
            radius_km: None,
        }),
        sort: Some(Sort::Distance),
        ..SearchQuery::default()
    };
    // (tools matched, the hit) by slug.
    let mut found: HashMap<String, (Vec<String>, Proposal, f64)> = HashMap::new();
    let contact_query = match query.element {
        Some(id) => format!("?plan={slug}&element={id}#contact"),
        None => format!("?plan={slug}#contact"),
    };
    for tool in &wanted {
        let tool_name = catalogue
            .tool(tool)
            .map_or(tool.clone(), |t| t.name.clone());
        let result = published.index.search_all(&SearchQuery {
            tools: vec![tool.clone()],
            ..base.clone()
        });
        for hit in result.hits {
            let entry = found.entry(hit.entry.slug.to_string()).or_insert_with(|| {
                (
                    Vec::new(),
                    Proposal {
                        name: hit.entry.name.to_string(),
                        href: format!("/annuaire/{}", hit.entry.slug),
                        place: hit
                            .place
                            .map(|c| format!("{} ({})", c.name(), c.departement()))
                            .unwrap_or_default(),
                        distance: hit.distance_km.map(|km| {
                            translate_with(
                                l.locale,
                                "catalogue-distance",
                                &[("km", (km.round() as i64).into())],
                            )
                        }),
                        chatons: hit.entry.chatons,
                        tools: Vec::new(),
                        serves_size: false,
                        fits_stage: false,
                        contact_href: format!("/annuaire/{}{contact_query}", hit.entry.slug),
                    },
                    hit.distance_km.unwrap_or(f64::MAX),
                )
            });
            entry.0.push(tool_name.clone());
        }
    }
    if let Some(size) = association.details.size {
        let sized = published.index.search_all(&SearchQuery {
            tools: wanted.clone(),
            sizes: vec![size],
            ..base.clone()
        });
        for hit in sized.hits {
            if let Some(entry) = found.get_mut(&*hit.entry.slug) {
                entry.1.serves_size = true;
            }
        }
    }
    let stage = support_for(&rows);
    if !stage.is_empty() {
        let fitting = published.index.search_all(&SearchQuery {
            tools: wanted.clone(),
            support_types: stage,
            ..base.clone()
        });
        for hit in fitting.hits {
            if let Some(entry) = found.get_mut(&*hit.entry.slug) {
                entry.1.fits_stage = true;
            }
        }
    }
    let mut ranked: Vec<(Vec<String>, Proposal, f64)> = found.into_values().collect();
    // The most tools first; among equals, those within reach of a visit
    // (100 km), then those who offer the support the stage calls for, then
    // those who serve associations of this size, then the nearest.
    let nearby = |km: f64| km <= NEARBY_KM;
    ranked.sort_by(|a, b| {
        b.0.len()
            .cmp(&a.0.len())
            .then(nearby(b.2).cmp(&nearby(a.2)))
            .then(b.1.fits_stage.cmp(&a.1.fits_stage))
            .then(b.1.serves_size.cmp(&a.1.serves_size))
            .then(a.2.total_cmp(&b.2))
            .then(a.1.name.cmp(&b.1.name))
    });
    let proposals = ranked
        .into_iter()
        .take(PROPOSED)
        .map(|(tools, mut proposal, _)| {
            proposal.tools = tools;
            proposal
        })
        .collect();
    let about = match (query.element, rows.first()) {
        (Some(_), Some(row)) => Some(
            catalogue
                .need(&row.item.need)
                .map(|n| n.name(l.locale).to_string())
                .unwrap_or_else(|| row.item.need.clone()),
        ),
        _ => None,
    };
    Ok(render(&HelpPage {
        slug: association.slug.clone(),
        name: association.details.name.clone(),
        about,
        wanted: wanted
            .iter()
            .filter_map(|t| catalogue.tool(t))
            .map(|t| t.name.clone())
            .collect(),
        proposals,
        l,
    }))
}

/// The kinds of support the items' stages call for: choosing and setting
/// up a tool before it is tried, training and moving once it is.
fn support_for(rows: &[ItemRow]) -> Vec<SupportType> {
    let mut wanted = Vec::new();
    for row in rows {
        let item = &row.item;
        let stage: &[SupportType] = match item.status {
            ItemStatus::ToDo if item.chosen_tool.is_none() => &[SupportType::ToolChoice],
            ItemStatus::ToDo => &[SupportType::Deployment, SupportType::Migration],
            ItemStatus::Testing => &[SupportType::Deployment, SupportType::Training],
            ItemStatus::InProgress | ItemStatus::Partial => &[
                SupportType::Migration,
                SupportType::Training,
                SupportType::ChangeManagement,
            ],
            ItemStatus::Done | ItemStatus::Kept => &[],
        };
        for support in stage {
            if !wanted.contains(support) {
                wanted.push(*support);
            }
        }
    }
    wanted
}

/// Where the plan's page links to.
pub fn help_path(slug: &str, element: Option<i64>) -> String {
    match element {
        Some(id) => format!("{}/aide?element={id}", plan_path(slug)),
        None => format!("{}/aide", plan_path(slug)),
    }
}

//! `GET /associations/{slug}/choix`: "Nos choix numériques", the items a
//! responsable made public — what the association used, what it chose,
//! where it stands — with schema.org JSON-LD. Nothing else of the plan
//! (owners, notes, dates) leaves the members' space.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use essaim_domain::geo;
use serde_json::json;

use super::plan::{ItemLine, item_line};
use crate::html::json_for_script;
use crate::page::{Layout, render};
use crate::{AppError, AppState};

#[derive(Template)]
#[template(path = "roadmap/choices.html")]
struct ChoicesPage {
    l: Layout,
    name: String,
    place: Option<String>,
    website: Option<String>,
    items: Vec<ItemLine>,
    json_ld: String,
}

pub async fn show(
    State(state): State<AppState>,
    l: Layout,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let association = state
        .db()
        .association_by_slug(&slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let rows = state.db().published_choices(association.id).await?;
    if rows.is_empty() {
        return Err(AppError::NotFound);
    }
    let catalogue = state.app().catalogue();
    let items: Vec<ItemLine> = rows
        .iter()
        .map(|row| {
            let mut line = item_line(&slug, row, &catalogue, &[], &l);
            // What stays with the members.
            line.target = None;
            line.owner = None;
            line
        })
        .collect();
    let details = &association.details;
    let commune = geo::commune_by_insee(&details.commune);
    let chosen: Vec<_> = rows
        .iter()
        .filter_map(|row| row.item.chosen_tool.as_deref())
        .filter_map(|slug| catalogue.tool(slug))
        .enumerate()
        .map(|(i, tool)| {
            json!({
                "@type": "ListItem",
                "position": i + 1,
                "item": {
                    "@type": "SoftwareApplication",
                    "name": tool.name,
                    "url": tool.website,
                    "license": tool.licence,
                },
            })
        })
        .collect();
    let mut value = json!({
        "@context": "https://schema.org",
        "@type": "NGO",
        "name": details.name,
        "address": {
            "@type": "PostalAddress",
            "addressLocality": commune.map(|c| c.name()),
            "postalCode": commune.map(|c| c.main_postcode()),
            "addressCountry": "FR",
        },
        "subjectOf": {
            "@type": "ItemList",
            "name": l.text("roadmap-choices-title"),
            "itemListElement": chosen,
        },
    });
    if let Some(website) = &details.website {
        value["sameAs"] = json!(website);
    }
    Ok(render(&ChoicesPage {
        name: details.name.clone(),
        place: commune.map(|c| format!("{} ({})", c.name(), c.departement())),
        website: details.website.clone(),
        items,
        json_ld: json_for_script(&value),
        l,
    }))
}

//! `GET /api/v1/catalogue/logiciels` and `GET /api/v1/catalogue/besoins`:
//! the catalogue as open data, with how many published providers master
//! each free tool.

use axum::Json;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};

use crate::AppState;
use crate::i18n::translate_with;
use crate::routes::api::error;
use crate::routes::catalogue::helpers::provider_counts;

#[derive(Serialize)]
struct ApiTool<'a> {
    slug: &'a str,
    name: &'a str,
    description: &'a str,
    website: &'a str,
    licence: &'a str,
    wikidata: Option<&'a str>,
    framalibre: Option<&'a str>,
    needs: &'a [String],
    /// The proprietary tools it replaces, with its rank among their
    /// alternatives (1: the most advisable).
    replaces: Vec<Replaced<'a>>,
    use_difficulty: u8,
    install_difficulty: u8,
    hosted_offers: bool,
    /// Published providers who master it.
    providers: u32,
    url: String,
}

#[derive(Serialize)]
struct Replaced<'a> {
    slug: &'a str,
    name: &'a str,
    vendor: &'a str,
    rank: usize,
}

#[derive(Deserialize)]
pub struct ToolFilters {
    besoin: Option<String>,
    remplace: Option<String>,
}

pub async fn tools(State(state): State<AppState>, Query(filters): Query<ToolFilters>) -> Response {
    let published = state.directory().get();
    let catalogue = published.index.catalogue();
    for (param, value, known) in [
        (
            "besoin",
            filters.besoin.as_deref(),
            filters
                .besoin
                .as_deref()
                .is_none_or(|s| catalogue.need(s).is_some()),
        ),
        (
            "remplace",
            filters.remplace.as_deref(),
            filters
                .remplace
                .as_deref()
                .is_none_or(|s| catalogue.proprietary_tool(s).is_some()),
        ),
    ] {
        if !known {
            return error(
                StatusCode::BAD_REQUEST,
                "parametre_invalide",
                Some(param),
                translate_with(
                    essaim_domain::Locale::Fr,
                    "catalogue-api-unknown",
                    &[("value", value.unwrap_or_default().into())],
                ),
            );
        }
    }
    let counts = provider_counts(&published);
    let base = state.app().links().page("/catalogue/");
    let items: Vec<ApiTool> = catalogue
        .tools()
        .iter()
        .enumerate()
        .filter(|(_, t)| {
            filters
                .besoin
                .as_deref()
                .is_none_or(|need| t.needs.iter().any(|n| n == need))
        })
        .filter(|(_, t)| {
            filters.remplace.as_deref().is_none_or(|p| {
                catalogue
                    .proprietary_tool(p)
                    .is_some_and(|p| p.alternatives.contains(&t.slug))
            })
        })
        .map(|(i, t)| ApiTool {
            slug: &t.slug,
            name: &t.name,
            description: &t.description,
            website: &t.website,
            licence: &t.licence,
            wikidata: t.wikidata.as_deref(),
            framalibre: t.framalibre.as_deref(),
            needs: &t.needs,
            replaces: catalogue
                .replaced_by(&t.slug)
                .map(|p| Replaced {
                    slug: &p.slug,
                    name: &p.name,
                    vendor: &p.vendor,
                    rank: p
                        .alternatives
                        .iter()
                        .position(|a| *a == t.slug)
                        .unwrap_or(0)
                        + 1,
                })
                .collect(),
            use_difficulty: t.use_difficulty,
            install_difficulty: t.install_difficulty,
            hosted_offers: t.hosted_offers,
            providers: counts.get(i).copied().unwrap_or_default(),
            url: format!("{base}{}", t.slug),
        })
        .collect();
    Json(serde_json::json!({ "total": items.len(), "items": items })).into_response()
}

#[derive(Serialize)]
struct ApiNeed<'a> {
    slug: &'a str,
    name: &'a str,
    name_en: &'a str,
    words: &'a [String],
    /// Proprietary tools used for it, with their alternatives in order.
    proprietary: Vec<ApiProprietary<'a>>,
    free_tools: Vec<&'a str>,
}

#[derive(Serialize)]
struct ApiProprietary<'a> {
    slug: &'a str,
    name: &'a str,
    vendor: &'a str,
    alternatives: &'a [String],
}

pub async fn needs(State(state): State<AppState>) -> Response {
    let published = state.directory().get();
    let catalogue = published.index.catalogue();
    let items: Vec<ApiNeed> = catalogue
        .needs()
        .iter()
        .map(|n| ApiNeed {
            slug: &n.slug,
            name: &n.name,
            name_en: &n.name_en,
            words: &n.words,
            proprietary: catalogue
                .proprietary_for_need(&n.slug)
                .map(|p| ApiProprietary {
                    slug: &p.slug,
                    name: &p.name,
                    vendor: &p.vendor,
                    alternatives: &p.alternatives,
                })
                .collect(),
            free_tools: catalogue
                .tools_for_need(&n.slug)
                .map(|t| t.slug.as_str())
                .collect(),
        })
        .collect();
    Json(serde_json::json!({ "total": items.len(), "items": items })).into_response()
}

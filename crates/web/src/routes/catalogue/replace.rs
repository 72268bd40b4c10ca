//! `GET /catalogue/remplacer/{outil}`: the free alternatives to a
//! proprietary tool, the most advisable first, with what each takes and
//! the providers near the visitor (`pres_de`). `GET /catalogue/remplacer`
//! takes the list's choice (`?outil=gmail`) to that page.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use serde::Deserialize;

use super::helpers::{
    ProviderList, ToolCard, place_asked, place_words, provider_counts, providers_of,
};
use super::replace_path;
use super::tool::NearParam;
use crate::i18n::translate_with;
use crate::kit::see_other;
use crate::page::{Layout, render};
use crate::{AppError, AppState};

/// Nearby providers shown under each alternative.
const NEAREST: usize = 3;

pub struct Alternative {
    pub card: ToolCard,
    /// With a place: the nearest providers who master it.
    pub nearby: Option<ProviderList>,
}

#[derive(Template)]
#[template(path = "catalogue/replace.html")]
struct ReplacePage {
    l: Layout,
    slug: String,
    name: String,
    vendor: String,
    /// (name, address on the catalogue page)
    needs: Vec<(String, String)>,
    alternatives: Vec<Alternative>,
    near_text: String,
    near_problem: Option<String>,
}

#[derive(Deserialize)]
pub struct Pick {
    pub outil: Option<String>,
}

/// The catalogue page's "what replaces…" list, without a script.
pub async fn pick(Query(pick): Query<Pick>) -> Response {
    match pick
        .outil
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        Some(slug) if essaim_domain::text::is_slug(slug) => see_other(&replace_path(slug)),
        _ => see_other("/catalogue"),
    }
}

pub async fn show(
    State(state): State<AppState>,
    l: Layout,
    Path(slug): Path<String>,
    Query(near): Query<NearParam>,
) -> Result<Response, AppError> {
    let published = state.directory().get();
    let catalogue = published.index.catalogue();
    let proprietary = catalogue
        .proprietary_tool(&slug)
        .ok_or(AppError::NotFound)?;
    let locale = l.locale;
    let (near, near_problem) = match place_asked(near.pres_de.as_deref()) {
        Ok(place) => (place, None),
        Err(typed) => (
            None,
            Some(translate_with(
                locale,
                "catalogue-place-unknown",
                &[("place", typed.into())],
            )),
        ),
    };
    let counts = provider_counts(&published);
    let alternatives = proprietary
        .alternatives
        .iter()
        .filter_map(|slug| catalogue.tool(slug))
        .map(|tool| {
            let count = catalogue
                .tool_index(&tool.slug)
                .and_then(|i| counts.get(i).copied())
                .unwrap_or_default();
            Alternative {
                card: ToolCard::of(tool, count, locale),
                nearby: near.map(|commune| {
                    providers_of(
                        &published,
                        &tool.slug,
                        false,
                        Some(commune),
                        NEAREST,
                        locale,
                    )
                }),
            }
        })
        .collect();
    let page = ReplacePage {
        slug: proprietary.slug.clone(),
        name: proprietary.name.clone(),
        vendor: proprietary.vendor.clone(),
        needs: proprietary
            .needs
            .iter()
            .filter_map(|n| catalogue.need(n))
            .map(|n| (n.name(locale).to_string(), format!("/catalogue#{}", n.slug)))
            .collect(),
        alternatives,
        near_text: near.map(place_words).unwrap_or_default(),
        near_problem,
        l,
    };
    Ok(render(&page))
}

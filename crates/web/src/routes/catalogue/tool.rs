//! `GET /catalogue/{outil}`: a free tool — what it replaces, the needs it
//! meets, what it takes to use and to install, and the published providers
//! who host it (CHATONS members first) and who support it.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use serde::Deserialize;

use super::helpers::{Difficulty, ProviderList, place_asked, place_words, providers_of};
use super::replace_path;
use crate::i18n::translate_with;
use crate::page::{Layout, render};
use crate::{AppError, AppState};

/// How many providers each list shows before the link to the directory.
const SHOWN: usize = 8;

#[derive(Deserialize)]
pub struct NearParam {
    pub pres_de: Option<String>,
}

#[derive(Template)]
#[template(path = "catalogue/tool.html")]
struct ToolPage {
    l: Layout,
    slug: String,
    name: String,
    description: String,
    website: String,
    licence: String,
    wikidata: Option<String>,
    framalibre: Option<String>,
    /// (name, address on the catalogue page)
    needs: Vec<(String, String)>,
    /// (name, vendor, address of its alternatives)
    replaces: Vec<(String, String, String)>,
    use_difficulty: Difficulty,
    install_difficulty: Difficulty,
    hosted_offers: bool,
    hosts: ProviderList,
    supporters: ProviderList,
    /// Associations that made public their choice of it: (name, address).
    users: Vec<(String, String)>,
    near_text: String,
    near_problem: Option<String>,
    /// Resources of the library about it: (title, address).
    resources: Vec<(String, String)>,
}

pub async fn show(
    State(state): State<AppState>,
    l: Layout,
    Path(slug): Path<String>,
    Query(near): Query<NearParam>,
) -> Result<Response, AppError> {
    let published = state.directory().get();
    let catalogue = published.index.catalogue();
    let tool = catalogue.tool(&slug).ok_or(AppError::NotFound)?;
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
    let shelf = state.app().library_cache().get(state.app()).await?;
    let resources = shelf
        .about_tool(&tool.slug)
        .into_iter()
        .take(SHOWN)
        .map(|e| (e.title.clone(), format!("/ressources/{}", e.slug)))
        .collect();
    let page = ToolPage {
        resources,
        slug: tool.slug.clone(),
        name: tool.name.clone(),
        description: tool.description.clone(),
        website: tool.website.clone(),
        licence: tool.licence.clone(),
        wikidata: tool.wikidata.clone(),
        framalibre: tool.framalibre.clone(),
        needs: tool
            .needs
            .iter()
            .filter_map(|n| catalogue.need(n))
            .map(|n| (n.name(locale).to_string(), format!("/catalogue#{}", n.slug)))
            .collect(),
        replaces: catalogue
            .replaced_by(&tool.slug)
            .map(|p| (p.name.clone(), p.vendor.clone(), replace_path(&p.slug)))
            .collect(),
        use_difficulty: Difficulty::of_use(tool, locale),
        install_difficulty: Difficulty::of_install(tool, locale),
        hosted_offers: tool.hosted_offers,
        hosts: providers_of(&published, &tool.slug, true, near, SHOWN, locale),
        supporters: providers_of(&published, &tool.slug, false, near, SHOWN, locale),
        users: state
            .db()
            .associations_choosing(&tool.slug)
            .await?
            .into_iter()
            .map(|(slug, name)| (name, format!("/associations/{slug}/choix")))
            .collect(),
        near_text: near.map(place_words).unwrap_or_default(),
        near_problem,
        l,
    };
    Ok(render(&page))
}

//! The library as open data: an Atom feed of the newest resources
//! (`/ressources/flux.atom`) and the search's results as CSV and JSON
//! (`/ressources/export.csv`, `/ressources/export.json`); the API
//! (`routes/api/library.rs`) reads the same. Only published resources,
//! never who proposed them.

use askama::Template;
use axum::Json;
use axum::extract::{RawQuery, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use essaim_domain::library::Status;
use essaim_domain::library::shelf::Sort;
use essaim_store::ResourceRow;
use serde::Serialize;

use super::search::read;
use crate::kit::spreadsheet::{self, typed};
use crate::page::{Layout, write_page};
use crate::{AppError, AppState};

/// Entries of the feed.
const FEED_ENTRIES: usize = 30;

/// A published resource as the exports and the API give it.
#[derive(Serialize)]
pub struct OpenResource {
    slug: String,
    title: String,
    url: String,
    summary: String,
    audience: &'static str,
    themes: Vec<&'static str>,
    format: &'static str,
    language: String,
    source: String,
    licence: String,
    year: Option<i32>,
    /// Needs and free tools of the catalogue, steps of a transition.
    needs: Vec<String>,
    tools: Vec<String>,
    steps: Vec<&'static str>,
    published_at: Option<String>,
    verified_at: Option<String>,
    page: String,
}

fn open(state: &AppState, row: ResourceRow) -> OpenResource {
    let zone = &state.app().settings().time_zone;
    let r = row.resource;
    OpenResource {
        page: state
            .app()
            .links()
            .page(&format!("/ressources/{}", row.slug)),
        // A file attached instead of a link: its address here.
        url: match &r.file {
            Some(file) if r.url.is_empty() => state
                .app()
                .links()
                .page(&super::resource::file_path(&file.name)),
            _ => r.url,
        },
        slug: row.slug,
        title: r.title,
        summary: r.summary,
        audience: r.audience.slug(),
        themes: r.themes.iter().map(|t| t.slug()).collect(),
        format: r.format.slug(),
        language: r.language,
        source: r.source,
        licence: r.licence,
        year: r.year,
        steps: r.links.steps.iter().map(|s| s.slug()).collect(),
        needs: r.links.needs,
        tools: r.links.tools,
        published_at: row.published_at.map(|at| zone.timestamp(at)),
        verified_at: row.verified_at.map(|at| zone.timestamp(at)),
    }
}

/// The published resources a search finds, in its order (every one, or
/// the page asked), how many in all, the page, and the filters not known.
pub(crate) async fn found(
    state: &AppState,
    raw: Option<&str>,
    every: bool,
) -> Result<(Vec<OpenResource>, usize, usize, Vec<(String, String)>), AppError> {
    let mut asked = read(raw);
    if every {
        asked.query.offset = 0;
        asked.query.limit = usize::MAX;
    }
    let shelf = state.app().library_cache().get(state.app()).await?;
    let results = shelf.search(&asked.query);
    let ids: Vec<i64> = results.hits.iter().map(|e| e.id).collect();
    let mut rows = state.db().library_resources(Status::Published).await?;
    rows.retain(|r| ids.contains(&r.id));
    rows.sort_by_key(|r| ids.iter().position(|id| *id == r.id));
    let total = results.total;
    Ok((
        rows.into_iter().map(|row| open(state, row)).collect(),
        total,
        asked.page,
        asked.ignored,
    ))
}

pub async fn csv(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    let (resources, _, _, _) = found(&state, raw.as_deref(), true).await?;
    let mut writer = spreadsheet::writer();
    let header = [
        "slug",
        "titre",
        "adresse",
        "resume",
        "public",
        "themes",
        "format",
        "langue",
        "source",
        "licence",
        "annee",
        "besoins",
        "logiciels",
        "etapes",
        "publiee_le",
        "verifiee_le",
        "page",
    ];
    writer.write_record(header).map_err(AppError::internal)?;
    for r in &resources {
        writer
            .write_record([
                r.slug.clone(),
                typed(&r.title),
                typed(&r.url),
                typed(&r.summary),
                r.audience.to_string(),
                r.themes.join(" "),
                r.format.to_string(),
                r.language.clone(),
                typed(&r.source),
                typed(&r.licence),
                r.year.map(|y| y.to_string()).unwrap_or_default(),
                r.needs.join(" "),
                r.tools.join(" "),
                r.steps.join(" "),
                r.published_at.clone().unwrap_or_default(),
                r.verified_at.clone().unwrap_or_default(),
                r.page.clone(),
            ])
            .map_err(AppError::internal)?;
    }
    spreadsheet::response(writer, "ressources.csv")
}

pub async fn json_export(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    let (resources, _, _, _) = found(&state, raw.as_deref(), true).await?;
    let mut response = Json(resources).into_response();
    response.headers_mut().insert(
        header::CONTENT_DISPOSITION,
        header::HeaderValue::from_static("attachment; filename=\"ressources.json\""),
    );
    Ok(response)
}

pub struct FeedEntry {
    pub title: String,
    pub url: String,
    pub published: String,
    pub updated: String,
    pub author: String,
    pub summary: String,
}

#[derive(Template)]
#[template(path = "library/feed.xml")]
struct Feed {
    lang: &'static str,
    title: String,
    self_url: String,
    page_url: String,
    updated: String,
    entries: Vec<FeedEntry>,
}

pub async fn feed(State(state): State<AppState>, l: Layout) -> Result<Response, AppError> {
    let shelf = state.app().library_cache().get(state.app()).await?;
    let newest = shelf.search(&essaim_domain::library::shelf::ShelfQuery {
        sort: Sort::Recent,
        limit: FEED_ENTRIES,
        ..Default::default()
    });
    let links = state.app().links();
    let entries: Vec<FeedEntry> = newest
        .hits
        .iter()
        .map(|e| FeedEntry {
            title: e.title.clone(),
            url: links.page(&format!("/ressources/{}", e.slug)),
            published: l.zone.timestamp(e.published_at),
            updated: l.zone.timestamp(e.published_at),
            author: e.source.clone(),
            summary: e.summary.clone(),
        })
        .collect();
    let feed = Feed {
        lang: l.lang(),
        title: format!("{} · {}", l.text("library-title"), l.instance.name),
        self_url: links.page("/ressources/flux.atom"),
        page_url: links.page("/ressources"),
        updated: l
            .zone
            .timestamp(newest.hits.first().map_or(0, |e| e.published_at)),
        entries,
    };
    let body = write_page(&feed, 16 * 1024)?;
    Ok((
        [(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")],
        body,
    )
        .into_response())
}

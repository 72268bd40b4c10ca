//! `GET /ressources/{slug}`: a published resource, with where it leads,
//! who it is for, when a moderator last checked it ("à revoir" after a
//! year), and the link to report it.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, header};
use axum::response::Response;
use essaim_domain::library::files::{FileKind, is_file_name};
use essaim_domain::library::{AttachedFile, Status, language_key};
use serde::Deserialize;

use crate::i18n::translate_with;
use crate::kit::sandboxed_file;
use crate::page::{Layout, render};
use crate::routes::catalogue::{need_path, tool_path};
use crate::{AppError, AppState};

/// A resource not checked for this long is shown as to be reviewed.
pub const REVIEW_AFTER_SECONDS: i64 = 365 * 24 * 3600;

#[derive(Template)]
#[template(path = "library/resource.html")]
pub struct ResourcePage {
    pub l: Layout,
    pub slug: String,
    pub title: String,
    pub url: String,
    pub summary: String,
    /// (label, value)
    pub facts: Vec<(String, String)>,
    pub themes: Vec<String>,
    pub verified: Option<String>,
    pub to_review: bool,
    /// The checks found the link broken: since when.
    pub broken: Option<String>,
    pub reported: bool,
    /// Needs and tools of the catalogue: (name, page).
    pub catalogue: Vec<(String, String)>,
    pub steps: Vec<&'static str>,
    /// The attached file, instead of a link: (address, "PDF, 1.2 MB").
    pub file: Option<(String, String)>,
}

pub fn file_path(name: &str) -> String {
    format!("/ressources/fichiers/{name}")
}

/// "PDF, 1,2 Mo": what a download link says of its file.
pub fn file_label(file: &AttachedFile, l: &Layout) -> String {
    let tenths = (file.size * 10 + 512 * 1024) / (1024 * 1024);
    let size = if tenths == 0 {
        translate_with(
            l.locale,
            "library-file-size-kb",
            &[("size", ((file.size + 1023) / 1024).into())],
        )
    } else {
        let number = format!(
            "{}{}{}",
            tenths / 10,
            l.text("library-decimal-mark"),
            tenths % 10
        );
        translate_with(l.locale, "library-file-size-mb", &[("size", number.into())])
    };
    format!("{}, {size}", file.kind.label())
}

/// `GET /ressources/fichiers/{name}`: a file attached to a published
/// resource (or to any, for moderators), always as a download, with its
/// own type and a policy that lets it run nothing.
pub async fn file(
    State(state): State<AppState>,
    l: Layout,
    Path(name): Path<String>,
) -> Result<Response, AppError> {
    if !is_file_name(&name) {
        return Err(AppError::NotFound);
    }
    let (content, slug, status) = state
        .db()
        .library_file(&name)
        .await?
        .ok_or(AppError::NotFound)?;
    if status != Status::Published && !l.can_moderate() {
        return Err(AppError::NotFound);
    }
    let extension = name.rsplit('.').next().unwrap_or_default();
    let kind = FileKind::from_extension(extension).ok_or(AppError::NotFound)?;
    let mut response = sandboxed_file(content, kind.media_type(), "private, max-age=3600");
    // The slug and the extension are ours: letters, digits and hyphens.
    if let Ok(value) = HeaderValue::from_str(&format!(
        "attachment; filename=\"{slug}.{}\"",
        kind.extension()
    )) {
        response
            .headers_mut()
            .insert(header::CONTENT_DISPOSITION, value);
    }
    Ok(response)
}

#[derive(Deserialize, Default)]
pub struct ResourceQuery {
    signalement: Option<String>,
}

pub async fn show(
    State(state): State<AppState>,
    l: Layout,
    Path(slug): Path<String>,
    Query(query): Query<ResourceQuery>,
) -> Result<Response, AppError> {
    let row = state
        .db()
        .library_resource_by_slug(&slug)
        .await?
        .filter(|r| r.status == Status::Published)
        .ok_or(AppError::NotFound)?;
    let r = &row.resource;
    let mut facts = vec![
        (
            l.text("library-field-audience").into_owned(),
            l.text(r.audience.label_key()).into_owned(),
        ),
        (
            l.text("library-field-format").into_owned(),
            l.text(r.format.label_key()).into_owned(),
        ),
        (
            l.text("library-field-language").into_owned(),
            l.text(language_key(&r.language)).into_owned(),
        ),
        (
            l.text("library-field-source").into_owned(),
            r.source.clone(),
        ),
    ];
    if !r.licence.is_empty() {
        facts.push((
            l.text("library-field-licence").into_owned(),
            r.licence.clone(),
        ));
    }
    if let Some(year) = r.year {
        facts.push((l.text("library-field-year").into_owned(), year.to_string()));
    }
    let checked = row.verified_at.or(row.published_at);
    let known = state.app().catalogue();
    let needs = r.links.needs.iter().filter_map(|slug| {
        known
            .need(slug)
            .map(|n| (n.name(l.locale).to_string(), need_path(slug)))
    });
    let tools = r
        .links
        .tools
        .iter()
        .filter_map(|slug| known.tool(slug).map(|t| (t.name.clone(), tool_path(slug))));
    let catalogue = needs.chain(tools).collect();
    let steps = r.links.steps.iter().map(|s| s.label(l.locale)).collect();
    Ok(render(&ResourcePage {
        slug: row.slug.clone(),
        title: r.title.clone(),
        url: r.url.clone(),
        summary: r.summary.clone(),
        facts,
        themes: r
            .themes
            .iter()
            .map(|t| l.text(t.label_key()).into_owned())
            .collect(),
        verified: checked.map(|at| l.date(at)),
        to_review: checked.is_none_or(|at| essaim_app::now() - at > REVIEW_AFTER_SECONDS),
        broken: row.link.state.broken_at.map(|at| l.date(at)),
        reported: query.signalement.is_some(),
        catalogue,
        steps,
        file: r
            .file
            .as_ref()
            .map(|f| (file_path(&f.name), file_label(f, &l))),
        l,
    }))
}

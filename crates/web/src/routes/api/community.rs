//! `GET /api/v1/communaute/sujets` (filters `categorie`, `q`, `resolu`,
//! `page`) and `GET /api/v1/communaute/sujets/{id}`: the forum's public
//! topics as open data, with their posts rendered as the pages show them.
//! Hidden topics do not exist here; deleted and hidden posts keep their
//! place without their words.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use essaim_domain::analyzer::analyze_words;
use essaim_store::{Author, PostRow, TopicFilter, TopicRow};
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::AppState;
use crate::i18n::translate_with;
use crate::routes::api::error;
use crate::routes::community::topic_path;
use crate::routes::community::view::post_html;

const PER_PAGE: i64 = 20;

#[derive(Deserialize)]
pub struct TopicQuery {
    categorie: Option<String>,
    q: Option<String>,
    /// `oui` or `non`.
    resolu: Option<String>,
    page: Option<String>,
}

#[derive(Serialize)]
struct ApiAuthor<'a> {
    handle: &'a str,
    name: &'a str,
    url: String,
}

#[derive(Serialize)]
struct ApiTopic<'a> {
    id: i64,
    title: &'a str,
    category: &'a str,
    category_name: &'a str,
    author: Option<ApiAuthor<'a>>,
    replies: i64,
    solved: bool,
    closed: bool,
    pinned: bool,
    created_at: String,
    last_post_at: String,
    url: String,
}

#[derive(Serialize)]
struct ApiPost<'a> {
    number: i64,
    /// `publie`, `supprime` (by its author) or `masque` (by moderation).
    state: &'static str,
    author: Option<ApiAuthor<'a>>,
    html: Option<String>,
    created_at: String,
    edited_at: Option<String>,
    thanks: i64,
    solution: bool,
}

fn author<'a>(state: &AppState, author: Option<&'a Author>) -> Option<ApiAuthor<'a>> {
    author.map(|a| ApiAuthor {
        handle: &a.handle,
        name: &a.display_name,
        url: state
            .app()
            .links()
            .page(&crate::routes::community::member_path(&a.handle)),
    })
}

fn topic<'a>(state: &AppState, topic: &'a TopicRow) -> ApiTopic<'a> {
    let zone = &state.app().settings().time_zone;
    ApiTopic {
        id: topic.id,
        title: &topic.title,
        category: &topic.category_slug,
        category_name: &topic.category_name,
        author: author(state, topic.author.as_ref()),
        replies: topic.post_count - 1,
        solved: topic.solution_id.is_some(),
        closed: topic.closed_at.is_some(),
        pinned: topic.pinned.is_some(),
        created_at: zone.timestamp(topic.created_at),
        last_post_at: zone.timestamp(topic.last_post_at),
        url: state
            .app()
            .links()
            .page(&topic_path(topic.id, &topic.title)),
    }
}

fn invalid(param: &str, value: &str) -> Response {
    error(
        StatusCode::BAD_REQUEST,
        "parametre_invalide",
        Some(param),
        translate_with(
            essaim_domain::Locale::Fr,
            "community-api-invalid",
            &[("param", param.into()), ("value", value.into())],
        ),
    )
}

pub async fn topics(
    State(state): State<AppState>,
    Query(query): Query<TopicQuery>,
) -> Result<Response, crate::AppError> {
    let category = match query.categorie.as_deref().filter(|c| !c.is_empty()) {
        None => None,
        Some(slug) => match state.db().community_category(slug).await? {
            Some(category) => Some(category.id),
            None => return Ok(invalid("categorie", slug)),
        },
    };
    let solved = match query.resolu.as_deref() {
        None | Some("") => None,
        Some("oui") => Some(true),
        Some("non") => Some(false),
        Some(other) => return Ok(invalid("resolu", other)),
    };
    let page = match query.page.as_deref() {
        None | Some("") => 1,
        Some(text) => match text.parse::<i64>() {
            Ok(page) if (1..=100_000).contains(&page) => page,
            _ => return Ok(invalid("page", text)),
        },
    };
    let filter = TopicFilter {
        words: analyze_words(query.q.as_deref().unwrap_or_default()),
        category_id: category,
        with_hidden: false,
        solved,
    };
    let rows = state
        .db()
        .community_topics(&filter, 0, PER_PAGE, (page - 1) * PER_PAGE)
        .await?;
    let total = state.db().community_topic_count(&filter).await?;
    let items: Vec<ApiTopic> = rows.iter().map(|t| topic(&state, t)).collect();
    Ok(Json(json!({"total": total, "page": page, "items": items})).into_response())
}

pub async fn show(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, crate::AppError> {
    let not_found = || {
        error(
            StatusCode::NOT_FOUND,
            "introuvable",
            None,
            essaim_domain::i18n::text(essaim_domain::Locale::Fr, "community-api-not-found")
                .into_owned(),
        )
    };
    let Ok(id) = id.parse::<i64>() else {
        return Ok(not_found());
    };
    let row = match essaim_app::community::visible_topic(state.app(), None, id).await {
        Ok(row) => row,
        Err(essaim_app::Error::NotFound) => return Ok(not_found()),
        Err(other) => return Err(other.into()),
    };
    let posts = state.db().community_posts(row.id).await?;
    let zone = &state.app().settings().time_zone;
    let post = |p: &'_ PostRow| -> serde_json::Value {
        let (state_slug, html) = if p.deleted_at.is_some() {
            ("supprime", None)
        } else if p.hidden_at.is_some() {
            ("masque", None)
        } else {
            ("publie", Some(post_html(p).as_str().to_string()))
        };
        json!(ApiPost {
            number: p.number,
            state: state_slug,
            author: author(&state, p.author.as_ref()),
            html,
            created_at: zone.timestamp(p.created_at),
            edited_at: p.edited_at.map(|at| zone.timestamp(at)),
            thanks: p.thanks,
            solution: row.solution_id == Some(p.id),
        })
    };
    let mut body = json!(topic(&state, &row));
    body["posts"] = json!(posts.iter().map(post).collect::<Vec<_>>());
    Ok(Json(body).into_response())
}

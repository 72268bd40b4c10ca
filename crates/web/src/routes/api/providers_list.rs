//! `GET /api/v1/prestataires`: the directory search as JSON.

use axum::Json;
use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use essaim_domain::Locale;
use essaim_domain::directory::PER_PAGE;
use serde_json::{Map, Value, json};

use super::{error, provider_json};
use crate::AppState;
use crate::routes::directory::{facets, params};

pub async fn list(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Response {
    let parsed = params::parse(raw.as_deref());
    if let Some(problem) = parsed.problems.first() {
        return error(
            StatusCode::BAD_REQUEST,
            "parametre_invalide",
            Some(problem.param()),
            problem.message(Locale::Fr),
        );
    }
    let result = state.directory().get().search(&parsed.query);
    let mut facet_map = Map::new();
    for group in facets::groups(&result.facets, &parsed.query, Locale::Fr) {
        let values: Vec<Value> = group
            .options
            .iter()
            .map(|o| json!({"value": o.value, "label": o.label, "count": o.count}))
            .collect();
        facet_map.insert(group.param.into(), Value::Array(values));
    }
    let items: Vec<Value> = result
        .hits
        .iter()
        .map(|h| provider_json(&h.record, h.distance_km))
        .collect();
    Json(json!({
        "total": result.total,
        "page": result.page,
        "per_page": PER_PAGE,
        "sort": result.sort.slug(),
        "facets": facet_map,
        "items": items,
        "licence": state.site().data_licence,
    }))
    .into_response()
}

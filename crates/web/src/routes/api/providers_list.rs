//! `GET /api/v1/prestataires`: the directory search as JSON.

use axum::Json;
use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use essaim_domain::Locale;
use essaim_domain::directory::PER_PAGE;
use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::Serialize;

use super::{ApiProvider, error};
use crate::AppState;
use crate::routes::directory::{facets, params};

#[derive(Serialize)]
struct FacetValue {
    value: &'static str,
    label: Cow<'static, str>,
    count: u32,
}

#[derive(Serialize)]
struct ListResponse<'a> {
    total: usize,
    page: usize,
    per_page: usize,
    sort: &'static str,
    facets: BTreeMap<&'static str, Vec<FacetValue>>,
    items: Vec<ApiProvider<'a>>,
    licence: &'a str,
}

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
    let directory = state.directory().get();
    let result = directory.search(&parsed.query);
    let facets = facets::groups(&result.facets, &parsed.query, Locale::Fr)
        .into_iter()
        .map(|group| {
            let values = group
                .options
                .into_iter()
                .map(|o| FacetValue {
                    value: o.value.as_str(),
                    label: o.label,
                    count: o.count,
                })
                .collect();
            (group.param.as_str(), values)
        })
        .collect();
    Json(ListResponse {
        total: result.total,
        page: result.page,
        per_page: PER_PAGE,
        sort: result.sort.slug(),
        facets,
        items: result
            .hits
            .iter()
            .map(|h| ApiProvider::new(&h.record, h.distance_km))
            .collect(),
        licence: &state.site().data_licence,
    })
    .into_response()
}

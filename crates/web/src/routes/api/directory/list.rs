//! `GET /api/v1/prestataires`: the directory search as JSON.

use axum::Json;
use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use essaim_domain::Locale;
use essaim_domain::directory::PER_PAGE;
use std::collections::BTreeMap;

use serde::Serialize;

use super::ApiProvider;
use crate::routes::api::error;
use crate::routes::directory::{facets, full_records, params};
use crate::{AppError, AppState};

#[derive(Serialize)]
struct FacetValue {
    value: String,
    label: String,
    count: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    from_afar: Option<u32>,
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

pub async fn list(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    let published = state.directory().get();
    let parsed = params::parse(raw.as_deref(), published.index.catalogue());
    if let Some(problem) = parsed.problems.first() {
        return Ok(error(
            StatusCode::BAD_REQUEST,
            "parametre_invalide",
            Some(problem.param()),
            problem.message(Locale::Fr),
        ));
    }
    let instance = state.app().instance();
    let result = published.index.search(&parsed.query);
    let records = full_records::of_hits(state.db(), &result.hits).await?;
    let facets = facets::groups(
        &result.facets,
        &parsed.query,
        Locale::Fr,
        &published.tool_labels,
    )
    .into_iter()
    .map(|group| {
        let values = group
            .options
            .into_iter()
            .map(|o| FacetValue {
                value: o.label.code().to_string(),
                label: o.label.text().to_string(),
                count: o.count,
                from_afar: o.from_afar,
            })
            .collect();
        (group.param.as_str(), values)
    })
    .collect();
    Ok(Json(ListResponse {
        total: result.total,
        page: result.page,
        per_page: PER_PAGE,
        sort: result.sort.slug(),
        facets,
        items: records
            .iter()
            .map(|(record, distance_km)| ApiProvider::new(record, *distance_km))
            .collect(),
        licence: &instance.data_licence,
    })
    .into_response())
}

//! `GET /annuaire/export.geojson`: the current search as map points (also
//! what the map view loads).

use axum::extract::{RawQuery, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use essaim_domain::geo;
use serde_json::{Value, json};

use super::params;
use crate::AppState;
use crate::routes::api::provider_json;

pub async fn export(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Response {
    let parsed = params::parse(raw.as_deref());
    let result = state.directory().get().search_all(&parsed.query);
    let features: Vec<Value> = result
        .hits
        .iter()
        .filter_map(|hit| {
            let position = geo::commune_by_insee(&hit.record.commune)?.position()?;
            Some(json!({
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [position.lon, position.lat]},
                "properties": provider_json(&hit.record, hit.distance_km),
            }))
        })
        .collect();
    let body = json!({
        "type": "FeatureCollection",
        "licence": state.site().data_licence,
        "features": features,
    });
    let mut response = body.to_string().into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/geo+json"),
    );
    response
}

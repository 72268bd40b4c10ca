//! `GET /annuaire/export.geojson`: the current search as map points (also
//! what the map view loads).

use axum::extract::{RawQuery, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use essaim_domain::geo;
use serde::Serialize;

use super::{full_records, params};
use crate::routes::api::ApiProvider;
use crate::{AppError, AppState};

#[derive(Serialize)]
struct Feature<'a> {
    r#type: &'static str,
    geometry: Point,
    properties: ApiProvider<'a>,
}

#[derive(Serialize)]
struct Point {
    r#type: &'static str,
    coordinates: [f64; 2],
}

#[derive(Serialize)]
struct FeatureCollection<'a> {
    r#type: &'static str,
    licence: &'a str,
    features: Vec<Feature<'a>>,
}

pub async fn export(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    let parsed = params::parse(raw.as_deref());
    let published = state.directory().get();
    let result = published.index.search_all(&parsed.query);
    let records = full_records::of_hits(state.db(), &result.hits).await?;
    let features = records
        .iter()
        .filter_map(|(record, distance_km)| {
            let position = geo::commune_by_insee(&record.commune)?.position()?;
            Some(Feature {
                r#type: "Feature",
                geometry: Point {
                    r#type: "Point",
                    coordinates: [position.lon, position.lat],
                },
                properties: ApiProvider::new(record, *distance_km),
            })
        })
        .collect();
    let body = FeatureCollection {
        r#type: "FeatureCollection",
        licence: &state.site().data_licence,
        features,
    };
    let mut response = serde_json::to_string(&body)
        .unwrap_or_default()
        .into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/geo+json"),
    );
    Ok(response)
}

//! `GET /annuaire/export.geojson`: the current search as map points (also
//! what the map view loads).

use axum::extract::{RawQuery, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use essaim_domain::geo;
use serde::Serialize;

use super::{full_records, params};
use crate::routes::api::directory::ApiProvider;
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

pub async fn export(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    let published = state.directory().get();
    let parsed = params::parse(raw.as_deref(), published.index.catalogue());
    let result = published.index.search_all(&parsed.query);
    // {"type":"FeatureCollection","licence":…,"features":[…]}, the features
    // written a batch of profiles at a time.
    let mut body = format!(
        "{{\"type\":\"FeatureCollection\",\"licence\":{},\"features\":[",
        serde_json::to_string(&state.app().instance().data_licence).map_err(AppError::internal)?
    );
    let mut first = true;
    full_records::in_batches(&state, &result.hits, |batch| {
        for (record, distance_km) in &batch {
            let Some(position) = geo::commune_by_insee(&record.commune).and_then(|c| c.position())
            else {
                continue;
            };
            if !first {
                body.push(',');
            }
            first = false;
            body.push_str(
                &serde_json::to_string(&Feature {
                    r#type: "Feature",
                    geometry: Point {
                        r#type: "Point",
                        coordinates: [position.lon, position.lat],
                    },
                    properties: ApiProvider::new(record, *distance_km),
                })
                .map_err(AppError::internal)?,
            );
        }
        Ok::<_, AppError>(())
    })
    .await?;
    body.push_str("]}");
    let mut response = body.into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/geo+json"),
    );
    Ok(response)
}

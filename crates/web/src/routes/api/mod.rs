//! The public JSON API (`/api/v1/…`) and its OpenAPI document.

pub mod openapi;
pub mod providers_list;
pub mod providers_show;

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use essaim_domain::geo;
use essaim_domain::provider::ProviderRecord;
use serde_json::{Value, json};

/// A provider as the API and the exports give it: the public record, plus
/// where it is and, near a place, how far.
pub fn provider_json(record: &ProviderRecord, distance_km: Option<f64>) -> Value {
    let mut value = serde_json::to_value(record.public()).unwrap_or(Value::Null);
    if let Some(object) = value.as_object_mut() {
        object.remove("address_public");
        if let Some(commune) = geo::commune_by_insee(&record.commune) {
            object.insert(
                "place".into(),
                json!({
                    "commune_name": commune.name,
                    "postcode": commune.main_postcode(),
                    "departement": commune.departement(),
                    "region": commune.region(),
                    "latitude": commune.position().map(|p| p.lat),
                    "longitude": commune.position().map(|p| p.lon),
                }),
            );
        }
        object.insert("url".into(), json!(format!("/annuaire/{}", record.slug)));
        if let Some(km) = distance_km {
            object.insert("distance_km".into(), json!((km * 10.0).round() / 10.0));
        }
    }
    value
}

/// A JSON error: `{"error": code, "param": …, "message": French text}`.
pub fn error(status: StatusCode, code: &str, param: Option<&str>, message: String) -> Response {
    let mut body = json!({"error": code, "message": message});
    if let Some(param) = param {
        body["param"] = json!(param);
    }
    (status, Json(body)).into_response()
}

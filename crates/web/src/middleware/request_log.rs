//! Gives each request an id, returns it in `x-request-id`, and writes one
//! structured log line per request.

use std::time::Instant;

use axum::extract::{Request, State};
use axum::http::HeaderValue;
use axum::middleware::Next;
use axum::response::Response;
use tracing::Instrument;

use crate::AppState;
use crate::auth::ClientIp;

/// A short random id, shown on error pages so that an operator can find the
/// matching log line.
#[derive(Debug, Clone)]
pub struct RequestId(pub String);

impl RequestId {
    fn generate() -> RequestId {
        let mut bytes = [0u8; 8];
        getrandom::fill(&mut bytes).expect("system random source");
        RequestId(hex::encode(bytes))
    }
}

/// Events logged while the request runs (authentication events among them)
/// carry its id and the client's address through the span.
pub async fn log(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let started = Instant::now();
    let id = RequestId::generate();
    let method = request.method().clone();
    let path = request.uri().path().to_string();
    request.extensions_mut().insert(id.clone());
    let (parts, body) = request.into_parts();
    let ip = ClientIp::of(&parts, state.behind_proxy())
        .map(|ip| ip.to_string())
        .unwrap_or_default();
    let span = tracing::info_span!("requete", id = %id.0, ip);
    let mut response = next
        .run(Request::from_parts(parts, body))
        .instrument(span)
        .await;
    let status = response.status().as_u16();
    let duration_us = started.elapsed().as_micros() as u64;
    tracing::info!(
        target: "essaim::http",
        request_id = %id.0,
        %method,
        path,
        status,
        duration_us,
    );
    if let Ok(value) = HeaderValue::from_str(&id.0) {
        response.headers_mut().insert("x-request-id", value);
    }
    response
}

//! Gives each request an id, returns it in `x-request-id`, and writes one
//! structured log line per request.

use std::time::Instant;

use axum::extract::Request;
use axum::http::HeaderValue;
use axum::middleware::Next;
use axum::response::Response;

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

pub async fn log(mut request: Request, next: Next) -> Response {
    let started = Instant::now();
    let id = RequestId::generate();
    let method = request.method().clone();
    let path = request.uri().path().to_string();
    request.extensions_mut().insert(id.clone());
    let mut response = next.run(request).await;
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

//! Gives each request an id, returns it in `x-request-id`, and writes one
//! structured log line per request.

use std::net::IpAddr;
use std::time::Instant;

use axum::extract::Request;
use axum::http::{HeaderValue, Method};
use axum::response::Response;
use tracing::{Level, Span};

use crate::AppState;
use crate::auth::ClientIp;

/// A short random id, shown on error pages so that an operator can find the
/// matching log line: 16 hexadecimal digits, kept inline.
#[derive(Debug, Clone, Copy)]
pub struct RequestId([u8; 16]);

impl RequestId {
    fn generate() -> RequestId {
        let mut bytes = [0u8; 8];
        getrandom::fill(&mut bytes).expect("system random source");
        let mut digits = [0u8; 16];
        hex::encode_to_slice(bytes, &mut digits).expect("16 digits for 8 bytes");
        RequestId(digits)
    }

    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).expect("hexadecimal digits")
    }
}

/// What the log line needs from the request, kept until the response.
pub struct Started {
    at: Instant,
    id: RequestId,
    method: Method,
    /// Only when the line is written.
    path: Option<String>,
    ip: Option<IpAddr>,
}

impl Started {
    /// Leaves the id in the request for the error pages.
    pub fn of(request: &mut Request, state: &AppState) -> Started {
        let id = RequestId::generate();
        request.extensions_mut().insert(id);
        Started {
            at: Instant::now(),
            id,
            method: request.method().clone(),
            path: tracing::enabled!(target: "essaim::http", Level::INFO)
                .then(|| request.uri().path().to_string()),
            ip: ClientIp::of_request(
                request.headers(),
                request.extensions(),
                state.behind_proxy(),
            ),
        }
    }

    /// Events logged while the request runs (authentication events among
    /// them) carry its id and the client's address through this span.
    pub fn span(&self) -> Span {
        tracing::info_span!(
            "requete",
            id = %self.id.as_str(),
            ip = self.ip.map(|ip| ip.to_string()).unwrap_or_default()
        )
    }

    pub fn finish(self, response: &mut Response) {
        tracing::info!(
            target: "essaim::http",
            request_id = %self.id.as_str(),
            method = %self.method,
            path = self.path.as_deref().unwrap_or_default(),
            status = response.status().as_u16(),
            duration_us = self.at.elapsed().as_micros() as u64,
        );
        if let Ok(value) = HeaderValue::from_bytes(&self.id.0) {
            response.headers_mut().insert("x-request-id", value);
        }
    }
}

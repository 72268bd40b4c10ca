//! Gives each request an id, returns it in `x-request-id`, and writes one
//! structured log line per request.

use std::net::IpAddr;
use std::sync::LazyLock;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use axum::extract::Request;
use axum::http::{HeaderValue, Method};
use axum::response::Response;
use tracing::{Level, Span};

use crate::AppState;
use crate::auth::ClientIp;

/// A short id, shown on error pages so that an operator can find the
/// matching log line: 16 hexadecimal digits, kept inline.
#[derive(Debug, Clone, Copy)]
pub struct RequestId([u8; 16]);

/// Ids need to be distinct, not secret: the node's requests are numbered
/// from a random start, and each number is scrambled by a permutation
/// (SplitMix64's), so that no two requests of a node share an id and those
/// of several nodes are unlikely to. One system call per node, not per
/// request.
static REQUEST_NUMBER: LazyLock<AtomicU64> = LazyLock::new(|| {
    let mut start = [0u8; 8];
    getrandom::fill(&mut start).expect("system random source");
    AtomicU64::new(u64::from_le_bytes(start))
});

fn scramble(number: u64) -> u64 {
    let mut z = number.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

impl RequestId {
    fn generate() -> RequestId {
        let number = REQUEST_NUMBER.fetch_add(1, Ordering::Relaxed);
        let mut digits = [0u8; 16];
        hex::encode_to_slice(scramble(number).to_be_bytes(), &mut digits)
            .expect("16 digits for 8 bytes");
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_distinct_hexadecimal_and_do_not_look_counted() {
        let ids: Vec<String> = (0..10_000)
            .map(|_| RequestId::generate().as_str().to_string())
            .collect();
        let distinct: std::collections::HashSet<&String> = ids.iter().collect();
        assert_eq!(distinct.len(), ids.len());
        assert!(ids.iter().all(|id| {
            id.len() == 16
                && id
                    .bytes()
                    .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        }));
        // Consecutive requests do not share the start of their id.
        let shared_starts = ids
            .windows(2)
            .filter(|pair| pair[0][..8] == pair[1][..8])
            .count();
        assert_eq!(shared_starts, 0);
    }
}

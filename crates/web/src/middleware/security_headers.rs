//! Security headers on every response (OWASP ASVS V14.4).

use axum::http::{HeaderMap, HeaderName, HeaderValue, header};

use crate::AppState;

/// No inline script and no third-party origin but the map tiles' images.
pub fn content_security_policy(tile_origin: Option<&str>) -> HeaderValue {
    let tiles = tile_origin.map(|o| format!(" {o}")).unwrap_or_default();
    let policy = format!(
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:{tiles}; \
         font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; \
         form-action 'self'; frame-ancestors 'none'"
    );
    // A tile origin comes from a parsed URL, which is always a valid header.
    HeaderValue::from_str(&policy).unwrap_or_else(|_| content_security_policy(None))
}

/// A handler that set a stricter policy of its own (a file served with
/// `sandbox`) keeps it.
pub fn add(state: &AppState, headers: &mut HeaderMap) {
    headers
        .entry(header::CONTENT_SECURITY_POLICY)
        .or_insert_with(|| state.content_security_policy().clone());
    let fixed: [(HeaderName, &'static str); 5] = [
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "strict-origin-when-cross-origin"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (
            HeaderName::from_static("cross-origin-opener-policy"),
            "same-origin",
        ),
        (
            HeaderName::from_static("permissions-policy"),
            "camera=(), microphone=(), geolocation=(), interest-cohort=()",
        ),
    ];
    for (name, value) in fixed {
        headers.insert(name, HeaderValue::from_static(value));
    }
    if state.site().is_https() {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=63072000; includeSubDomains"),
        );
    }
}

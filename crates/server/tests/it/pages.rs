//! The base of every page: home, health, languages, errors, assets, headers.

use crate::harness::Backend;
use crate::{app, on_both_backends, once};

on_both_backends![health_reports_the_database];

// Pages, headers and middleware: the same whatever the database.
once![
    home_is_french_by_default_and_english_on_request,
    language_choice_is_remembered_and_stays_on_site,
    errors_are_french_pages_with_the_request_id,
    assets_are_hashed_cached_and_compressed,
    security_headers_are_on_every_response,
];

async fn health_reports_the_database(backend: Backend) {
    let app = app!(backend);
    let response = app.get("/healthz").await;
    assert_eq!(response.status(), 200);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body, serde_json::json!({"status": "ok", "database": "ok"}));

    // A database that no longer answers makes the node unhealthy.
    app.db().close().await;
    let response = app.get("/healthz").await;
    assert_eq!(response.status(), 503);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["database"], "error");
    app.stop().await;
}

async fn home_is_french_by_default_and_english_on_request(backend: Backend) {
    let app = app!(backend);
    let response = app.get("/").await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-language"], "fr");
    let html = response.text().await.unwrap();
    assert!(html.contains("<html lang=\"fr\">"));
    assert!(html.contains("Quitter les outils des géants du numérique"));
    assert!(html.contains("href=\"#contenu\""), "skip link");
    // Every pillar is offered.
    for built in [
        "/annuaire",
        "/catalogue",
        "/diagnostic",
        "/communaute",
        "/ressources",
        "/parcours",
        "/mutualisation",
    ] {
        assert!(html.contains(&format!("href=\"{built}\"")), "{built}");
    }
    assert!(!html.contains("SQLite") && !html.contains("PostgreSQL"));

    let english = app
        .get_with("/", &[("accept-language", "en-GB,en;q=0.9,fr;q=0.5")])
        .await
        .text()
        .await
        .unwrap();
    assert!(english.contains("<html lang=\"en\">"));
    assert!(english.contains("Leaving Big Tech tools, together"));

    let unsupported = app.get_with("/", &[("accept-language", "de-DE")]).await;
    assert_eq!(unsupported.headers()["content-language"], "fr");
    app.stop().await;
}

async fn language_choice_is_remembered_and_stays_on_site(backend: Backend) {
    let app = app!(backend);
    let response = app.get("/langue/en?retour=%2Fhealthz").await;
    assert_eq!(response.status(), 303);
    assert_eq!(response.headers()["location"], "/healthz");
    let cookie = response.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .to_string();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    assert!(
        !cookie.contains("Secure"),
        "no Secure cookie over plain http"
    );

    // The cookie wins over the browser's language.
    let html = app
        .get_with("/", &[("accept-language", "fr")])
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains("<html lang=\"en\">"));
    // The switch link leads back to French and to the same page.
    assert!(
        html.contains("href=\"/langue/fr?retour=%2F\""),
        "switch link"
    );

    let back = app.get("/langue/fr?retour=%2F%2Fevil.example").await;
    assert_eq!(back.headers()["location"], "/", "no open redirect");
    let html = app.get("/").await.text().await.unwrap();
    assert!(html.contains("<html lang=\"fr\">"));

    assert_eq!(app.get("/langue/de").await.status(), 404);
    app.stop().await;
}

async fn errors_are_french_pages_with_the_request_id(backend: Backend) {
    let app = app!(backend);
    let response = app.get("/nulle-part").await;
    assert_eq!(response.status(), 404);
    let request_id = response.headers()["x-request-id"]
        .to_str()
        .unwrap()
        .to_string();
    assert_eq!(request_id.len(), 16);
    let html = response.text().await.unwrap();
    assert!(html.contains("Page introuvable"));
    assert!(html.contains(&request_id), "the page shows the request id");

    let response = app.visitor().post_form("/", &[]).await;
    assert_eq!(
        response.status(),
        405,
        "a valid form to an address that takes none"
    );
    let html = response.text().await.unwrap();
    assert!(html.contains("pas possible à cette adresse"), "{html}");

    let english = app
        .get_with("/nulle-part", &[("accept-language", "en")])
        .await
        .text()
        .await
        .unwrap();
    assert!(english.contains("Page not found"));
    app.stop().await;
}

async fn assets_are_hashed_cached_and_compressed(backend: Backend) {
    let app = app!(backend);
    let html = app.get("/").await.text().await.unwrap();
    let start = html.find("/static/style.").expect("stylesheet link");
    let end = start + html[start..].find('"').unwrap();
    let css_url = &html[start..end];
    assert!(css_url.ends_with(".css") && css_url.len() > "/static/style.css".len());

    let plain = app.get(css_url).await;
    assert_eq!(plain.status(), 200);
    assert_eq!(plain.headers()["content-type"], "text/css; charset=utf-8");
    assert!(
        plain.headers()["cache-control"]
            .to_str()
            .unwrap()
            .contains("immutable")
    );
    let plain_len = plain.bytes().await.unwrap().len();

    for encoding in ["gzip", "br"] {
        let compressed = app
            .get_with(css_url, &[("accept-encoding", encoding)])
            .await;
        assert_eq!(compressed.headers()["content-encoding"], encoding);
        let len = compressed.bytes().await.unwrap().len();
        assert!(len < plain_len / 2, "{encoding}: {len} of {plain_len}");
    }

    assert_eq!(
        app.get("/static/style.css").await.status(),
        404,
        "unhashed name"
    );
    app.stop().await;
}

async fn security_headers_are_on_every_response(backend: Backend) {
    let app = app!(backend);
    let too_long = format!("/annuaire?q={}", "a".repeat(10_000));
    for path in ["/", "/healthz", "/nulle-part", too_long.as_str()] {
        let response = app.get(path).await;
        let headers = response.headers();
        let csp = headers["content-security-policy"].to_str().unwrap();
        assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
        assert!(csp.contains("script-src 'self'"));
        assert!(!csp.contains("unsafe-inline"), "{csp}");
        // The only third party: map tiles, as images.
        for directive in csp.split(';') {
            let origins: Vec<&str> = directive
                .split_whitespace()
                .filter(|w| w.contains("://"))
                .collect();
            if !origins.is_empty() {
                assert!(directive.trim().starts_with("img-src"), "{directive}");
                assert_eq!(origins, ["https://tile.openstreetmap.org"], "{directive}");
            }
        }
        assert_eq!(headers["x-content-type-options"], "nosniff");
        assert_eq!(
            headers["referrer-policy"],
            "strict-origin-when-cross-origin"
        );
        assert!(
            headers.get("strict-transport-security").is_none(),
            "no HSTS over http"
        );
    }
    let refused = app.get(&too_long).await;
    assert_eq!(refused.status(), 414);
    let page = refused.text().await.unwrap();
    assert!(page.contains("Cette adresse est trop longue"), "{page}");
    app.stop().await;

    let app = app!(backend, &[("public_url", "https://essaim.example.org")]);
    let response = app.get("/").await;
    assert!(
        response.headers()["strict-transport-security"]
            .to_str()
            .unwrap()
            .contains("max-age=")
    );
    let cookie = app.get("/langue/en").await.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .to_string();
    assert!(cookie.contains("Secure"), "{cookie}");
    app.stop().await;
}

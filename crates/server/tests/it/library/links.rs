//! The background check of the library's links, against a local HTTP
//! server that answers as real sites do: only a page gone twice, days
//! apart, is broken; refusals, rate limits, slowness and closed ports never
//! break a link; two checks at once ask each address once; an instance's
//! checks never ask a private address.

use std::time::Duration;

use axum::Router;
use axum::http::StatusCode;
use axum::response::Redirect;
use axum::routing::get;
use essaim_app::library::links::{Reach, check_due, client};
use essaim_domain::accounts::Role;
use essaim_domain::library::{Audience, Format, Resource, Status, Theme};

use super::{count, page};
use crate::harness::{Backend, TestApp};
use crate::{app, on_both_backends};

on_both_backends!(only_pages_gone_twice_days_apart_are_broken);

const DAY: i64 = 24 * 3600;

/// A site on loopback; returns its address.
async fn site() -> String {
    let routes = Router::new()
        .route("/ok", get(|| async { "Une page qui existe" }))
        .route("/gone", get(|| async { StatusCode::GONE }))
        .route("/missing", get(|| async { StatusCode::NOT_FOUND }))
        .route("/forbidden", get(|| async { StatusCode::FORBIDDEN }))
        .route("/busy", get(|| async { StatusCode::TOO_MANY_REQUESTS }))
        .route("/down", get(|| async { StatusCode::SERVICE_UNAVAILABLE }))
        .route("/moved", get(|| async { Redirect::permanent("/ok") }))
        .route(
            "/slow",
            get(|| async {
                tokio::time::sleep(Duration::from_secs(5)).await;
                "trop tard"
            }),
        );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, routes).await });
    format!("http://{address}")
}

/// An address where nothing listens.
async fn closed_port() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    drop(listener);
    format!("http://{address}/rien")
}

async fn shelve(app: &TestApp, slug: &str, url: &str, now: i64) {
    let resource = Resource {
        title: format!("Ressource {slug}"),
        url: url.to_string(),
        summary: "Une ressource dont on vérifie le lien.".into(),
        audience: Audience::Everyone,
        themes: vec![Theme::Tools],
        format: Format::Guide,
        language: "fr".into(),
        source: "Test".into(),
        licence: String::new(),
        year: None,
        links: Default::default(),
        file: None,
    };
    let mut tx = app.db().begin().await.unwrap();
    tx.insert_library_resource(slug, &resource, Status::Published, None, now)
        .await
        .unwrap();
    tx.commit().await.unwrap();
}

async fn broken(app: &TestApp) -> Vec<String> {
    let rows = sqlx::query(
        "SELECT slug FROM library_resources WHERE link_broken_at IS NOT NULL ORDER BY slug",
    )
    .fetch_all(app.db().pool())
    .await
    .unwrap();
    rows.iter().map(|r| sqlx::Row::get(r, 0)).collect()
}

async fn only_pages_gone_twice_days_apart_are_broken(backend: Backend) {
    let app = app!(backend);
    let site = site().await;
    let now = essaim_app::now();
    for slug in [
        "ok",
        "gone",
        "missing",
        "forbidden",
        "busy",
        "down",
        "moved",
        "slow",
    ] {
        shelve(&app, slug, &format!("{site}/{slug}"), now).await;
    }
    shelve(&app, "closed", &closed_port().await, now).await;
    // A name that resolves to loopback.
    let named = site.replace("127.0.0.1", "localhost");
    shelve(&app, "named", &format!("{named}/ok"), now).await;
    let pause = Duration::ZERO;

    // As an instance checks: nothing on loopback is asked, nothing changes.
    let public = client(Duration::from_secs(1), Reach::Public);
    let earlier = check_due(app.app(), &public, now - 8 * DAY, pause)
        .await
        .unwrap();
    assert_eq!((earlier.checked, earlier.broken), (10, 0));
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM library_resources WHERE link_status IS NOT NULL OR link_missing_since IS NOT NULL").await,
        0,
        "no private address was asked"
    );

    // The local site, as the public web.
    let client = client(Duration::from_secs(1), Reach::Any);

    let first = check_due(app.app(), &client, now, pause).await.unwrap();
    assert_eq!((first.checked, first.broken), (10, 0));
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM library_resources WHERE link_missing_since IS NOT NULL"
        )
        .await,
        2,
        "gone and missing, once"
    );
    // Nothing is due again before `link_check_days`.
    let soon = check_due(app.app(), &client, now + DAY, pause)
        .await
        .unwrap();
    assert_eq!(soon.checked, 0);

    // A week later, the same answers: the gone pages are broken, nothing
    // else. Two rounds at once (two nodes) ask each address once.
    let later = now + 8 * DAY;
    let (a, b) = tokio::join!(
        check_due(app.app(), &client, later, pause),
        check_due(app.app(), &client, later, pause)
    );
    let (a, b) = (a.unwrap(), b.unwrap());
    assert_eq!(a.checked + b.checked, 10, "each link once");
    assert_eq!(a.broken + b.broken, 2);
    assert_eq!(broken(&app).await, ["gone", "missing"]);

    // The public sees it on the page; moderators have them listed.
    let visitor = app.visitor();
    let (_, gone) = page(&visitor, "/ressources/gone").await;
    assert!(gone.contains("Ce lien semble cassé"));
    let (_, fine) = page(&visitor, "/ressources/forbidden").await;
    assert!(!fine.contains("Ce lien semble cassé"));
    let member = app.signed_in_as("nadia@exemple.org", Role::Membre).await;
    assert_eq!(page(&member, "/moderation/ressources").await.0, 403);
    let moderator = app
        .signed_in_as("moderation@exemple.org", Role::Moderateur)
        .await;
    let (status, watch) = page(&moderator, "/moderation/ressources").await;
    assert_eq!(status, 200);
    assert_eq!(watch.matches("Lien cassé depuis le").count(), 2);
    assert!(watch.contains("Ressource gone") && !watch.contains("Ressource forbidden"));

    // A moderator gives the resource its new address: checked afresh.
    let fields = [
        ("title", "Ressource gone"),
        ("url", &format!("{site}/ok")),
        ("summary", "Une ressource dont on vérifie le lien."),
        ("audience", "tous"),
        ("themes", "outils"),
        ("format", "guide"),
        ("language", "fr"),
        ("source", "Test"),
        ("statut", "publiee"),
        ("action", "publier"),
    ];
    moderator
        .submit("/moderation/ressources/gone", &fields)
        .await;
    assert_eq!(broken(&app).await, ["missing"]);
    assert!(
        !page(&visitor, "/ressources/gone")
            .await
            .1
            .contains("Ce lien semble cassé")
    );
    let again = check_due(app.app(), &client, later + DAY, pause)
        .await
        .unwrap();
    assert_eq!(
        (again.checked, again.broken),
        (1, 0),
        "the new address only"
    );
    // Found again: no longer broken.
    sqlx::query("UPDATE library_resources SET url = $1 WHERE slug = 'missing'")
        .bind(format!("{site}/moved"))
        .execute(app.db().pool())
        .await
        .unwrap();
    check_due(app.app(), &client, later + 9 * DAY, pause)
        .await
        .unwrap();
    assert!(broken(&app).await.is_empty());
}

//! The pooled needs' API: filters, refusals, and answers that match the
//! OpenAPI document.

use super::{garden, propose};
use crate::directory::api::{assert_valid, validator};
use crate::harness::Backend;
use crate::{app, on_both_backends};

on_both_backends!(the_api_lists_needs_and_matches_its_document);

async fn the_api_lists_needs_and_matches_its_document(backend: Backend) {
    let app = app!(backend);
    let (member, jardin) = garden(&app).await;
    let need = propose(&member, &jardin, "Adhésions en ligne dans Paheko").await;
    let id = need.rsplit('/').next().unwrap();
    let (_, document) = app.get_json("/api/openapi.json").await;
    let (status, list) = app
        .get_json("/api/v1/mutualisation/besoins?statut=idee&logiciel=paheko&type=fonctionnalite")
        .await;
    assert_eq!(status, 200);
    assert_eq!(list["total"], 1);
    assert_eq!(list["items"][0]["associations"], 1);
    let summary = validator(&document, "PoolingNeed");
    assert_valid(&summary, &list["items"][0], "a need in the list");
    let (_, none) = app
        .get_json("/api/v1/mutualisation/besoins?statut=livre")
        .await;
    assert_eq!(none["total"], 0);

    let (status, detail) = app
        .get_json(&format!("/api/v1/mutualisation/besoins/{id}"))
        .await;
    assert_eq!(status, 200);
    assert_eq!(detail["joined"]["sizes"]["sans-salarie"], 1);
    assert_eq!(detail["joined"]["regions"]["53"], 1, "{detail}");
    assert!(detail["campaign"].is_null());
    assert_valid(
        &validator(&document, "PoolingNeedDetail"),
        &detail,
        "a need",
    );

    let error = validator(&document, "Error");
    for bad in ["statut=fini", "type=autre", "logiciel=inconnu"] {
        let (status, body) = app
            .get_json(&format!("/api/v1/mutualisation/besoins?{bad}"))
            .await;
        assert_eq!(status, 400, "{bad}");
        assert!(body["message"].as_str().unwrap().contains("non reconnue"));
        assert_valid(&error, &body, bad);
    }
    for missing in ["999", "abc"] {
        let (status, body) = app
            .get_json(&format!("/api/v1/mutualisation/besoins/{missing}"))
            .await;
        assert_eq!(status, 404, "{missing}");
        assert_valid(&error, &body, missing);
    }
    app.stop().await;
}

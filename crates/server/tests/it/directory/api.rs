//! The OpenAPI document checked against real answers of the API.

use serde_json::{Value, json};

use crate::harness::Backend;
use crate::{app, on_both_backends};

on_both_backends![real_answers_match_the_openapi_document];

pub(crate) fn validator(document: &Value, schema: &str) -> jsonschema::Validator {
    let root = json!({
        "$ref": format!("#/components/schemas/{schema}"),
        "components": document["components"],
    });
    jsonschema::validator_for(&root).expect("a valid JSON Schema")
}

pub(crate) fn assert_valid(validator: &jsonschema::Validator, instance: &Value, what: &str) {
    let errors: Vec<String> = validator
        .iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{what}: {errors:#?}");
}

async fn real_answers_match_the_openapi_document(backend: Backend) {
    let app = app!(backend);
    app.import(&essaim_server::demo_data(40, 5)).await;
    let (status, document) = app.get_json("/api/openapi.json").await;
    assert_eq!(status, 200);
    assert_eq!(document["openapi"], "3.1.0");
    let search = validator(&document, "SearchResponse");
    let provider = validator(&document, "Provider");
    let error = validator(&document, "Error");

    for query in [
        "",
        "q=formation",
        "pres_de=Lyon&rayon=100",
        "accompagnement=migration&taille=1-9&page=2",
        "chatons=1&tri=recent",
    ] {
        let (status, body) = app.get_json(&format!("/api/v1/prestataires?{query}")).await;
        assert_eq!(status, 200);
        assert_valid(&search, &body, query);
    }
    let (_, list) = app.get_json("/api/v1/prestataires").await;
    let slug = list["items"][0]["slug"].as_str().unwrap();
    let (_, one) = app.get_json(&format!("/api/v1/prestataires/{slug}")).await;
    assert_valid(&provider, &one, slug);
    let (_, bad) = app.get_json("/api/v1/prestataires?rayon=x").await;
    assert_valid(&error, &bad, "400");
    let (_, missing) = app.get_json("/api/v1/prestataires/inconnu").await;
    assert_valid(&error, &missing, "404");

    // The document lists every parameter the API reads.
    let parameters: Vec<&str> = document["paths"]["/api/v1/prestataires"]["get"]["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    for name in [
        "q",
        "accompagnement",
        "taille",
        "modalite",
        "structure",
        "outil",
        "region",
        "departement",
        "chatons",
        "disponibilite",
        "pres_de",
        "rayon",
        "tri",
        "page",
    ] {
        assert!(parameters.contains(&name), "{name} documented");
    }
    // And a wrong answer would be caught.
    let mut broken = one.clone();
    broken["support_types"] = json!(["cuisine"]);
    assert!(!provider.is_valid(&broken));
    app.stop().await;
}

//! The catalogue as visitors, API clients and operators meet it: tools by
//! need, a tool's page with who hosts and supports it, the alternatives to
//! a proprietary tool near a place, the open data checked against the
//! OpenAPI document, and `essaim export/import catalogue`.

use essaim_domain::catalogue::{CatalogueDocument, builtin_document};

use crate::directory::api::{assert_valid, validator};
use crate::directory::transfer::essaim_on;
use crate::harness::Backend;
use crate::{app, on_both_backends};

on_both_backends!(
    a_tool_page_lists_its_hosts_chatons_first_and_its_supporters,
    the_alternatives_come_in_order_with_the_providers_near_a_place,
    the_open_data_matches_the_openapi_document,
    export_import_export_round_trips_and_every_node_follows,
    an_import_that_would_break_profiles_or_does_not_hold_writes_nothing,
);

/// The position of each text in the page, in the order given.
fn in_order(page: &str, texts: &[&str]) -> bool {
    let positions: Vec<usize> = texts
        .iter()
        .map(|t| page.find(t).unwrap_or_else(|| panic!("{t} missing")))
        .collect();
    positions.windows(2).all(|w| w[0] < w[1])
}

async fn a_tool_page_lists_its_hosts_chatons_first_and_its_supporters(backend: Backend) {
    let app = app!(backend);
    app.import(&essaim_server::demo_data(60, 7)).await;
    let catalogue = app.get("/catalogue").await.text().await.unwrap();
    for shown in [
        "Messagerie électronique",
        "Visioconférence",
        "href=\"/catalogue/nextcloud\"",
        "href=\"/catalogue/remplacer/gmail\"",
    ] {
        assert!(catalogue.contains(shown), "{shown}");
    }

    // What the directory says of the same providers, CHATONS first.
    let (_, hosting) = app
        .get_json("/api/v1/prestataires?outil=nextcloud&accompagnement=hebergement&tri=nom")
        .await;
    let mut expected: Vec<(bool, String)> = hosting["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                !p["chatons"].as_bool().unwrap(),
                p["name"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert!(!expected.is_empty(), "the demonstration hosts Nextcloud");
    expected.sort_by_key(|(not_chatons, _)| *not_chatons);
    let page = app.get("/catalogue/nextcloud").await;
    assert_eq!(page.status(), 200);
    let page = page.text().await.unwrap();
    let hosts =
        &page[page.find("id=\"heberge\"").unwrap()..page.find("id=\"accompagne\"").unwrap()];
    let names: Vec<&str> = expected.iter().take(8).map(|(_, n)| n.as_str()).collect();
    let escaped: Vec<String> = names.iter().map(|n| n.replace('\'', "&#39;")).collect();
    let escaped: Vec<&str> = escaped.iter().map(String::as_str).collect();
    assert!(in_order(hosts, &escaped), "hosts in order: {names:?}");
    for shown in [
        "Google Drive",
        "Partage et stockage de fichiers",
        "AGPL-3.0-or-later",
        "Q25874683",
    ] {
        assert!(page.contains(shown), "{shown}");
    }
    assert_eq!(app.get("/catalogue/inconnu").await.status(), 404);
    app.stop().await;
}

async fn the_alternatives_come_in_order_with_the_providers_near_a_place(backend: Backend) {
    let app = app!(backend);
    app.import(&essaim_server::demo_data(60, 7)).await;
    let picked = app.get("/catalogue/remplacer?outil=gmail").await;
    assert_eq!(picked.status(), 303);
    assert_eq!(picked.headers()["location"], "/catalogue/remplacer/gmail");
    let page = app
        .get("/catalogue/remplacer/gmail")
        .await
        .text()
        .await
        .unwrap();
    assert!(in_order(
        &page,
        &[
            "href=\"/catalogue/roundcube\"",
            "href=\"/catalogue/thunderbird\"",
            "href=\"/catalogue/sogo\""
        ]
    ));
    assert!(!page.contains("Les plus proches"), "no place, no distances");

    let near = app
        .get("/catalogue/remplacer/zoom?pres_de=Rennes")
        .await
        .text()
        .await
        .unwrap();
    assert!(near.contains("Les plus proches"));
    assert!(near.contains(" km"), "distances are given");
    assert!(near.contains("value=\"Rennes (35)\""), "the place is kept");

    let unknown_place = app
        .get("/catalogue/remplacer/zoom?pres_de=Zzyzxville")
        .await;
    assert_eq!(unknown_place.status(), 200);
    assert!(
        unknown_place
            .text()
            .await
            .unwrap()
            .contains("aucune commune ne correspond à « Zzyzxville »")
    );
    assert_eq!(app.get("/catalogue/remplacer/inconnu").await.status(), 404);
    app.stop().await;
}

async fn the_open_data_matches_the_openapi_document(backend: Backend) {
    let app = app!(backend);
    app.import(&essaim_server::demo_data(40, 5)).await;
    let (_, document) = app.get_json("/api/openapi.json").await;
    let error = validator(&document, "Error");
    let tool = validator(&document, "CatalogueTool");
    let need = validator(&document, "CatalogueNeed");

    let (status, tools) = app.get_json("/api/v1/catalogue/logiciels").await;
    assert_eq!(status, 200);
    let items = tools["items"].as_array().unwrap();
    assert!(items.len() >= 60);
    for item in items {
        assert_valid(&tool, item, item["slug"].as_str().unwrap());
    }
    let (_, zoom) = app
        .get_json("/api/v1/catalogue/logiciels?remplace=zoom")
        .await;
    let ranks: Vec<(String, u64)> = zoom["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            let rank = t["replaces"]
                .as_array()
                .unwrap()
                .iter()
                .find(|r| r["slug"] == "zoom")
                .unwrap()["rank"]
                .as_u64()
                .unwrap();
            (t["slug"].as_str().unwrap().to_string(), rank)
        })
        .collect();
    assert!(ranks.contains(&("bigbluebutton".into(), 1)), "{ranks:?}");
    assert!(ranks.contains(&("jitsi-meet".into(), 2)), "{ranks:?}");

    let (_, needs) = app.get_json("/api/v1/catalogue/besoins").await;
    let needs = needs["items"].as_array().unwrap();
    assert!(needs.len() >= 20);
    for item in needs {
        assert_valid(&need, item, item["slug"].as_str().unwrap());
    }
    for bad in ["besoin=teleportation", "remplace=minitel"] {
        let (status, body) = app
            .get_json(&format!("/api/v1/catalogue/logiciels?{bad}"))
            .await;
        assert_eq!(status, 400, "{bad}");
        assert_valid(&error, &body, bad);
        assert!(
            body["message"]
                .as_str()
                .unwrap()
                .contains("n'est pas dans le catalogue")
        );
    }
    for path in ["/api/v1/catalogue/logiciels", "/api/v1/catalogue/besoins"] {
        assert!(
            document["paths"][path]["get"].is_object(),
            "{path} documented"
        );
    }
    app.stop().await;
}

async fn export_import_export_round_trips_and_every_node_follows(backend: Backend) {
    let app = app!(backend);
    let exported = essaim_on(&app.database_url, &["export", "catalogue"], None).await;
    assert!(exported.status.success());
    let first = String::from_utf8(exported.stdout).unwrap();
    assert_eq!(
        CatalogueDocument::parse(&first).unwrap(),
        builtin_document(),
        "a new instance holds the catalogue it ships with"
    );

    let mut changed = builtin_document();
    changed.tools[0].description = "Le nuage de fichiers de l'association.".into();
    let mut added = changed.tools[1].clone();
    added.slug = "outil-de-quartier".into();
    added.name = "Outil de quartier".into();
    changed.tools.push(added);
    changed.proprietary[0]
        .alternatives
        .push("outil-de-quartier".into());
    let text = serde_json::to_string_pretty(&changed).unwrap();
    let imported = essaim_on(
        &app.database_url,
        &["import", "catalogue", "-"],
        Some(&text),
    )
    .await;
    assert!(
        imported.status.success(),
        "{}",
        String::from_utf8_lossy(&imported.stderr)
    );
    let second = essaim_on(&app.database_url, &["export", "catalogue"], None).await;
    assert_eq!(
        String::from_utf8(second.stdout).unwrap().trim_end(),
        text,
        "byte for byte"
    );

    // The running node follows the database.
    app.refresh().await;
    let page = app.get("/catalogue/outil-de-quartier").await;
    assert_eq!(page.status(), 200);
    let nextcloud = app.get("/catalogue/nextcloud").await.text().await.unwrap();
    assert!(nextcloud.contains("Le nuage de fichiers de l&#39;association."));
    app.stop().await;
}

async fn an_import_that_would_break_profiles_or_does_not_hold_writes_nothing(backend: Backend) {
    let app = app!(backend);
    app.import(&essaim_server::demo_data(20, 3)).await;
    let revision = app.db().catalogue_revision().await.unwrap();

    let mut without_nextcloud = builtin_document();
    without_nextcloud.tools.retain(|t| t.slug != "nextcloud");
    for p in &mut without_nextcloud.proprietary {
        p.alternatives.retain(|a| a != "nextcloud");
    }
    let refused = essaim_on(
        &app.database_url,
        &["import", "catalogue", "-"],
        Some(&serde_json::to_string(&without_nextcloud).unwrap()),
    )
    .await;
    assert_eq!(refused.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(stderr.contains("rien n'a été écrit"), "{stderr}");
    assert!(
        stderr.contains("le logiciel « nextcloud » est cité par des fiches"),
        "{stderr}"
    );

    let mut broken = builtin_document();
    broken.tools[0].install_difficulty = 9;
    broken.proprietary[2].alternatives.push("inconnu".into());
    let refused = essaim_on(
        &app.database_url,
        &["import", "catalogue", "-"],
        Some(&serde_json::to_string(&broken).unwrap()),
    )
    .await;
    assert_eq!(refused.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(
        stderr.contains("tools[1].install_difficulty : difficulté d'installation 9"),
        "{stderr}"
    );
    assert!(stderr.contains("proprietary[3].alternatives"), "{stderr}");

    let not_json = essaim_on(
        &app.database_url,
        &["import", "catalogue", "-"],
        Some("{\"format\":"),
    )
    .await;
    assert_eq!(not_json.status.code(), Some(1));

    assert_eq!(
        app.db().catalogue_revision().await.unwrap(),
        revision,
        "nothing written"
    );
    app.stop().await;
}

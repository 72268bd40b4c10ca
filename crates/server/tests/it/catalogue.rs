//! The catalogue as visitors, API clients and operators meet it: tools by
//! need, a tool's page with who hosts and supports it, the alternatives to
//! a proprietary tool near a place, the open data checked against the
//! OpenAPI document, and `essaim export/import catalogue`.

use essaim_domain::catalogue::{CatalogueDocument, builtin_document};

use crate::directory::api::{assert_valid, validator};
use crate::directory::transfer::essaim_on;
use essaim_domain::accounts::Role;

use crate::harness::Backend;
use crate::{app, on_both_backends};

on_both_backends!(
    a_tool_page_lists_its_hosts_chatons_first_and_its_supporters,
    the_alternatives_come_in_order_with_the_providers_near_a_place,
    the_open_data_matches_the_openapi_document,
    export_import_export_round_trips_and_every_node_follows,
    an_import_that_would_break_profiles_or_does_not_hold_writes_nothing,
    moderators_edit_the_catalogue_and_everyone_sees_it_at_once,
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

async fn moderators_edit_the_catalogue_and_everyone_sees_it_at_once(backend: Backend) {
    let app = app!(backend);
    let member = app
        .signed_in_as("membre@exemple.org", Role::Prestataire)
        .await;
    let moderator = app
        .signed_in_as("moderation@exemple.org", Role::Moderateur)
        .await;
    assert_eq!(member.get("/moderation/catalogue").await.status(), 403);
    assert_eq!(
        member
            .get("/moderation/catalogue/logiciels/nextcloud")
            .await
            .status(),
        403
    );
    let revision = app.db().catalogue_revision().await.unwrap().to_string();
    let nextcloud = |description: &'static str, revision: String| {
        vec![
            ("revision", revision),
            ("name", "Nextcloud".to_string()),
            ("description", description.to_string()),
            ("website", "nextcloud.com".to_string()),
            ("licence", "AGPL-3.0-or-later".to_string()),
            ("wikidata", "Q25874683".to_string()),
            ("needs", "partage-fichiers".to_string()),
            ("needs", "agenda".to_string()),
            ("use_difficulty", "2".to_string()),
            ("install_difficulty", "3".to_string()),
            ("hosted_offers", "1".to_string()),
        ]
    };
    let refused = member
        .post_form(
            "/moderation/catalogue/logiciels/nextcloud",
            &as_refs(&nextcloud("Piraté", revision.clone())),
        )
        .await;
    assert_eq!(refused.status(), 403);

    assert_eq!(moderator.get("/moderation/catalogue").await.status(), 200);
    assert_eq!(
        moderator
            .get("/moderation/catalogue/logiciels/nextcloud")
            .await
            .status(),
        200
    );
    let saved = moderator
        .post_form(
            "/moderation/catalogue/logiciels/nextcloud",
            &as_refs(
                &(nextcloud(
                    "Des fichiers partagés, chez un hébergeur de confiance.",
                    revision.clone(),
                )),
            ),
        )
        .await;
    assert_eq!(saved.status(), 303);
    // The same form again, from the revision it showed: someone saved since.
    let stale = moderator
        .post_form(
            "/moderation/catalogue/logiciels/nextcloud",
            &as_refs(&nextcloud("Une autre description.", revision.clone())),
        )
        .await;
    assert_eq!(stale.status(), 409);
    assert!(
        stale
            .text()
            .await
            .unwrap()
            .contains("Le catalogue a changé")
    );

    app.refresh().await;
    let page = app.get("/catalogue/nextcloud").await.text().await.unwrap();
    assert!(page.contains("Des fichiers partagés, chez un hébergeur de confiance."));
    assert!(!page.contains("Piraté"));
    let journal = moderator
        .get("/moderation/journal")
        .await
        .text()
        .await
        .unwrap();
    assert!(journal.contains("Modification du catalogue"), "{journal}");
    assert!(journal.contains("href=\"/moderation/catalogue/logiciels/nextcloud\""));

    // A new tool with wrong values: each is named, nothing is written.
    let revision = app.db().catalogue_revision().await.unwrap().to_string();
    let bad = moderator
        .post_form(
            "/moderation/catalogue/logiciels/nouveau",
            &[
                ("revision", revision.as_str()),
                ("slug", "Pas Bon"),
                ("name", ""),
                ("description", "Un outil."),
                ("website", "pas une adresse"),
                ("licence", "MIT"),
                ("use_difficulty", "7"),
                ("install_difficulty", "deux"),
            ],
        )
        .await;
    assert_eq!(bad.status(), 422);
    let bad = bad.text().await.unwrap();
    for message in [
        "ne convient pas comme identifiant",
        "le nom doit compter",
        "n&#39;est pas une adresse web",
        "indiquez au moins un besoin",
        "difficulté d&#39;usage 7",
        "difficulté d&#39;installation 0",
    ] {
        assert!(bad.contains(message), "{message}");
    }
    assert_eq!(
        app.db().catalogue_revision().await.unwrap().to_string(),
        revision
    );

    let added = moderator
        .post_form(
            "/moderation/catalogue/logiciels/nouveau",
            &[
                ("revision", revision.as_str()),
                ("slug", "outil-de-quartier"),
                ("name", "Outil de quartier"),
                ("description", "Un outil tout simple."),
                ("website", "https://outil.example.org"),
                ("licence", "MIT"),
                ("needs", "visio"),
                ("use_difficulty", "1"),
                ("install_difficulty", "2"),
            ],
        )
        .await;
    assert_eq!(added.status(), 303);
    let revision = app.db().catalogue_revision().await.unwrap().to_string();
    let taken = moderator
        .post_form(
            "/moderation/catalogue/proprietaires/nouveau",
            &[
                ("revision", revision.as_str()),
                ("slug", "gmail"),
                ("name", "Gmail"),
                ("vendor", "Google"),
                ("needs", "messagerie"),
            ],
        )
        .await;
    assert_eq!(taken.status(), 422);
    assert!(taken.text().await.unwrap().contains("est déjà pris"));
    let minitel = moderator
        .post_form(
            "/moderation/catalogue/proprietaires/nouveau",
            &[
                ("revision", revision.as_str()),
                ("slug", "minitel"),
                ("name", "Minitel"),
                ("vendor", "France Télécom"),
                ("needs", "visio"),
                ("alternatives", "outil-de-quartier"),
                ("alternatives", ""),
                ("alternatives", "jitsi-meet"),
            ],
        )
        .await;
    assert_eq!(minitel.status(), 303);
    let revision = app.db().catalogue_revision().await.unwrap().to_string();
    let need = moderator
        .post_form(
            "/moderation/catalogue/besoins/visio",
            &[
                ("revision", revision.as_str()),
                ("name", "Réunions en ligne"),
                ("name_en", "Online meetings"),
                ("words", "visio, visioconférence, réunion à distance"),
            ],
        )
        .await;
    assert_eq!(need.status(), 303);

    app.refresh().await;
    assert_eq!(app.get("/catalogue/outil-de-quartier").await.status(), 200);
    let replace = app
        .get("/catalogue/remplacer/minitel")
        .await
        .text()
        .await
        .unwrap();
    assert!(in_order(
        &replace,
        &[
            "href=\"/catalogue/outil-de-quartier\"",
            "href=\"/catalogue/jitsi-meet\""
        ]
    ));
    assert!(replace.contains("Réunions en ligne"));
    assert_eq!(
        moderator
            .get("/moderation/catalogue/logiciels/inconnu")
            .await
            .status(),
        404
    );
    app.stop().await;
}

/// A form's fields as `post_form` takes them.
fn as_refs<'a>(fields: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    fields.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

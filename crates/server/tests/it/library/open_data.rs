//! The library as open data: the feed, the exports and the API, with the
//! published resources only.

use essaim_domain::accounts::Role;

use super::{page, proposal};
use crate::harness::Backend;
use crate::{app, on_both_backends};

on_both_backends!(open_data_gives_the_published_resources_only);

async fn open_data_gives_the_published_resources_only(backend: Backend) {
    let app = app!(backend);
    let member = app.signed_in_as("nadia@exemple.org", Role::Membre).await;
    let moderator = app
        .signed_in_as("moderation@exemple.org", Role::Moderateur)
        .await;
    member
        .submit(
            "/ressources/proposer",
            &proposal(
                "RGPD : par où commencer",
                "Les premières étapes pour une petite association, pas à pas.",
            ),
        )
        .await;
    let mut publish = proposal(
        "RGPD : par où commencer",
        "Les premières étapes pour une petite association, pas à pas.",
    );
    publish.extend([("statut", "proposee"), ("action", "publier")]);
    moderator
        .submit("/moderation/ressources/rgpd-par-ou-commencer", &publish)
        .await;
    // A formula in a title stays text in a spreadsheet.
    member
        .submit(
            "/ressources/proposer",
            &proposal(
                "=HYPERLINK(\"x\") en attente",
                "Une proposition que personne n'a encore relue.",
            ),
        )
        .await;
    let visitor = app.visitor();

    let (status, feed) = page(&visitor, "/ressources/flux.atom").await;
    assert_eq!(status, 200);
    assert!(feed.contains("<title>RGPD : par où commencer</title>"));
    assert!(feed.contains("/ressources/rgpd-par-ou-commencer"));
    assert!(!feed.contains("HYPERLINK"), "a proposal is not published");

    let csv = visitor.get("/ressources/export.csv?theme=droit-rgpd").await;
    assert_eq!(csv.headers()["content-type"], "text/csv; charset=utf-8");
    let csv = csv.text().await.unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 2, "{csv}");
    assert!(lines[0].starts_with("\u{feff}slug;titre;adresse;resume;public;themes"));
    assert!(lines[1].starts_with("rgpd-par-ou-commencer;RGPD : par où commencer;https://www.cnil.fr/fr/rgpd-par-ou-commencer;"));
    assert!(!csv.contains("nadia@exemple.org"));
    let (_, none) = page(&visitor, "/ressources/export.csv?theme=financement").await;
    assert_eq!(none.lines().count(), 1, "the header alone");

    let (status, json) = app.get_json("/ressources/export.json").await;
    assert_eq!(status, 200);
    assert_eq!(json.as_array().unwrap().len(), 1);
    assert_eq!(
        json[0]["themes"],
        serde_json::json!(["formation", "droit-rgpd"])
    );

    // The API, checked against its document.
    let (_, document) = app.get_json("/api/openapi.json").await;
    let resource = crate::directory::api::validator(&document, "LibraryResource");
    let error = crate::directory::api::validator(&document, "Error");
    let (status, list) = app
        .get_json("/api/v1/ressources?q=etapes&public=associations&langue=fr")
        .await;
    assert_eq!(status, 200);
    assert_eq!(
        (list["total"].as_i64(), list["page"].as_i64()),
        (Some(1), Some(1))
    );
    crate::directory::api::assert_valid(&resource, &list["items"][0], "a resource");
    assert_eq!(list["items"][0]["year"], 2023);
    for bad in ["format=podcast", "page=0", "tri=hasard", "langue=klingon"] {
        let (status, body) = app.get_json(&format!("/api/v1/ressources?{bad}")).await;
        assert_eq!(status, 400, "{bad}");
        crate::directory::api::assert_valid(&error, &body, bad);
        assert!(
            body["message"]
                .as_str()
                .unwrap()
                .contains("ne peut pas valoir")
        );
    }
}

use essaim_domain::accounts::Role;

use super::provider_with_complete_draft;
use crate::harness::Backend;
use crate::{app, on_both_backends};

on_both_backends!(
    a_draft_saves_halfway_and_submission_needs_two_references,
    bad_inputs_are_named_in_french,
    the_form_takes_what_people_type,
);

async fn a_draft_saves_halfway_and_submission_needs_two_references(backend: Backend) {
    let app = app!(backend);
    let provider = app
        .signed_in_as("coop@exemple.org", Role::Prestataire)
        .await;
    // A name is asked for in the name's terms, not the address made from it.
    for (name, message) in [
        ("", "le nom est obligatoire"),
        ("!!!", "le nom doit contenir des lettres ou des chiffres"),
    ] {
        let refused = provider
            .post_form("/espace-prestataire/fiches", &[("name", name)])
            .await;
        assert_eq!(refused.status(), 422, "{name:?}");
        let page = refused.text().await.unwrap();
        assert!(page.contains(message), "{name:?}: {page}");
        assert!(!page.contains("identifiant"), "{name:?}: {page}");
    }
    let created = provider
        .post_form(
            "/espace-prestataire/fiches",
            &[("name", "Numérique Solidaire")],
        )
        .await;
    assert_eq!(
        created.headers()["location"],
        "/espace-prestataire/fiches/numerique-solidaire/identite"
    );
    let saved = provider
        .post_form(
            "/espace-prestataire/fiches/numerique-solidaire/identite",
            &[
                ("name", "Numérique Solidaire"),
                ("pitch", "Des ateliers pour les bénévoles."),
            ],
        )
        .await;
    assert_eq!(saved.status(), 303, "an incomplete draft is saved");
    // The next day: everything typed is still there.
    let page = provider
        .get("/espace-prestataire/fiches/numerique-solidaire/identite")
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("Des ateliers pour les bénévoles."));

    let refused = provider
        .post_form(
            "/espace-prestataire/fiches/numerique-solidaire/soumettre",
            &[],
        )
        .await;
    assert_eq!(refused.status(), 422);
    let page = refused.text().await.unwrap();
    assert!(page.contains("au moins 2 accompagnements"), "{page}");
    assert!(page.contains("choisissez une forme juridique"));

    // A second profile of the same name gets its own address.
    let again = provider
        .post_form(
            "/espace-prestataire/fiches",
            &[("name", "Numérique Solidaire")],
        )
        .await;
    assert_eq!(
        again.headers()["location"],
        "/espace-prestataire/fiches/numerique-solidaire-2/identite"
    );
    let list = provider
        .get("/espace-prestataire")
        .await
        .text()
        .await
        .unwrap();
    assert!(list.contains("numerique-solidaire-2") && list.contains("Brouillon"));
    app.stop().await;
}

/// A step, the fields sent, and what the page must say.
type Case<'a> = (&'a str, Vec<(&'a str, &'a str)>, &'a str);

async fn bad_inputs_are_named_in_french(backend: Backend) {
    let app = app!(backend);
    let (provider, slug) = provider_with_complete_draft(&app, "coop@exemple.org").await;
    let step = |name: &str| format!("/espace-prestataire/fiches/{slug}/{name}");
    let long_pitch = "long ".repeat(70);
    let cases: Vec<Case> = vec![
        ("identite", vec![("name", "X")], "de 2 à 120 caractères"),
        (
            "identite",
            vec![("name", "Coop"), ("founded", "l'an dernier")],
            "n&#39;est pas une année",
        ),
        (
            "identite",
            vec![("name", "Coop"), ("website", "coop-libre")],
            "adresse web",
        ),
        (
            "identite",
            vec![("name", "Coop"), ("pitch", long_pitch.as_str())],
            "dépasse 280 caractères",
        ),
        (
            "lieu",
            vec![("commune_query", "Nullepartville")],
            "aucune commune ne s&#39;appelle « Nullepartville » : vérifiez l&#39;orthographe",
        ),
        (
            "lieu",
            vec![("commune_query", "99999")],
            "aucune commune n&#39;a le code postal 99999 : vérifiez-le, ou tapez le nom",
        ),
        (
            "contact",
            vec![("availability", "disponible"), ("contact_phone", "abc")],
            "« abc » n&#39;est pas un numéro de téléphone",
        ),
        (
            "structure",
            vec![("structure", "multinationale")],
            "forme juridique inconnue",
        ),
        (
            "offre",
            vec![("support_types", "divination")],
            "valeur inconnue",
        ),
        (
            "references",
            vec![
                ("ref1_association", "A"),
                ("ref1_year", "2023"),
                ("ref1_summary", "Un"),
                ("ref2_association", "B"),
                ("ref2_year", "2024"),
                ("ref2_summary", "Deux"),
                ("ref3_association", "C"),
                ("ref3_summary", "Trois, sans année"),
            ],
            "indiquez l&#39;année",
        ),
        (
            "references",
            vec![
                ("ref1_association", "A"),
                ("ref1_year", "2023"),
                ("ref1_summary", "Un"),
                ("ref1_tools", "Logiciel Imaginaire"),
            ],
            "outil inconnu",
        ),
        (
            "contact",
            vec![
                ("availability", "disponible"),
                ("contact_email", "pas-une-adresse"),
            ],
            "adresse électronique",
        ),
    ];
    for (name, fields, message) in cases {
        let response = provider.post_form(&step(name), &fields).await;
        assert_eq!(response.status(), 422, "{name} {fields:?}");
        let page = response.text().await.unwrap();
        assert!(
            page.contains(message),
            "« {message} » for {name} {fields:?}"
        );
        assert!(page.contains("aria-invalid=\"true\"") || page.contains("field-error"));
    }
    // A postcode shared by several communes asks which one: a question, not
    // an error.
    let several = provider
        .post_form(
            &step("lieu"),
            &[("commune_query", "29410"), ("remote", "1")],
        )
        .await;
    assert_eq!(several.status(), 200);
    let page = several.text().await.unwrap();
    assert!(page.contains("laquelle est la vôtre ?"), "{page}");
    assert!(page.contains("Plounéour-Ménez"));
    assert!(
        !page.contains("field-error") && !page.contains("notice-error"),
        "{page}"
    );
    let chosen = provider
        .post_form(
            &step("lieu"),
            &[
                ("commune_query", "29410"),
                ("commune", "29207"),
                ("remote", "1"),
            ],
        )
        .await;
    assert_eq!(chosen.status(), 303);
    // Nothing invalid was saved.
    let row = app.db().provider_by_slug(&slug).await.unwrap().unwrap();
    assert_eq!(row.profile.name, "Coop Libre Bretagne");
    assert_eq!(row.profile.commune, "29207");
    assert_eq!(row.profile.references.len(), 2);
    app.stop().await;
}

async fn the_form_takes_what_people_type(backend: Backend) {
    let app = app!(backend);
    let (provider, slug) = provider_with_complete_draft(&app, "coop@exemple.org").await;
    let step = |name: &str| format!("/espace-prestataire/fiches/{slug}/{name}");
    let saved = provider
        .post_form(
            &step("identite"),
            &[
                ("name", "Coop Libre Bretagne"),
                ("pitch", "Des ateliers pour les bénévoles."),
                ("website", "www.coop-libre.fr"),
            ],
        )
        .await;
    assert_eq!(
        saved.status(),
        303,
        "an address without https:// is completed"
    );
    let page = provider.get(&step("identite")).await.text().await.unwrap();
    assert!(
        page.contains("value=\"https://www.coop-libre.fr\""),
        "{page}"
    );
    assert!(
        page.contains("32 / 280 caractères"),
        "the pitch shows its count against its limit"
    );

    // A forged form repeating a region or a tool a thousand times keeps one.
    let mut place = vec![("commune_query", "35000"), ("remote", "1")];
    place.extend(std::iter::repeat_n(("regions", "53"), 1000));
    assert_eq!(
        provider.post_form(&step("lieu"), &place).await.status(),
        303
    );
    let mut offer = vec![
        ("support_types", "formation"),
        ("association_sizes", "1-9"),
        ("modalities", "distance"),
    ];
    offer.extend(std::iter::repeat_n(("tools", "nextcloud"), 1000));
    assert_eq!(
        provider.post_form(&step("offre"), &offer).await.status(),
        303
    );
    let row = app.db().provider_by_slug(&slug).await.unwrap().unwrap();
    assert_eq!(
        row.profile.website.as_deref(),
        Some("https://www.coop-libre.fr")
    );
    assert_eq!(row.profile.zone.regions, vec!["53".to_string()]);
    assert_eq!(row.profile.tools, vec!["nextcloud".to_string()]);
    app.stop().await;
}

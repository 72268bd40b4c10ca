//! Creating an association's space and editing its details, and the refusals.

use crate::harness::Backend;
use crate::{app, on_both_backends};
use essaim_domain::accounts::Role;

use super::*;

on_both_backends!(
    a_person_creates_an_association_and_edits_its_details,
    bad_details_are_named_and_nothing_is_created,
);

async fn a_person_creates_an_association_and_edits_its_details(backend: Backend) {
    let app = app!(backend);
    let me = app
        .signed_in_as("tresorier@exemple.org", Role::Membre)
        .await;
    let home = me.get("/espace-association").await;
    assert_eq!(home.status(), 200);
    assert!(home.text().await.unwrap().contains("aucune association"));

    let space = create(&me, HANDBALL).await;
    assert_eq!(space, "/espace-association/club-de-handball-de-vitre");
    let page = me.get(&space).await.text().await.unwrap();
    for shown in [
        "Club de handball de Vitré",
        "Sans salarié·e",
        "Vitré (35)",
        "Sport",
        "https://hand-vitre.example.org",
        "Responsable",
        "tresorier@exemple.org",
    ] {
        assert!(page.contains(shown), "{shown} on the space");
    }
    let listed = me.get("/espace-association").await.text().await.unwrap();
    assert!(listed.contains(&format!("href=\"{space}\"")));

    // The same name again gets its own address; a chosen one is kept.
    assert_eq!(
        create(&me, HANDBALL).await,
        "/espace-association/club-de-handball-de-vitre-2"
    );
    let mut chosen = HANDBALL.to_vec();
    chosen.push(("slug", "hand-vitre"));
    assert_eq!(create(&me, &chosen).await, "/espace-association/hand-vitre");

    // Homonyms: the form asks which commune, then keeps the one chosen.
    let edit = format!("{space}/presentation");
    let mut fields = HANDBALL.to_vec();
    fields[2] = ("commune_query", "Saint-Denis");
    let asked = me.post_form(&edit, &fields).await;
    assert_eq!(asked.status(), 200);
    let asked = asked.text().await.unwrap();
    assert!(asked.contains("Plusieurs communes correspondent"));
    assert!(asked.contains("value=\"93066\""), "Saint-Denis (93)");
    fields.push(("commune", "93066"));
    fields[0] = ("name", "Club de handball de Saint-Denis");
    assert_eq!(me.post_form(&edit, &fields).await.status(), 303);
    let page = me.get(&space).await.text().await.unwrap();
    assert!(page.contains("Club de handball de Saint-Denis"));
    assert!(page.contains("Saint-Denis (93)"));
    let row = app
        .db()
        .association_by_slug("club-de-handball-de-vitre")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.details.commune, "93066", "the address does not move");
    app.stop().await;
}

async fn bad_details_are_named_and_nothing_is_created(backend: Backend) {
    let app = app!(backend);
    let me = app
        .signed_in_as("tresorier@exemple.org", Role::Membre)
        .await;
    let cases: &[(Fields, &[&str])] = &[
        (
            &[("name", ""), ("size", ""), ("commune_query", "")],
            &[
                "indiquez le nom de l&#39;association",
                "choisissez la taille",
                "indiquez la commune",
            ],
        ),
        (
            &[
                ("name", "Club"),
                ("size", "enorme"),
                ("commune_query", "Zzyzxville"),
            ],
            &["choisissez la taille", "aucune commune ne s&#39;appelle"],
        ),
        (
            &[
                ("name", "Club"),
                ("size", "1-9"),
                ("commune_query", "99999"),
                ("website", "javascript:alert(1)"),
            ],
            &[
                "aucune commune n&#39;a le code postal 99999",
                "n&#39;est pas une adresse web",
            ],
        ),
        (
            &[
                ("name", "!!!"),
                ("size", "1-9"),
                ("commune_query", "Rennes"),
            ],
            &["au moins une lettre"],
        ),
        (
            &[
                ("name", "Club"),
                ("size", "1-9"),
                ("commune_query", "Rennes"),
                ("slug", "Pas Une Adresse"),
            ],
            &["lettres minuscules, chiffres et tirets"],
        ),
        (
            &[
                ("name", "Club"),
                ("size", "1-9"),
                ("commune_query", "Rennes"),
                ("slug", "invitation"),
            ],
            &["réservée par le site"],
        ),
    ];
    for (fields, messages) in cases {
        let refused = me.post_form("/espace-association", fields).await;
        assert_eq!(refused.status(), 422, "{fields:?}");
        let page = refused.text().await.unwrap();
        for message in *messages {
            assert!(page.contains(message), "{message} for {fields:?}");
        }
    }
    let my_id = member_id(&app, "tresorier@exemple.org").await;
    assert!(app.db().associations_of(my_id).await.unwrap().is_empty());

    // An address already taken, when chosen, is the person's to change.
    let mut chosen = HANDBALL.to_vec();
    chosen.push(("slug", "hand-vitre"));
    create(&me, &chosen).await;
    let taken = me.post_form("/espace-association", &chosen).await;
    assert_eq!(taken.status(), 422);
    assert!(taken.text().await.unwrap().contains("est déjà prise"));

    // In English, the same refusal in English.
    let language = me.post_form("/compte/langue", &[("language", "en")]).await;
    assert_eq!(language.status(), 303);
    let english = me
        .post_form("/espace-association", &[("name", ""), ("size", "1-9")])
        .await;
    assert_eq!(english.status(), 422);
    let english = english.text().await.unwrap();
    assert!(english.contains("enter the association&#39;s name"));
    assert!(english.contains("enter the association&#39;s commune"));
    app.stop().await;
}

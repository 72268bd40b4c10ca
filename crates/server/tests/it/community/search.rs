//! Searching the forum with the directory's French analysis, its filters
//! and its excerpts; and the bad input of every forum form, named in the
//! reader's language with nothing written.

use essaim_domain::accounts::Role;

use super::*;
use crate::harness::Backend;
use crate::{app, on_both_backends};

on_both_backends!(
    search_finds_words_in_any_form_with_filters,
    bad_input_is_named_and_nothing_is_written,
    a_common_word_says_more_than_the_cap_and_pages_on,
);

async fn search_finds_words_in_any_form_with_filters(backend: Backend) {
    let app = app!(backend);
    let camille = super::named(&app, "camille@exemple.org", "camille", "Camille").await;
    let sophie = super::named(&app, "sophie@exemple.org", "sophie", "Sophie").await;
    topic(
        &camille,
        "retours-d-experience",
        "Monnaie locale et économie sociale",
        "L'économie de notre territoire change avec les associations.",
    )
    .await;
    let path = topic(
        &sophie,
        "entraide-technique",
        "Partage de fichiers entre bénévoles",
        "Nos bénévoles partagent des fichiers.",
    )
    .await;
    sophie
        .submit(
            &path,
            &[("body", "Les économies d'énergie comptent aussi.")],
        )
        .await;

    let visitor = app.visitor();
    let search = |q: &str| {
        let path = format!("/communaute/recherche?{q}");
        let visitor = &visitor;
        async move { visitor.get(&path).await.text().await.unwrap() }
    };
    // Without accents, plural or with an elision, the words meet.
    let page = search("q=economie").await;
    assert!(page.contains("2 messages trouvés"), "{page}");
    assert!(page.contains("<mark>économie</mark>") || page.contains("<mark>L&#39;économie</mark>"));
    assert!(page.contains("<mark>économies</mark>"));
    let page = search("q=benevole+fichier").await;
    assert!(
        page.contains("1 message trouvé") && page.contains("Partage de fichiers entre bénévoles")
    );
    // Filters: category, author, period.
    let page = search("q=economie&categorie=entraide-technique").await;
    assert!(
        page.contains("1 message trouvé") && page.contains("d&#39;énergie comptent aussi"),
        "{page}"
    );
    let page = search("q=economie&auteur=camille").await;
    assert!(page.contains("1 message trouvé") && page.contains("Monnaie locale"));
    let page = search("q=economie&auteur=inconnu").await;
    assert!(page.contains("Aucun membre n&#39;a cet identifiant"));
    let page = search("q=economie&periode=semaine").await;
    assert!(page.contains("2 messages trouvés"));
    // The box is on every forum page; nothing asked, nothing counted.
    assert!(
        visitor
            .get(&path)
            .await
            .text()
            .await
            .unwrap()
            .contains("action=\"/communaute/recherche\"")
    );
    let page = search("q=").await;
    assert!(!page.contains("trouvé"));
    let page = search("q=zzzz").await;
    assert!(page.contains("Aucun message trouvé"));
    let page = search("q=economie&page=-4&categorie=%3Cscript%3E").await;
    assert!(page.contains("2 messages trouvés") && !page.contains("<script>"));
}

async fn bad_input_is_named_and_nothing_is_written(backend: Backend) {
    let app = app!(backend);
    let member = app.signed_in_as("camille@exemple.org", Role::Membre).await;
    let cases: [(&[(&str, &str)], &str); 5] = [
        (
            &[
                ("category", "entraide-technique"),
                ("title", "Aide"),
                ("body", "x"),
                ("handle", "camille"),
                ("display_name", "Camille"),
            ],
            "Le titre est trop court",
        ),
        (
            &[
                ("category", "nulle-part"),
                ("title", "Une vraie question ici"),
                ("body", "Bonjour"),
                ("handle", "camille"),
                ("display_name", "Camille"),
            ],
            "Choisissez une catégorie de la liste",
        ),
        (
            &[
                ("category", "entraide-technique"),
                ("title", "Une vraie question ici"),
                ("body", "Bonjour"),
                ("handle", "Camille Martin"),
                ("display_name", "Camille"),
            ],
            "L&#39;identifiant doit commencer par une lettre",
        ),
        (
            &[
                ("category", "entraide-technique"),
                ("title", "Une vraie question ici"),
                ("body", "Bonjour"),
                ("handle", "camille"),
                ("display_name", " "),
            ],
            "Indiquez un nom affiché",
        ),
        (
            &[
                ("category", "entraide-technique"),
                ("title", "Une vraie question ici"),
                ("body", "  "),
                ("handle", "camille"),
                ("display_name", "Camille"),
            ],
            "Le message est vide",
        ),
    ];
    for (fields, message) in cases {
        let refused = member.post_form("/communaute/nouveau", fields).await;
        assert_eq!(refused.status(), 422, "{message}");
        let page = refused.text().await.unwrap();
        assert!(page.contains(message), "{message}: {page}");
    }
    let long = "x".repeat(30_001);
    let refused = member
        .post_form("/communaute/t/1", &[("body", &long)])
        .await;
    assert_eq!(refused.status(), 404, "no topic 1 yet");
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM community_topics").await,
        0
    );
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM community_members").await,
        0
    );

    let sophie = super::named(&app, "sophie@exemple.org", "sophie", "Sophie").await;
    // A category for moderators only: a member may not start there (403).
    sqlx::query("UPDATE community_categories SET starters = 'moderateurs' WHERE slug = 'vie-de-la-communaute'")
        .execute(app.db().pool())
        .await
        .unwrap();
    let refused = member
        .post_form(
            "/communaute/nouveau",
            &[
                ("category", "vie-de-la-communaute"),
                ("title", "Annonce non autorisée"),
                ("body", "Bonjour"),
                ("handle", "camille"),
                ("display_name", "Camille"),
            ],
        )
        .await;
    assert_eq!(refused.status(), 403);
    let form = member
        .get("/communaute/nouveau")
        .await
        .text()
        .await
        .unwrap();
    assert!(!form.contains("value=\"vie-de-la-communaute\""));

    let path = super::topic(
        &sophie,
        "entraide-technique",
        "Une question bien posée",
        "Bonjour",
    )
    .await;
    let too_long = member
        .post_form(
            &path,
            &[
                ("body", &long),
                ("handle", "camille"),
                ("display_name", "Camille"),
            ],
        )
        .await;
    assert_eq!(too_long.status(), 422);
    assert!(
        too_long
            .text()
            .await
            .unwrap()
            .contains("Le message est trop long")
    );
    for missing in [
        "/communaute/t/999999",
        "/communaute/c/nulle-part",
        "/communaute/membres/personne",
        "/communaute/m/999999/historique",
    ] {
        assert_eq!(app.visitor().get(missing).await.status(), 404, "{missing}");
    }
    assert_eq!(app.visitor().get("/communaute/t/abc").await.status(), 400);
    let bad_solution = member
        .post_form(
            &format!("/communaute/t/{}/solution", topic_id(&path)),
            &[("message", "abc")],
        )
        .await;
    assert_eq!(bad_solution.status(), 400);
    // The English interface names the same problem in English.
    let english = app.signed_in_as("kim@exemple.org", Role::Membre).await;
    english
        .submit("/compte/langue", &[("language", "en")])
        .await;
    let refused = english
        .post_form(
            "/communaute/nouveau",
            &[
                ("category", "entraide-technique"),
                ("title", "Help"),
                ("body", "x"),
                ("handle", "kim"),
                ("display_name", "Kim"),
            ],
        )
        .await;
    assert_eq!(refused.status(), 422);
    assert!(
        refused
            .text()
            .await
            .unwrap()
            .contains("The title is too short")
    );
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM community_topics").await,
        2
    );
}

async fn a_common_word_says_more_than_the_cap_and_pages_on(backend: Backend) {
    let app = app!(backend);
    let camille = super::named(&app, "camille@exemple.org", "camille", "Camille").await;
    let path = topic(
        &camille,
        "retours-d-experience",
        "Notre compost",
        "Le compost du jardin.",
    )
    .await;
    let id = topic_id(&path);
    let author = count(
        &app,
        "SELECT account_id FROM community_members WHERE handle = 'camille'",
    )
    .await;
    // 205 replies, written as the use case writes them, in one unit of work.
    let mut tx = app.db().begin().await.unwrap();
    for n in 0..205 {
        let body = format!("Retour {n} sur le compost partagé.");
        let html = essaim_domain::markup::markdown_to_html(&body);
        tx.add_community_post(id, author, &body, &html, essaim_store::now_unix())
            .await
            .unwrap();
    }
    tx.commit().await.unwrap();

    let page = app
        .get("/communaute/recherche?q=compost")
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("Plus de 200 messages trouvés"), "{page}");
    assert!(page.contains("Retour 204 sur le"), "newest first");
    // The last page past the cap still has its posts, and no next page.
    let last = app
        .get("/communaute/recherche?q=compost&page=11")
        .await
        .text()
        .await
        .unwrap();
    assert!(last.contains("Retour 0 sur le"), "{last}");
    assert!(last.contains("du jardin."), "the first post too");
    assert!(!last.contains("page=12"));
    let narrow = app
        .get("/communaute/recherche?q=compost+jardin")
        .await
        .text()
        .await
        .unwrap();
    assert!(narrow.contains("1 message trouvé"), "{narrow}");
    app.stop().await;
}

//! Moderators hide, close, pin and move topics and hide posts, each in the
//! one log; three members' flags hide a post until reviewed; a category
//! for moderators only; every one of these refused to others with a 403.

use essaim_domain::accounts::Role;

use super::*;
use crate::harness::Backend;
use crate::{app, on_both_backends};

on_both_backends!(
    moderators_close_pin_move_and_hide_in_the_log,
    three_flags_hide_a_post_until_reviewed,
    administrators_shape_the_categories,
    a_pinned_topic_leads_its_category_once_across_pages,
);

async fn moderators_close_pin_move_and_hide_in_the_log(backend: Backend) {
    let app = app!(backend);
    let moderator = app
        .signed_in_as("moderation@exemple.org", Role::Moderateur)
        .await;
    let member = super::named(&app, "camille@exemple.org", "camille", "Camille").await;
    let path = topic(
        &member,
        "entraide-technique",
        "Annonce : rencontre du réseau en mars",
        "Rendez-vous le 12 mars.",
    )
    .await;
    let id = topic_id(&path);
    let moderate = format!("/communaute/t/{id}/moderation");

    for action in ["fermer", "epingler-partout", "masquer"] {
        let refused = member.post_form(&moderate, &[("action", action)]).await;
        assert_eq!(refused.status(), 403, "{action}");
    }
    let post = post_id(&app, id, 1).await;
    assert_eq!(
        member
            .post_form(
                &format!("/communaute/m/{post}/masquer"),
                &[("masquer", "1")]
            )
            .await
            .status(),
        403
    );

    // Closed: no more replies, with the reason given.
    moderator
        .submit(&moderate, &[("action", "fermer"), ("motif", "Sujet clos")])
        .await;
    let refused = member.post_form(&path, &[("body", "Je viendrai !")]).await;
    assert_eq!(refused.status(), 422);
    assert!(refused.text().await.unwrap().contains("Ce sujet est fermé"));
    moderator.submit(&moderate, &[("action", "rouvrir")]).await;
    member.submit(&path, &[("body", "Je viendrai !")]).await;

    // Pinned everywhere, it leads the forum's home; moved, it changes
    // category.
    topic(
        &member,
        "entraide-technique",
        "Un sujet plus récent que l'annonce",
        "Question du jour.",
    )
    .await;
    moderator
        .submit(&moderate, &[("action", "epingler-partout")])
        .await;
    let home = app.visitor().get("/communaute").await.text().await.unwrap();
    let pinned = home.find("Annonce : rencontre du réseau").unwrap();
    assert!(pinned < home.find("Un sujet plus récent").unwrap());
    moderator
        .submit(
            &moderate,
            &[
                ("action", "deplacer"),
                ("categorie", "vie-de-la-communaute"),
            ],
        )
        .await;
    let category = app
        .visitor()
        .get("/communaute/c/vie-de-la-communaute")
        .await
        .text()
        .await
        .unwrap();
    assert!(category.contains("Annonce : rencontre du réseau"));
    let bad_move = moderator
        .post_form(
            &moderate,
            &[("action", "deplacer"), ("categorie", "nulle-part")],
        )
        .await;
    assert_eq!(bad_move.status(), 422);
    let unknown = moderator
        .post_form(&moderate, &[("action", "bruler")])
        .await;
    assert_eq!(unknown.status(), 400);

    // Hidden: gone for everyone but moderators.
    moderator.submit(&moderate, &[("action", "masquer")]).await;
    assert_eq!(app.visitor().get(&path).await.status(), 404);
    assert_eq!(member.get(&path).await.status(), 404);
    assert_eq!(moderator.get(&path).await.status(), 200);
    moderator.submit(&moderate, &[("action", "afficher")]).await;
    assert_eq!(app.visitor().get(&path).await.status(), 200);

    let journal = moderator
        .get("/moderation/journal")
        .await
        .text()
        .await
        .unwrap();
    for entry in [
        "Fermeture du sujet",
        "Réouverture du sujet",
        "Épinglage",
        "Déplacement du sujet",
        "Masquage",
        "Fin du masquage",
        "Sujet clos",
    ] {
        assert!(journal.contains(entry), "{entry} in the log");
    }
}

async fn three_flags_hide_a_post_until_reviewed(backend: Backend) {
    let app = app!(backend);
    let moderator = app
        .signed_in_as("moderation@exemple.org", Role::Moderateur)
        .await;
    let spammer = super::named(&app, "vendeur@exemple.org", "vendeur", "Bonnes affaires").await;
    let path = topic(
        &spammer,
        "choisir-ses-outils",
        "Achetez nos licences pas chères",
        "Promo sur les licences !",
    )
    .await;
    let id = topic_id(&path);
    let key = format!("{id}-1");
    let flag = vec![
        ("cible", "message"),
        ("objet", key.as_str()),
        ("motif", "spam"),
        ("commentaire", ""),
    ];

    // A reason of another kind of target is not one for a post.
    let first = app.signed_in_as("a@exemple.org", Role::Membre).await;
    let mut inexact = flag.clone();
    inexact[2] = ("motif", "inexact");
    assert_eq!(
        first
            .post_form("/moderation/signaler", &inexact)
            .await
            .status(),
        422
    );

    let members = [
        first,
        app.signed_in_as("b@exemple.org", Role::Membre).await,
        app.signed_in_as("c@exemple.org", Role::Membre).await,
    ];
    for (n, member) in members.iter().enumerate() {
        member.submit("/moderation/signaler", &flag).await;
        let page = app.visitor().get(&path).await.text().await.unwrap();
        assert_eq!(
            page.contains("Message masqué par la modération"),
            n == 2,
            "hidden at the third flag only"
        );
    }
    assert!(
        !app.visitor()
            .get(&path)
            .await
            .text()
            .await
            .unwrap()
            .contains("Promo sur les licences")
    );
    let queue = moderator.get("/moderation").await.text().await.unwrap();
    assert!(
        queue.contains("Achetez nos licences pas chères #1"),
        "{queue}"
    );
    let page = moderator.get(&path).await.text().await.unwrap();
    assert!(
        page.contains("Promo sur les licences"),
        "moderators still read it"
    );
    let journal = moderator
        .get("/moderation/journal")
        .await
        .text()
        .await
        .unwrap();
    assert!(journal.contains("Masquage"));
    app.wait_for_jobs().await;
}

async fn administrators_shape_the_categories(backend: Backend) {
    let app = app!(backend);
    let admin = app.signed_in_as("admin@exemple.org", Role::Admin).await;
    let moderator = app
        .signed_in_as("moderation@exemple.org", Role::Moderateur)
        .await;
    let member = super::named(&app, "camille@exemple.org", "camille", "Camille").await;
    let announce = [
        ("name", "Annonces"),
        ("slug", "annonces"),
        ("description", "Les nouvelles du réseau."),
        ("position", "0"),
        ("starters", "moderateurs"),
    ];
    for refused in [&member, &moderator] {
        assert_eq!(refused.get("/admin/communaute").await.status(), 403);
        assert_eq!(
            refused
                .post_form("/admin/communaute", &announce)
                .await
                .status(),
            403
        );
    }
    let bad = admin.post_form("/admin/communaute", &announce).await;
    assert_eq!(bad.status(), 422);
    let page = bad.text().await.unwrap();
    assert!(
        page.contains("L&#39;ordre est un nombre entier de 1 à 1000")
            && page.contains("Les nouvelles du réseau.")
    );
    let mut good = announce.to_vec();
    good[3] = ("position", "1");
    admin.submit("/admin/communaute", &good).await;
    let taken = admin
        .post_form(
            "/admin/communaute/annonces",
            &[
                ("name", "Annonces"),
                ("slug", "entraide-technique"),
                ("position", "1"),
                ("starters", "moderateurs"),
            ],
        )
        .await;
    assert_eq!(taken.status(), 422);
    assert!(
        taken
            .text()
            .await
            .unwrap()
            .contains("Une autre catégorie a déjà cette adresse")
    );
    // A refused name leaves the form's heading with the saved one.
    let unnamed = admin
        .post_form(
            "/admin/communaute/annonces",
            &[
                ("name", ""),
                ("slug", "annonces"),
                ("position", "1"),
                ("starters", "moderateurs"),
            ],
        )
        .await;
    assert_eq!(unnamed.status(), 422);
    assert!(
        unnamed
            .text()
            .await
            .unwrap()
            .contains("<summary>Annonces</summary>")
    );

    // Moderators only: members may not start there, moderators may.
    let home = app.visitor().get("/communaute").await.text().await.unwrap();
    let categories = &home[home.find("id=\"categories\"").unwrap()..];
    assert!(
        categories.find("Annonces").unwrap() < categories.find("Choisir ses outils").unwrap(),
        "in its order (1, with the first category)"
    );
    let start = [
        ("category", "annonces"),
        ("title", "Rencontre du réseau en mars"),
        ("body", "Venez nombreux."),
    ];
    assert_eq!(
        member
            .post_form("/communaute/nouveau", &start)
            .await
            .status(),
        403
    );
    moderator
        .submit(
            "/communaute/nouveau",
            &[
                start[0],
                start[1],
                start[2],
                ("handle", "moderation"),
                ("display_name", "Modération"),
            ],
        )
        .await;
    // Renamed and moved to a new address, its topics follow.
    admin
        .submit(
            "/admin/communaute/annonces",
            &[
                ("name", "Annonces du réseau"),
                ("slug", "annonces-du-reseau"),
                ("description", ""),
                ("position", "7"),
                ("starters", "membres"),
            ],
        )
        .await;
    let category = app
        .visitor()
        .get("/communaute/c/annonces-du-reseau")
        .await
        .text()
        .await
        .unwrap();
    assert!(category.contains("Rencontre du réseau en mars"));
    assert_eq!(
        app.visitor().get("/communaute/c/annonces").await.status(),
        404
    );
    member
        .submit(
            "/communaute/nouveau",
            &[
                ("category", "annonces-du-reseau"),
                ("title", "Je viendrai à la rencontre"),
                ("body", "Avec plaisir."),
            ],
        )
        .await;
}

async fn a_pinned_topic_leads_its_category_once_across_pages(backend: Backend) {
    let app = app!(backend);
    let moderator = app
        .signed_in_as("moderation@exemple.org", Role::Moderateur)
        .await;
    let member = super::named(&app, "camille@exemple.org", "camille", "Camille").await;
    let author = count(
        &app,
        "SELECT account_id FROM community_members WHERE handle = 'camille'",
    )
    .await;
    let category = count(
        &app,
        "SELECT id FROM community_categories WHERE slug = 'retours-d-experience'",
    )
    .await;
    // 35 topics, one an hour, written as the use case writes them.
    let mut tx = app.db().begin().await.unwrap();
    let start = essaim_store::now_unix() - 100 * 3600;
    for n in 1..=35 {
        let body = format!("Récit numéro {n}.");
        let html = essaim_domain::markup::markdown_to_html(&body);
        tx.start_community_topic(
            category,
            &format!("Retour numéro {n:02}"),
            author,
            &body,
            &html,
            start + n * 3600,
        )
        .await
        .unwrap();
    }
    tx.commit().await.unwrap();
    let oldest = count(
        &app,
        "SELECT MIN(id) FROM community_topics WHERE title = 'Retour numéro 01'",
    )
    .await;
    moderator
        .submit(
            &format!("/communaute/t/{oldest}/moderation"),
            &[("action", "epingler-categorie")],
        )
        .await;

    let first = member
        .get("/communaute/c/retours-d-experience")
        .await
        .text()
        .await
        .unwrap();
    let at = |page: &str, title: &str| page.find(title);
    assert!(
        at(&first, "Retour numéro 01") < at(&first, "Retour numéro 35"),
        "pinned first"
    );
    assert!(first.contains("Retour numéro 07") && !first.contains("Retour numéro 06"));
    let second = member
        .get("/communaute/c/retours-d-experience?page=2")
        .await
        .text()
        .await
        .unwrap();
    assert!(second.contains("Retour numéro 06") && second.contains("Retour numéro 02"));
    assert!(
        !second.contains("Retour numéro 01"),
        "the pinned topic is not repeated"
    );
    assert!(!second.contains("Retour numéro 07"));
    app.stop().await;
}

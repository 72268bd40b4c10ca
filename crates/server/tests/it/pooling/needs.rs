//! Needs: proposed with their forum topic in one unit of work, joined
//! ("nous aussi") and counted by size and région, a specification that
//! never loses words, statuses moved by their author or moderators only.

use essaim_domain::accounts::Role;

use super::{association, count, garden, page, propose, school, theatre};
use crate::harness::Backend;
use crate::{app, on_both_backends};

on_both_backends!(
    a_need_opens_its_topic_and_counts_who_joins,
    a_bad_need_is_named_and_nothing_is_written,
    the_specification_keeps_its_history_and_the_words_typed,
    only_its_author_or_moderators_move_a_need,
);

async fn a_need_opens_its_topic_and_counts_who_joins(backend: Backend) {
    let app = app!(backend);
    let (first, jardin) = garden(&app).await;
    let need = propose(&first, &jardin, "Adhésions en ligne dans Paheko").await;
    let (status, html) = page(&app.visitor(), &need).await;
    assert_eq!(status, 200);
    assert!(html.contains("Adhésions en ligne dans Paheko"));
    assert!(html.contains("1 association concernée"), "{html}");
    assert!(html.contains("Sans salarié·e : 1"), "{html}");
    assert!(html.contains("Bretagne : 1"), "{html}");
    // Its topic is on the forum, in the category for pooled needs, and
    // leads back to the need.
    let topic = html
        .split("href=\"/communaute/t/")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a link to the topic")
        .to_string();
    let (_, forum) = page(&app.visitor(), &format!("/communaute/t/{topic}")).await;
    assert!(forum.contains("Mutualiser des besoins"), "{forum}");
    assert!(forum.contains(&need), "{forum}");

    // Two more associations say "nous aussi", of other sizes and régions.
    let (second, ecole) = school(&app).await;
    second
        .submit(&format!("{need}/nous-aussi"), &[("association", &ecole)])
        .await;
    let (third, theatre) = theatre(&app).await;
    third
        .submit(&format!("{need}/nous-aussi"), &[("association", &theatre)])
        .await;
    // Saying it twice counts once.
    third
        .submit(&format!("{need}/nous-aussi"), &[("association", &theatre)])
        .await;
    let (_, html) = page(&app.visitor(), &need).await;
    assert!(html.contains("3 associations concernées"), "{html}");
    assert!(html.contains("Sans salarié·e : 2"));
    assert!(html.contains("1 à 9 salarié·es : 1"), "{html}");
    assert!(html.contains("Bretagne : 2"));
    assert!(html.contains("Bourgogne-Franche-Comté : 1"));
    // The list counts them too.
    let (_, list) = page(&app.visitor(), "/mutualisation?statut=idee&logiciel=paheko").await;
    assert!(list.contains("Adhésions en ligne dans Paheko"));
    assert!(list.contains("3 associations concernées"));
    let (_, other) = page(&app.visitor(), "/mutualisation?statut=livre").await;
    assert!(!other.contains("Adhésions en ligne dans Paheko"));

    // Nobody joins for an association they do not belong to.
    let stranger = app.signed_in_as("curieux@exemple.org", Role::Membre).await;
    let refused = stranger
        .post_form(&format!("{need}/nous-aussi"), &[("association", &jardin)])
        .await;
    assert_eq!(refused.status(), 403);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM pooling_joins").await, 3);
    app.stop().await;
}

async fn a_bad_need_is_named_and_nothing_is_written(backend: Backend) {
    let app = app!(backend);
    let (member, jardin) = garden(&app).await;
    let topics = count(&app, "SELECT COUNT(*) FROM community_topics").await;
    let refused = member
        .post_form(
            "/mutualisation/proposer",
            &[
                ("association", &jardin),
                ("titre", "Ah"),
                ("description", "Trop court."),
                ("logiciel", "logiciel-inconnu"),
                ("handle", "jardin"),
                ("display_name", "Jardin"),
            ],
        )
        .await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.unwrap();
    assert!(
        html.contains("Donnez un titre d&#39;au moins 8 caractères"),
        "{html}"
    );
    assert!(html.contains("Décrivez le besoin en au moins 30 caractères"));
    assert!(html.contains("Le catalogue n&#39;a pas de logiciel libre « logiciel-inconnu »"));
    assert!(html.contains("Choisissez le type de besoin"));
    // What was typed comes back.
    assert!(html.contains("Trop court."));
    // For an association of someone else: refused.
    let (_, other) = school(&app).await;
    let forbidden = member
        .post_form(
            "/mutualisation/proposer",
            &[
                ("association", &other),
                ("titre", "Adhésions en ligne dans Paheko"),
                (
                    "description",
                    "Un formulaire d'adhésion en ligne relié à la comptabilité de l'association.",
                ),
                ("type", "fonctionnalite"),
                ("handle", "jardin"),
                ("display_name", "Jardin"),
            ],
        )
        .await;
    assert_eq!(forbidden.status(), 403);
    // Without a forum name, the need is refused whole: no need without
    // its topic.
    let (fresh, fresh_slug) = association(
        &app,
        "nouveau@exemple.org",
        "Nouvelle asso",
        "sans-salarie",
        "Vitré (35500)",
    )
    .await;
    let unnamed = fresh
        .post_form(
            "/mutualisation/proposer",
            &[
                ("association", &fresh_slug),
                ("titre", "Adhésions en ligne dans Paheko"),
                (
                    "description",
                    "Un formulaire d'adhésion en ligne relié à la comptabilité de l'association.",
                ),
                ("type", "fonctionnalite"),
            ],
        )
        .await;
    assert_eq!(unnamed.status(), 422);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM pooling_needs").await, 0);
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM community_topics").await,
        topics
    );
    // A visitor is sent to sign in.
    let visitor = app.visitor().get("/mutualisation/proposer").await;
    assert_eq!(visitor.status(), 303);
    // A member without an association is shown where to create one.
    let lone = app.signed_in_as("seul@exemple.org", Role::Membre).await;
    let (_, form) = page(&lone, "/mutualisation/proposer").await;
    assert!(
        form.contains("Créer l&#39;espace de votre association"),
        "{form}"
    );
    app.stop().await;
}

async fn the_specification_keeps_its_history_and_the_words_typed(backend: Backend) {
    let app = app!(backend);
    let (first, jardin) = garden(&app).await;
    let need = propose(&first, &jardin, "Adhésions en ligne dans Paheko").await;
    let (second, ecole) = school(&app).await;
    second
        .submit(&format!("{need}/nous-aussi"), &[("association", &ecole)])
        .await;
    let spec = format!("{need}/cahier-des-charges");
    first
        .submit(
            &spec,
            &[
                ("association", &jardin),
                ("versions", "0"),
                ("cahier", "## Attendu\n\n- un formulaire public"),
            ],
        )
        .await;
    second
        .submit(
            &spec,
            &[
                ("association", &ecole),
                ("versions", "1"),
                (
                    "cahier",
                    "## Attendu\n\n- un formulaire public\n- le reçu fiscal",
                ),
            ],
        )
        .await;
    // Written from the first version while the second was saved: refused,
    // and the words come back.
    let stale = first
        .post_form(
            &spec,
            &[
                ("association", &jardin),
                ("versions", "1"),
                ("cahier", "Ma version à moi, longue et réfléchie"),
            ],
        )
        .await;
    assert_eq!(stale.status(), 422);
    let html = stale.text().await.unwrap();
    assert!(
        html.contains("Quelqu&#39;un a enregistré une autre version"),
        "{html}"
    );
    assert!(html.contains("Ma version à moi, longue et réfléchie"));
    // Too long, or empty: named.
    let long = "x".repeat(20_001);
    let refused = first
        .post_form(
            &spec,
            &[
                ("association", &jardin),
                ("versions", "2"),
                ("cahier", &long),
            ],
        )
        .await;
    assert_eq!(refused.status(), 422);
    assert!(
        refused
            .text()
            .await
            .unwrap()
            .contains("Le cahier des charges compte")
    );
    let (_, page_html) = page(&app.visitor(), &need).await;
    assert!(page_html.contains("le reçu fiscal"));
    assert!(page_html.contains("2 versions"));
    let (_, history) = page(&app.visitor(), &format!("{need}/historique")).await;
    assert!(history.contains("École de musique"));
    assert!(history.contains("Les Amis du Jardin"));
    assert_eq!(history.matches("un formulaire public").count(), 2);
    // An association that did not join does not write it.
    let (outsider, theatre) = theatre(&app).await;
    let forbidden = outsider
        .post_form(
            &spec,
            &[
                ("association", &theatre),
                ("versions", "2"),
                ("cahier", "Non"),
            ],
        )
        .await;
    assert_eq!(forbidden.status(), 403);
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM pooling_specifications").await,
        2
    );
    app.stop().await;
}

async fn only_its_author_or_moderators_move_a_need(backend: Backend) {
    let app = app!(backend);
    let (author, jardin) = garden(&app).await;
    let need = propose(&author, &jardin, "Adhésions en ligne dans Paheko").await;
    let status = format!("{need}/statut");
    let (other, ecole) = school(&app).await;
    other
        .submit(&format!("{need}/nous-aussi"), &[("association", &ecole)])
        .await;
    let forbidden = other
        .post_form(&status, &[("de", "idee"), ("statut", "cahier-des-charges")])
        .await;
    assert_eq!(forbidden.status(), 403);
    // A jump the rules do not allow is named.
    let jump = author
        .post_form(&status, &[("de", "idee"), ("statut", "livre")])
        .await;
    assert_eq!(jump.status(), 422);
    assert!(
        jump.text()
            .await
            .unwrap()
            .contains("ne peut pas passer directement")
    );
    // Funding starts with a quote chosen, never by hand.
    let funding = author
        .post_form(&status, &[("de", "idee"), ("statut", "financement")])
        .await;
    assert_eq!(funding.status(), 422);
    author
        .submit(&status, &[("de", "idee"), ("statut", "cahier-des-charges")])
        .await;
    // From a status it no longer has: a conflict, nothing changed.
    let stale = author
        .post_form(&status, &[("de", "idee"), ("statut", "abandonne")])
        .await;
    assert_eq!(stale.status(), 409);
    let moderator = app
        .signed_in_as("moderation@exemple.org", Role::Moderateur)
        .await;
    moderator
        .submit(
            &status,
            &[("de", "cahier-des-charges"), ("statut", "abandonne")],
        )
        .await;
    let (_, html) = page(&app.visitor(), &need).await;
    assert!(html.contains("Abandonné"));
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM pooling_statuses").await,
        3
    );
    // An abandoned need takes no new association.
    let (late, theatre) = theatre(&app).await;
    let closed = late
        .post_form(&format!("{need}/nous-aussi"), &[("association", &theatre)])
        .await;
    assert_eq!(closed.status(), 409);
    app.stop().await;
}

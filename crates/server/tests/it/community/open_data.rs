//! The forum as open data: Atom feeds of the latest topics, of a category
//! and of a topic, and the JSON API checked against the OpenAPI document.
//! Hidden topics and deleted words stay out of both.

use essaim_domain::accounts::Role;

use super::*;
use crate::directory::api::{assert_valid, validator};
use crate::harness::Backend;
use crate::{app, on_both_backends};

on_both_backends!(feeds_and_the_api_show_public_topics_only);

async fn feeds_and_the_api_show_public_topics_only(backend: Backend) {
    let app = app!(backend);
    let moderator = app
        .signed_in_as("moderation@exemple.org", Role::Moderateur)
        .await;
    let camille = super::named(&app, "camille@exemple.org", "camille", "Camille").await;
    let path = topic(
        &camille,
        "choisir-ses-outils",
        "Remplacer Doodle <vite>",
        "Framadate & co, **simplement**.",
    )
    .await;
    let id = topic_id(&path);
    camille
        .submit(&path, &[("body", "Une réponse à supprimer.")])
        .await;
    let reply = post_id(&app, id, 2).await;
    camille
        .submit(&format!("/communaute/m/{reply}/supprimer"), &[])
        .await;
    let hidden = topic(
        &camille,
        "entraide-technique",
        "Un sujet que la modération masque",
        "Rien à voir.",
    )
    .await;
    moderator
        .submit(
            &format!("/communaute/t/{}/moderation", topic_id(&hidden)),
            &[("action", "masquer")],
        )
        .await;

    // Atom: the right type, the words escaped once, hidden topics absent.
    let visitor = app.visitor();
    let feed = visitor.get("/communaute/flux.atom").await;
    assert_eq!(
        feed.headers()["content-type"],
        "application/atom+xml; charset=utf-8"
    );
    let feed = feed.text().await.unwrap();
    assert!(
        feed.starts_with("<?xml") && feed.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"")
    );
    assert!(
        feed.contains("<title>Remplacer Doodle &#60;vite&#62;</title>"),
        "{feed}"
    );
    assert!(
        feed.contains("&#60;strong&#62;simplement&#60;/strong&#62;"),
        "the HTML as escaped text"
    );
    assert!(!feed.contains("Un sujet que la modération masque"));
    let category = visitor
        .get("/communaute/c/choisir-ses-outils/flux.atom")
        .await
        .text()
        .await
        .unwrap();
    assert!(category.contains("Remplacer Doodle") && !category.contains("Bonjour, je suis"));
    let topic_feed = visitor
        .get(&format!("/communaute/t/{id}/flux.atom"))
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(
        topic_feed.matches("<entry>").count(),
        1,
        "the deleted reply is left out"
    );
    assert_eq!(
        visitor
            .get(&format!("/communaute/t/{}/flux.atom", topic_id(&hidden)))
            .await
            .status(),
        404
    );
    assert_eq!(
        visitor
            .get("/communaute/c/nulle-part/flux.atom")
            .await
            .status(),
        404
    );

    // The API, checked against its document.
    let (_, document) = app.get_json("/api/openapi.json").await;
    let list = validator(&document, "CommunityTopic");
    let full = validator(&document, "CommunityTopicWithPosts");
    let error = validator(&document, "Error");
    let (status, topics) = app.get_json("/api/v1/communaute/sujets").await;
    assert_eq!(status, 200);
    assert_eq!(
        topics["total"], 2,
        "the hidden topic is not counted: {topics}"
    );
    for item in topics["items"].as_array().unwrap() {
        assert_valid(&list, item, "a topic");
    }
    let (_, found) = app
        .get_json("/api/v1/communaute/sujets?q=framadates&categorie=choisir-ses-outils&resolu=non")
        .await;
    assert_eq!(found["total"], 1, "{found}");
    assert_eq!(found["items"][0]["title"], "Remplacer Doodle <vite>");
    let (status, one) = app
        .get_json(&format!("/api/v1/communaute/sujets/{id}"))
        .await;
    assert_eq!(status, 200);
    assert_valid(&full, &one, "a topic with its posts");
    assert_eq!(one["posts"][1]["state"], "supprime");
    assert!(one["posts"][1]["html"].is_null());
    assert!(
        one["posts"][0]["html"]
            .as_str()
            .unwrap()
            .contains("<strong>simplement</strong>")
    );
    assert!(!one.to_string().contains("camille@exemple.org"));
    for bad in [
        "categorie=nulle-part",
        "resolu=peut-etre",
        "page=0",
        "page=abc",
    ] {
        let (status, body) = app
            .get_json(&format!("/api/v1/communaute/sujets?{bad}"))
            .await;
        assert_eq!(status, 400, "{bad}");
        assert_valid(&error, &body, bad);
    }
    for missing in [topic_id(&hidden).to_string(), "999999".into(), "abc".into()] {
        let (status, body) = app
            .get_json(&format!("/api/v1/communaute/sujets/{missing}"))
            .await;
        assert_eq!(status, 404, "{missing}");
        assert_valid(&error, &body, &missing);
    }
}

//! The topic pages each node keeps for visitors without an account: the
//! same page for every visitor, never a member's, compressed for those who
//! accept it, and dropped as soon as anything it shows changes, whichever
//! node or program wrote the change.

use std::io::Read;
use std::time::Duration;

use essaim_domain::accounts::Role;

use super::*;
use crate::harness::Backend;
use crate::{app, on_both_backends};

on_both_backends!(
    a_visitors_page_follows_every_change,
    another_node_drops_its_page_when_the_topic_changes,
);

async fn a_visitors_page_follows_every_change(backend: Backend) {
    let app = app!(backend);
    let nadia = named(&app, "nadia@exemple.org", "nadia-b", "Nadia Benali").await;
    let path = topic(
        &nadia,
        "entraide-technique",
        "Partager un agenda entre bénévoles",
        "Comment partager les horaires des permanences ?",
    )
    .await;
    let id = topic_id(&path);
    let visitor = app.visitor();
    let first = visitor.get(&path).await.text().await.unwrap();
    assert!(first.contains("Comment partager les horaires des permanences ?"));
    assert!(first.contains("Connectez-vous pour répondre"));
    assert!(!first.contains("csrf_token"), "nothing of a visitor on it");

    // Compressed for a client that accepts it, the same page once opened.
    let compressed = app
        .get_with(&path, &[("accept-encoding", "gzip, br")])
        .await;
    assert_eq!(compressed.headers()["content-encoding"], "gzip");
    let bytes = compressed.bytes().await.unwrap();
    let mut opened = String::new();
    flate2::read::GzDecoder::new(&bytes[..])
        .read_to_string(&mut opened)
        .unwrap();
    assert_eq!(opened, first);
    // In English for a visitor who reads English, and still French after.
    let english = app
        .get_with(&path, &[("accept-language", "en")])
        .await
        .text()
        .await
        .unwrap();
    assert!(english.contains("Sign in to reply"));
    assert!(
        visitor
            .get(&path)
            .await
            .text()
            .await
            .unwrap()
            .contains("Connectez-vous pour répondre")
    );

    // A member gets their own page, with the reply form.
    let elise = named(&app, "elise@exemple.org", "elise-m", "Élise Martin").await;
    let own = elise.get(&path).await.text().await.unwrap();
    assert!(own.contains("csrf_token") && !own.contains("Connectez-vous pour répondre"));

    // A reply, a thanks, an edit, a post hidden: the visitor sees each.
    elise
        .submit(&path, &[("body", "Le calendrier de Nextcloud fait cela.")])
        .await;
    let page = visitor.get(&path).await.text().await.unwrap();
    assert!(page.contains("Le calendrier de Nextcloud fait cela."));
    let reply = post_id(&app, id, 2).await;
    nadia
        .submit(&format!("/communaute/m/{reply}/merci"), &[])
        .await;
    assert!(
        visitor
            .get(&path)
            .await
            .text()
            .await
            .unwrap()
            .contains("1 merci")
    );
    elise
        .submit(
            &format!("/communaute/m/{reply}/modifier"),
            &[("body", "Le calendrier partagé de Nextcloud fait cela.")],
        )
        .await;
    assert!(
        visitor
            .get(&path)
            .await
            .text()
            .await
            .unwrap()
            .contains("Le calendrier partagé de Nextcloud")
    );
    let moderator = app
        .signed_in_as("moderation@exemple.org", Role::Moderateur)
        .await;
    moderator
        .submit(
            &format!("/communaute/m/{reply}/masquer"),
            &[("masquer", "1")],
        )
        .await;
    let page = visitor.get(&path).await.text().await.unwrap();
    assert!(!page.contains("Le calendrier partagé de Nextcloud"));

    // A change no use case of this node made, as an operator's script or
    // an older node would write it: the database's triggers tell the node.
    sqlx::query("UPDATE community_topics SET title = $1 WHERE id = $2")
        .bind("Un agenda pour les permanences")
        .bind(id)
        .execute(app.db().pool())
        .await
        .unwrap();
    assert!(
        shows_within(&visitor, &path, "Un agenda pour les permanences").await,
        "the page kept before the change was dropped"
    );
}

async fn another_node_drops_its_page_when_the_topic_changes(backend: Backend) {
    let app = app!(backend);
    let other = app.start_another_node().await;
    let nadia = named(&app, "nadia@exemple.org", "nadia-b", "Nadia Benali").await;
    let path = topic(
        &nadia,
        "choisir-ses-outils",
        "Quel outil pour remplacer WhatsApp ?",
        "Nous cherchons une messagerie pour le bureau.",
    )
    .await;
    let elsewhere = other.visitor();
    let page = elsewhere.get(&path).await.text().await.unwrap();
    assert!(page.contains("Nous cherchons une messagerie"));
    assert!(!page.contains("Essayez Element"));

    let elise = named(&app, "elise@exemple.org", "elise-m", "Élise Martin").await;
    elise
        .submit(
            &path,
            &[("body", "Essayez Element, sur un serveur Matrix.")],
        )
        .await;
    assert!(
        shows_within(&elsewhere, &path, "Essayez Element").await,
        "the other node dropped its page"
    );
    other.stop().await;
}

/// Whether the page shows `words` within a few seconds: a node reads the
/// changes it did not make every second.
async fn shows_within(visitor: &crate::harness::Visitor, path: &str, words: &str) -> bool {
    for _ in 0..50 {
        if visitor
            .get(path)
            .await
            .text()
            .await
            .unwrap()
            .contains(words)
        {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    false
}

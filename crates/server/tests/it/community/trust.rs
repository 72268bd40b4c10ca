//! Trust for a small community: a new member posts few links, not too
//! fast and not too much on their first day, until they have read some
//! topics; moderators set levels; new members' flags do not hide posts;
//! a first post may wait for a moderator's approval.

use essaim_domain::accounts::Role;

use super::*;
use crate::harness::Backend;
use crate::{app, on_both_backends};

on_both_backends!(
    new_members_are_limited_until_they_have_read,
    a_first_post_waits_for_a_moderator,
);

async fn new_members_are_limited_until_they_have_read(backend: Backend) {
    let app = app!(backend, &[("trust_topics_read", "2"), ("trust_days", "0")]);
    let moderator = app
        .signed_in_as("moderation@exemple.org", Role::Moderateur)
        .await;
    let backdate = || async {
        sqlx::query("UPDATE community_posts SET created_at = created_at - 60")
            .execute(app.db().pool())
            .await
            .unwrap();
    };
    let regular = super::named(&app, "regular@exemple.org", "regular", "Habituée").await;
    backdate().await;
    let first = topic(
        &regular,
        "entraide-technique",
        "Un premier sujet pour lire",
        "Bonjour.",
    )
    .await;
    backdate().await;
    let second = topic(
        &regular,
        "entraide-technique",
        "Un second sujet pour lire",
        "Bonjour.",
    )
    .await;

    let newcomer = app.signed_in_as("nouveau@exemple.org", Role::Membre).await;
    let links = [
        ("category", "entraide-technique"),
        ("title", "Mes trois sites préférés"),
        (
            "body",
            "https://a.example https://b.example https://c.example",
        ),
        ("handle", "nouveau"),
        ("display_name", "Nouveau"),
    ];
    let refused = newcomer.post_form("/communaute/nouveau", &links).await;
    assert_eq!(refused.status(), 422);
    let page = refused.text().await.unwrap();
    assert!(page.contains("au plus 2 liens par message"), "{page}");
    assert!(page.contains("https://c.example"), "the words are kept");
    let mut fine = links.to_vec();
    fine[2] = (
        "body",
        "Deux liens : https://a.example et https://b.example",
    );
    newcomer.submit("/communaute/nouveau", &fine).await;

    // Thirty seconds between posts.
    let fast = newcomer
        .post_form(&first, &[("body", "Une réponse trop rapide.")])
        .await;
    assert_eq!(fast.status(), 422);
    let fast = fast.text().await.unwrap();
    assert!(
        fast.contains("secondes avant votre prochain message")
            && fast.contains("Une réponse trop rapide.")
    );

    // Three topics on the first day.
    for n in 2..=3 {
        backdate().await;
        newcomer
            .submit(
                "/communaute/nouveau",
                &[
                    ("category", "entraide-technique"),
                    ("title", &format!("Ma question numéro {n}")),
                    ("body", "Bonjour."),
                ],
            )
            .await;
    }
    backdate().await;
    let fourth = [
        ("category", "entraide-technique"),
        ("title", "Ma question numéro 4"),
        ("body", "Bonjour."),
    ];
    let refused = newcomer.post_form("/communaute/nouveau", &fourth).await;
    assert_eq!(refused.status(), 422);
    assert!(
        refused
            .text()
            .await
            .unwrap()
            .contains("3 sujets le premier jour")
    );

    // Having read two topics, the limits go.
    newcomer.get(&first).await;
    newcomer.get(&second).await;
    newcomer.submit("/communaute/nouveau", &fourth).await;
    newcomer
        .submit(&first, &[("body", "Et aussitôt une réponse.")])
        .await;

    // A moderator's word holds either way, and is in the log.
    let set = [("level", "nouveau"), ("motif", "Trop de publicité")];
    let refused = regular
        .post_form("/communaute/membres/nouveau/confiance", &set)
        .await;
    assert_eq!(refused.status(), 403);
    moderator
        .submit("/communaute/membres/nouveau/confiance", &set)
        .await;
    let page = moderator
        .get("/communaute/membres/nouveau")
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("Nouveau membre (liens, rythme et premier jour limités)"));
    assert!(
        !regular
            .get("/communaute/membres/nouveau")
            .await
            .text()
            .await
            .unwrap()
            .contains("Confiance sur le forum")
    );
    let limited = newcomer
        .post_form(&first, &[("body", "Encore une réponse.")])
        .await;
    assert_eq!(limited.status(), 422);
    let journal = moderator
        .get("/moderation/journal")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        journal.contains("Niveau de confiance sur le forum")
            && journal.contains("nouveau — Trop de publicité")
    );
    assert_eq!(
        moderator
            .post_form("/communaute/membres/nouveau/confiance", &[("level", "roi")])
            .await
            .status(),
        400
    );

    // Flags from new members do not hide a post.
    let key = format!("{}-1", topic_id(&second));
    for n in 0..3 {
        let flagger = app
            .signed_in_as(&format!("f{n}@exemple.org"), Role::Membre)
            .await;
        flagger
            .submit(
                "/moderation/signaler",
                &[
                    ("cible", "message"),
                    ("objet", &key),
                    ("motif", "spam"),
                    ("commentaire", ""),
                ],
            )
            .await;
    }
    assert!(
        !app.visitor()
            .get(&second)
            .await
            .text()
            .await
            .unwrap()
            .contains("Message masqué")
    );
    app.wait_for_jobs().await;
}

async fn a_first_post_waits_for_a_moderator(backend: Backend) {
    let app = app!(
        backend,
        &[("hold_first_post", "true"), ("trust_topics_read", "5")]
    );
    let moderator = app
        .signed_in_as("moderation@exemple.org", Role::Moderateur)
        .await;
    let watcher = app.signed_in_as("veille@exemple.org", Role::Membre).await;
    watcher
        .submit(
            "/communaute/c/choisir-ses-outils/suivi",
            &[("level", "premier-message")],
        )
        .await;
    let newcomer = app.signed_in_as("nouveau@exemple.org", Role::Membre).await;
    let held = newcomer
        .submit(
            "/communaute/nouveau",
            &[
                ("category", "choisir-ses-outils"),
                ("title", "Quel agenda partagé choisir ?"),
                ("body", "Nous quittons Google Agenda."),
                ("handle", "nouveau"),
                ("display_name", "Nouveau"),
            ],
        )
        .await;
    assert_eq!(
        held.headers()["location"],
        "/communaute/nouveau?fait=attente"
    );
    let notice = newcomer
        .get("/communaute/nouveau?fait=attente")
        .await
        .text()
        .await
        .unwrap();
    assert!(notice.contains("l&#39;équipe d&#39;animation le relit"));
    let id: i64 = count(&app, "SELECT id FROM community_topics").await;
    let path = format!("/communaute/t/{id}");
    assert_eq!(app.visitor().get(&path).await.status(), 404);
    // The moderators hear of it at once, with the words to read.
    let told = app.settled_emails_to("moderation@exemple.org").await;
    let told = told
        .iter()
        .find(|e| e.subject.contains("Un message attend votre validation"))
        .expect("the moderator is told");
    assert!(told.subject.contains("Quel agenda partagé choisir ?"));
    assert!(
        told.text.contains("Nouveau, nouveau sur le forum"),
        "{}",
        told.text
    );
    assert!(told.text.contains("Nous quittons Google Agenda."));
    assert!(told.text.contains("/moderation"));
    assert!(
        !app.visitor()
            .get("/communaute")
            .await
            .text()
            .await
            .unwrap()
            .contains("Quel agenda")
    );
    assert!(
        app.settled_emails_to("veille@exemple.org").await.is_empty(),
        "nobody hears of it yet"
    );

    let queue = moderator.get("/moderation").await.text().await.unwrap();
    assert!(
        queue.contains("Quel agenda partagé choisir ? #1"),
        "{queue}"
    );
    let post = post_id(&app, id, 1).await;
    let approve = format!("/communaute/m/{post}/validation");
    assert_eq!(
        newcomer
            .post_form(&approve, &[("decision", "valider")])
            .await
            .status(),
        403
    );
    assert_eq!(
        moderator
            .post_form(&approve, &[("decision", "peut-etre")])
            .await
            .status(),
        400
    );
    moderator.submit(&approve, &[("decision", "valider")]).await;
    assert!(
        app.visitor()
            .get(&path)
            .await
            .text()
            .await
            .unwrap()
            .contains("Nous quittons Google Agenda.")
    );
    let told = app.settled_emails_to("veille@exemple.org").await;
    assert_eq!(told.len(), 1, "the watcher hears of it once approved");
    assert!(
        !moderator
            .get("/moderation")
            .await
            .text()
            .await
            .unwrap()
            .contains("Quel agenda partagé choisir ? #1")
    );

    // Her second post goes at once; another newcomer's first reply waits,
    // is refused, and stays hidden.
    sqlx::query("UPDATE community_posts SET created_at = created_at - 60")
        .execute(app.db().pool())
        .await
        .unwrap();
    newcomer
        .submit(&path, &[("body", "Merci de votre accueil.")])
        .await;
    let other = app.signed_in_as("autre@exemple.org", Role::Membre).await;
    let reply = other
        .submit(
            &path,
            &[
                ("body", "Essayez Nextcloud Agenda."),
                ("handle", "autre"),
                ("display_name", "Autre"),
            ],
        )
        .await;
    assert!(
        reply.headers()["location"]
            .to_str()
            .unwrap()
            .contains("fait=attente")
    );
    let page = app.visitor().get(&path).await.text().await.unwrap();
    assert!(page.contains("Merci de votre accueil.") && page.contains("en attente de validation"));
    assert!(!page.contains("Essayez Nextcloud Agenda."));
    let held_reply = post_id(&app, id, 3).await;
    moderator
        .submit(
            &format!("/communaute/m/{held_reply}/validation"),
            &[("decision", "refuser"), ("motif", "Hors sujet")],
        )
        .await;
    let page = app.visitor().get(&path).await.text().await.unwrap();
    assert!(
        page.contains("Message masqué par la modération") && !page.contains("Essayez Nextcloud")
    );
    let journal = moderator
        .get("/moderation/journal")
        .await
        .text()
        .await
        .unwrap();
    assert!(journal.contains("Hors sujet"));
}

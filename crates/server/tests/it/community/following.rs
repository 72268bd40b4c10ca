//! Following the forum: mentions, replies and watched topics or categories
//! reach members in the app (with the count in the header) and by email,
//! threaded, after the delay and only if still unread, under a daily cap,
//! with a one-click unsubscribe that works from the mail client.

use essaim_domain::accounts::Role;

use super::*;
use crate::harness::Backend;
use crate::{app, on_both_backends};

on_both_backends!(
    members_hear_of_mentions_replies_and_what_they_watch,
    an_email_waits_and_stays_unsent_once_read,
    one_click_stops_the_emails_and_the_cap_holds,
    the_weekly_digest_goes_once_even_from_two_nodes,
);

async fn members_hear_of_mentions_replies_and_what_they_watch(backend: Backend) {
    let app = app!(backend);
    let nadia = super::named(&app, "nadia@exemple.org", "nadia", "Nadia").await;
    let camille = super::named(&app, "camille@exemple.org", "camille", "Camille").await;
    let elise = super::named(&app, "elise@exemple.org", "elise", "Élise").await;
    let path = topic(
        &nadia,
        "entraide-technique",
        "Les partages Nextcloud coincent",
        "Deux bénévoles ne voient rien.",
    )
    .await;
    let id = topic_id(&path);
    app.wait_for_jobs().await;
    let before = app.emails().len();

    elise
        .submit(
            &path,
            &[("body", "Vérifiez le groupe. @camille a eu le même souci.")],
        )
        .await;
    let to_nadia = app.settled_emails_to("nadia@exemple.org").await;
    let reply = to_nadia.last().expect("the asker hears of the reply");
    assert_eq!(reply.subject, "[Essaim] Les partages Nextcloud coincent");
    assert!(
        reply.text.contains("Élise a répondu à votre sujet"),
        "{}",
        reply.text
    );
    assert!(reply.text.contains("Vérifiez le groupe."));
    assert_eq!(
        reply.headers.thread.as_deref(),
        Some(format!("communaute-sujet-{id}").as_str())
    );
    let unsubscribe = reply
        .headers
        .unsubscribe
        .clone()
        .expect("a one-click address");
    assert!(unsubscribe.contains("/communaute/courriels/"));
    let to_camille = app.settled_emails_to("camille@exemple.org").await;
    assert!(
        to_camille
            .last()
            .unwrap()
            .text
            .contains("Élise vous a mentionné")
    );
    assert_eq!(
        app.emails().len(),
        before + 2,
        "nothing to the author of the reply"
    );

    // In the app: the count in the header, the list, read once opened.
    let page = nadia.get("/communaute").await.text().await.unwrap();
    assert!(page.contains("Notifications (1 non lue)"), "the header");
    let list = nadia
        .get("/communaute/notifications")
        .await
        .text()
        .await
        .unwrap();
    assert!(list.contains("Élise a répondu à « Les partages Nextcloud coincent »"));
    nadia.get(&path).await;
    let page = nadia.get("/communaute").await.text().await.unwrap();
    assert!(
        page.contains(">Notifications</a>"),
        "read once the topic is opened"
    );

    // Replying tracks the topic; the asker watches it: each reply reaches her.
    camille
        .submit(&path, &[("body", "Oui, c'était le groupe.")])
        .await;
    assert_eq!(
        app.settled_emails_to("nadia@exemple.org").await.len(),
        to_nadia.len() + 1
    );
    assert!(
        app.settled_emails_to("elise@exemple.org").await.is_empty(),
        "tracking is not watching"
    );

    // Muted, the topic is silent for her.
    nadia
        .submit(
            &format!("/communaute/t/{id}/suivi"),
            &[("level", "silence")],
        )
        .await;
    elise
        .submit(&path, &[("body", "Parfait, bonne journée.")])
        .await;
    assert_eq!(
        app.settled_emails_to("nadia@exemple.org").await.len(),
        to_nadia.len() + 1
    );
    let bad = nadia
        .post_form(
            &format!("/communaute/t/{id}/suivi"),
            &[("level", "premier-message")],
        )
        .await;
    assert_eq!(bad.status(), 422);
    assert_eq!(
        nadia
            .post_form(&format!("/communaute/t/{id}/suivi"), &[("level", "tout")])
            .await
            .status(),
        400
    );

    // Watching the first posts of a category: every new topic there.
    camille
        .submit(
            "/communaute/c/choisir-ses-outils/suivi",
            &[("level", "premier-message")],
        )
        .await;
    topic(
        &elise,
        "choisir-ses-outils",
        "Un outil pour les sondages ?",
        "Doodle nous agace.",
    )
    .await;
    topic(
        &elise,
        "entraide-technique",
        "Une autre question technique",
        "Rien à voir.",
    )
    .await;
    let to_camille_now = app.settled_emails_to("camille@exemple.org").await;
    assert_eq!(to_camille_now.len(), to_camille.len() + 1);
    assert!(
        to_camille_now
            .last()
            .unwrap()
            .text
            .contains("Élise a ouvert le sujet « Un outil pour les sondages ? »")
    );

    // Moderators' hidden posts notify nobody later; visitors have no list.
    assert_eq!(
        app.visitor()
            .get("/communaute/notifications")
            .await
            .status(),
        303
    );
    let _ = app
        .signed_in_as("moderation@exemple.org", Role::Moderateur)
        .await;
}

async fn an_email_waits_and_stays_unsent_once_read(backend: Backend) {
    let app = app!(backend, &[("notification_delay", "10")]);
    let nadia = super::named(&app, "nadia@exemple.org", "nadia", "Nadia").await;
    let elise = super::named(&app, "elise@exemple.org", "elise", "Élise").await;
    let path = topic(
        &nadia,
        "entraide-technique",
        "Une question qui attend",
        "Bonjour.",
    )
    .await;
    let read = topic(
        &nadia,
        "entraide-technique",
        "Une question lue à temps",
        "Bonjour.",
    )
    .await;
    elise.submit(&path, &[("body", "Première réponse.")]).await;
    elise.submit(&read, &[("body", "Seconde réponse.")]).await;
    app.wait_for_jobs().await;
    assert!(
        app.emails().iter().all(|e| e.to != "nadia@exemple.org"),
        "ten minutes first"
    );
    let waiting: i64 = count(
        &app,
        "SELECT COUNT(*) FROM jobs WHERE kind = 'forum-email' AND state = 'pending'",
    )
    .await;
    assert_eq!(waiting, 2);

    // She reads one topic meanwhile; ten minutes later, only the other goes.
    nadia.get(&read).await;
    sqlx::query("UPDATE jobs SET run_after = 0 WHERE kind = 'forum-email'")
        .execute(app.db().pool())
        .await
        .unwrap();
    let sent = app.settled_emails_to("nadia@exemple.org").await;
    assert_eq!(sent.len(), 1, "{sent:?}");
    assert!(sent[0].text.contains("Première réponse."));
}

async fn one_click_stops_the_emails_and_the_cap_holds(backend: Backend) {
    let app = app!(backend, &[("notification_daily_cap", "2")]);
    let nadia = super::named(&app, "nadia@exemple.org", "nadia", "Nadia").await;
    let elise = super::named(&app, "elise@exemple.org", "elise", "Élise").await;
    let path = topic(
        &nadia,
        "entraide-technique",
        "Un sujet très actif",
        "Bonjour.",
    )
    .await;
    for n in 1..=3 {
        elise
            .submit(&path, &[("body", &format!("Réponse numéro {n}."))])
            .await;
    }
    let sent = app.settled_emails_to("nadia@exemple.org").await;
    assert_eq!(sent.len(), 2, "two a day at most");
    let page = nadia.get("/communaute").await.text().await.unwrap();
    assert!(
        page.contains("Notifications (3 non lues)"),
        "the app shows them all"
    );

    // The mail client's one-click POST: no cookie, no token, no origin.
    let link = sent[0].headers.unsubscribe.clone().unwrap();
    let settings_page = reqwest::get(&link).await.unwrap();
    assert_eq!(settings_page.status(), 200);
    assert!(
        settings_page
            .text()
            .await
            .unwrap()
            .contains("Ne plus rien recevoir du forum")
    );
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let one_click = client
        .post(&link)
        .header("content-type", "application/x-www-form-urlencoded")
        .body("List-Unsubscribe=One-Click")
        .send()
        .await
        .unwrap();
    assert_eq!(one_click.status(), 303);
    let other = topic(
        &nadia,
        "entraide-technique",
        "Un autre sujet plus calme",
        "Bonjour.",
    )
    .await;
    elise
        .submit(&other, &[("body", "Une réponse de plus.")])
        .await;
    assert_eq!(app.settled_emails_to("nadia@exemple.org").await.len(), 2);

    // A made-up token is nobody's; the preferences bring emails back.
    let fake = link.rsplit_once('/').unwrap().0.to_string() + "/" + &"ab".repeat(32);
    assert_eq!(reqwest::get(&fake).await.unwrap().status(), 404);
    assert_eq!(
        client
            .post(&fake)
            .body("List-Unsubscribe=One-Click")
            .send()
            .await
            .unwrap()
            .status(),
        404
    );
    let form = nadia
        .get("/communaute/preferences")
        .await
        .text()
        .await
        .unwrap();
    assert!(!form.contains("id=\"notifications\" name=\"notifications\" value=\"1\" checked"));
    nadia
        .submit(
            "/communaute/preferences",
            &[
                ("notifications", "1"),
                ("categorie-choisir-ses-outils", "premier-message"),
            ],
        )
        .await;
    topic(
        &elise,
        "choisir-ses-outils",
        "Quel tableur pour la compta ?",
        "Bonjour.",
    )
    .await;
    let sent = app.settled_emails_to("nadia@exemple.org").await;
    assert_eq!(sent.len(), 2, "still capped today");
    let notes = nadia
        .get("/communaute/notifications")
        .await
        .text()
        .await
        .unwrap();
    assert!(notes.contains("Élise a ouvert « Quel tableur pour la compta ? »"));
}

async fn the_weekly_digest_goes_once_even_from_two_nodes(backend: Backend) {
    let app = app!(backend);
    let nadia = super::named(&app, "nadia@exemple.org", "nadia", "Nadia").await;
    let elise = super::named(&app, "elise@exemple.org", "elise", "Élise").await;
    let quiet = app.signed_in_as("discrete@exemple.org", Role::Membre).await;
    let path = topic(
        &nadia,
        "entraide-technique",
        "Le sujet le plus animé",
        "Bonjour.",
    )
    .await;
    for n in 1..=2 {
        elise
            .submit(&path, &[("body", &format!("Réponse {n}."))])
            .await;
    }
    topic(
        &elise,
        "retours-d-experience",
        "Un retour plus calme",
        "Bonjour.",
    )
    .await;
    // Élise mutes the experiences; the quiet member wants no digest.
    elise
        .submit(
            "/communaute/c/retours-d-experience/suivi",
            &[("level", "silence")],
        )
        .await;
    quiet
        .submit("/communaute/preferences", &[("notifications", "1")])
        .await;
    app.wait_for_jobs().await;

    let other = app.start_another_node().await;
    tokio::join!(
        essaim_app::jobs::housekeeping(app.app()),
        essaim_app::jobs::housekeeping(other.app()),
    );
    app.wait_for_jobs().await;
    other.wait_for_jobs().await;
    let digests: Vec<_> = app
        .emails()
        .into_iter()
        .chain(other.emails())
        .filter(|e| e.subject == "[Essaim] La semaine sur le forum")
        .collect();
    let mut to: Vec<&str> = digests.iter().map(|e| e.to.as_str()).collect();
    to.sort_unstable();
    assert_eq!(
        to,
        ["elise@exemple.org", "nadia@exemple.org"],
        "once each, none to who said no"
    );
    let nadia_digest = digests
        .iter()
        .find(|e| e.to == "nadia@exemple.org")
        .unwrap();
    let busy = nadia_digest.text.find("Le sujet le plus animé").unwrap();
    assert!(
        busy < nadia_digest.text.find("Un retour plus calme").unwrap(),
        "the liveliest first"
    );
    assert!(
        nadia_digest.text.contains("3 messages cette semaine"),
        "{}",
        nadia_digest.text
    );
    assert!(nadia_digest.headers.unsubscribe.is_some());
    let elise_digest = digests
        .iter()
        .find(|e| e.to == "elise@exemple.org")
        .unwrap();
    assert!(
        !elise_digest.text.contains("Un retour plus calme"),
        "a muted category stays out"
    );

    // An hour later: nothing more this week.
    essaim_app::jobs::housekeeping(app.app()).await;
    app.wait_for_jobs().await;
    let again = app
        .emails()
        .into_iter()
        .chain(other.emails())
        .filter(|e| e.subject == "[Essaim] La semaine sur le forum")
        .count();
    assert_eq!(again, 2);
    other.stop().await;
}

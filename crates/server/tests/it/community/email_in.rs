//! Replying by email: a notification carries a reply address whose key is
//! bound to the post and the member; the reply, without its quote and
//! signature, becomes their post, through `essaim mail receive` and
//! through a real IMAP mailbox (Dovecot). Every other case gets an answer
//! in French with the member's words, and nothing is posted.

use std::io::Write;
use std::process::Stdio;
use std::time::Duration;

use essaim_domain::accounts::Role;

use super::*;
use crate::harness::Backend;
use crate::mailbox::Dovecot;
use crate::{app, on_both_backends};

on_both_backends!(
    a_reply_through_the_pipe_becomes_the_members_post_once,
    every_refusal_is_answered_with_the_words_and_posts_nothing,
    replies_are_fetched_from_an_imap_mailbox_once_by_two_nodes,
);

const REPLY_ADDRESS: &str = "reponse+{cle}@forum.exemple.org";

/// A reply as a mail client writes it: the member's words above the
/// quoted notification, then a signature.
fn reply(from: &str, to: &str, message_id: &str, words: &str) -> String {
    format!(
        "From: Membre <{from}>\nTo: Essaim <{to}>\nSubject: Re: [Essaim] Un sujet\nMessage-ID: <{message_id}>\nDate: Thu, 03 Dec 2026 09:00:00 +0100\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{words}\n\nLe 03/12/2026 à 08:55, Essaim a écrit :\n> Élise a répondu à votre sujet.\n> Son message :\n\n-- \nNadia, trésorière\n"
    )
}

/// The reply address of the last forum email to `to`.
async fn reply_address_of(app: &crate::harness::TestApp, to: &str) -> String {
    let emails = app.settled_emails_to(to).await;
    let email = emails
        .iter()
        .rev()
        .find(|e| e.headers.thread.is_some())
        .expect("a forum email");
    email.headers.reply_to.clone().expect("a reply address")
}

/// `essaim mail receive` with the message on standard input.
fn pipe(app: &crate::harness::TestApp, raw: &str) -> (i32, String, String) {
    let mut child = crate::cli::essaim(app.data_dir.path())
        .args(["mail", "receive"])
        .env("ESSAIM_DATABASE_URL", &app.database_url)
        .env("ESSAIM_REPLY_ADDRESS", REPLY_ADDRESS)
        .env("ESSAIM_LOG", "warn")
        // The test server's settings: members trusted from the start,
        // notifications sent at once.
        .env("ESSAIM_TRUST_TOPICS_READ", "0")
        .env("ESSAIM_TRUST_DAYS", "0")
        .env("ESSAIM_NOTIFICATION_DELAY", "0")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("essaim runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(raw.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).trim().to_string(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

async fn a_reply_through_the_pipe_becomes_the_members_post_once(backend: Backend) {
    let app = app!(backend, &[("reply_address", REPLY_ADDRESS)]);
    let nadia = super::named(&app, "nadia@exemple.org", "nadia", "Nadia").await;
    let elise = super::named(&app, "elise@exemple.org", "elise", "Élise").await;
    let path = topic(
        &nadia,
        "entraide-technique",
        "Les partages Nextcloud coincent",
        "Deux bénévoles ne voient rien.",
    )
    .await;
    let id = topic_id(&path);
    elise
        .submit(&path, &[("body", "Vérifiez le groupe.")])
        .await;
    let emails = app.settled_emails_to("nadia@exemple.org").await;
    let notification = emails.last().unwrap();
    assert!(
        notification
            .text
            .contains("Vous pouvez aussi répondre à ce courriel"),
        "{}",
        notification.text
    );
    let address = reply_address_of(&app, "nadia@exemple.org").await;
    assert!(
        address.starts_with("reponse+") && address.ends_with("@forum.exemple.org"),
        "{address}"
    );

    let raw = reply(
        "Nadia@Exemple.org",
        &address,
        "reponse-1@exemple.org",
        "C'était bien le groupe, merci @elise !\nJe note la procédure.",
    );
    let (code, stdout, stderr) = pipe(&app, &raw);
    assert_eq!((code, stdout.as_str()), (0, "publie"), "{stderr}");
    let page = app.get(&path).await.text().await.unwrap();
    assert!(page.contains("C'était bien le groupe, merci"), "{page}");
    assert!(!page.contains("trésorière"), "the signature is removed");
    assert!(!page.contains("a écrit :"), "the quote is removed");
    assert_eq!(
        count(
            &app,
            &format!(
                "SELECT COUNT(*) FROM community_posts p JOIN community_members m ON m.account_id = p.author_id
                 WHERE p.topic_id = {id} AND m.handle = 'nadia'"
            )
        )
        .await,
        2,
        "posted as Nadia"
    );
    // Élise, mentioned, hears of it as from any post.
    let to_elise = app.settled_emails_to("elise@exemple.org").await;
    assert!(
        to_elise
            .iter()
            .any(|e| e.text.contains("C'était bien le groupe")),
        "{to_elise:?}"
    );

    // The same email again (a mail server that retried): handled once.
    let (code, stdout, _) = pipe(&app, &raw);
    assert_eq!((code, stdout.as_str()), (0, "deja-traite"));
    assert_eq!(
        count(
            &app,
            &format!("SELECT COUNT(*) FROM community_posts WHERE topic_id = {id}")
        )
        .await,
        3
    );

    // Without a reply address, the command says the instance takes none.
    let output = crate::cli::essaim(app.data_dir.path())
        .args(["mail", "receive"])
        .env("ESSAIM_DATABASE_URL", &app.database_url)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("reply_address"));
    app.stop().await;
}

async fn every_refusal_is_answered_with_the_words_and_posts_nothing(backend: Backend) {
    let app = app!(backend, &[("reply_address", REPLY_ADDRESS)]);
    let moderator = app
        .signed_in_as("moderation@exemple.org", Role::Moderateur)
        .await;
    let nadia = super::named(&app, "nadia@exemple.org", "nadia", "Nadia").await;
    let elise = super::named(&app, "elise@exemple.org", "elise", "Élise").await;
    let path = topic(
        &nadia,
        "entraide-technique",
        "Visioconférence",
        "Jitsi ou BigBlueButton ?",
    )
    .await;
    let id = topic_id(&path);
    elise
        .submit(&path, &[("body", "Jitsi pour commencer.")])
        .await;
    let address = reply_address_of(&app, "nadia@exemple.org").await;
    let posts = || async {
        count(
            &app,
            &format!("SELECT COUNT(*) FROM community_posts WHERE topic_id = {id}"),
        )
        .await
    };
    let before = posts().await;
    let receive = |raw: String| {
        let app = app.app().clone();
        async move {
            essaim_app::community::email_in::receive(&app, raw.as_bytes())
                .await
                .unwrap()
                .slug()
        }
    };
    let answer_to = |to: &'static str| {
        let app = &app;
        async move {
            let emails = app.settled_emails_to(to).await;
            emails
                .iter()
                .rev()
                .find(|e| e.subject.contains("Votre réponse n'a pas été publiée"))
                .cloned()
                .expect("an answer")
        }
    };

    // An address the forum never made.
    let unknown = format!("reponse+{}@forum.exemple.org", "0".repeat(32));
    let outcome = receive(reply(
        "nadia@exemple.org",
        &unknown,
        "r1@exemple.org",
        "Essai inconnu.",
    ))
    .await;
    assert_eq!(outcome, "inconnue");
    let answer = answer_to("nadia@exemple.org").await;
    assert!(
        answer.text.contains("Nous n'avons pas reconnu l'adresse"),
        "{}",
        answer.text
    );
    assert!(
        answer.text.contains("Essai inconnu."),
        "the words come back"
    );
    assert!(answer.text.contains("Rien n'a été publié"));
    assert_eq!(answer.headers.answering.as_deref(), Some("r1@exemple.org"));

    // Nadia's key, used from another address.
    let outcome = receive(reply(
        "camille@exemple.org",
        &address,
        "r2@exemple.org",
        "Je me fais passer pour Nadia.",
    ))
    .await;
    assert_eq!(outcome, "expediteur");
    let answer = answer_to("camille@exemple.org").await;
    assert!(
        answer.text.contains("envoyée à un autre membre"),
        "{}",
        answer.text
    );

    // Nothing above the quote.
    let outcome = receive(reply("nadia@exemple.org", &address, "r3@exemple.org", "")).await;
    assert_eq!(outcome, "vide");
    assert!(
        answer_to("nadia@exemple.org")
            .await
            .text
            .contains("aucun texte au-dessus")
    );

    // A closed topic.
    moderator
        .submit(
            &format!("/communaute/t/{id}/moderation"),
            &[("action", "fermer")],
        )
        .await;
    let outcome = receive(reply(
        "nadia@exemple.org",
        &address,
        "r4@exemple.org",
        "Trop tard ?",
    ))
    .await;
    assert_eq!(outcome, "ferme");
    let answer = answer_to("nadia@exemple.org").await;
    assert!(
        answer
            .text
            .contains("Le sujet « Visioconférence » est fermé"),
        "{}",
        answer.text
    );
    assert!(answer.text.contains("Trop tard ?"));
    moderator
        .submit(
            &format!("/communaute/t/{id}/moderation"),
            &[("action", "rouvrir")],
        )
        .await;

    // A key older than 90 days.
    sqlx::query("UPDATE community_reply_keys SET created_at = created_at - 91 * 86400")
        .execute(app.db().pool())
        .await
        .unwrap();
    let outcome = receive(reply(
        "nadia@exemple.org",
        &address,
        "r5@exemple.org",
        "Je reviens après les vacances.",
    ))
    .await;
    assert_eq!(outcome, "expiree");
    assert!(
        answer_to("nadia@exemple.org")
            .await
            .text
            .contains("plus de 90 jours")
    );

    // An autoresponder gets no answer at all.
    let sent = app.emails().len();
    let vacation = format!(
        "From: nadia@exemple.org\nTo: {address}\nAuto-Submitted: auto-replied\nMessage-ID: <r6@exemple.org>\nSubject: Absente\n\nJe suis absente jusqu'au 4 janvier.\n"
    );
    assert_eq!(receive(vacation).await, "automatique");
    app.wait_for_jobs().await;
    assert_eq!(app.emails().len(), sent);

    assert_eq!(posts().await, before, "nothing was posted");
    // Not an email at all.
    assert_eq!(receive("\u{0}\u{1}".into()).await, "illisible");
    app.stop().await;
}

async fn replies_are_fetched_from_an_imap_mailbox_once_by_two_nodes(backend: Backend) {
    let Some(dovecot) = Dovecot::start().await else {
        return;
    };
    let imap_url = dovecot.url();
    let settings = [
        ("reply_address", REPLY_ADDRESS),
        ("imap_url", imap_url.as_str()),
        ("imap_interval", "1"),
    ];
    let app = app!(backend, &settings);
    let nadia = super::named(&app, "nadia@exemple.org", "nadia", "Nadia").await;
    let elise = super::named(&app, "elise@exemple.org", "elise", "Élise").await;
    let path = topic(
        &nadia,
        "choisir-ses-outils",
        "Un agenda partagé",
        "Lequel choisir ?",
    )
    .await;
    let id = topic_id(&path);
    elise
        .submit(&path, &[("body", "Agenda de Nextcloud.")])
        .await;
    let address = reply_address_of(&app, "nadia@exemple.org").await;
    // A second node polls the same mailbox.
    let other = app.start_another_node_with(&settings).await;

    dovecot.deliver(
        "1.eml",
        &reply(
            "nadia@exemple.org",
            &address,
            "imap-1@exemple.org",
            "Adopté, merci Élise !",
        ),
    );
    let unknown = format!("reponse+{}@forum.exemple.org", "f".repeat(32));
    dovecot.deliver(
        "2.eml",
        &reply(
            "nadia@exemple.org",
            &unknown,
            "imap-2@exemple.org",
            "Perdu ?",
        ),
    );
    let mut waited = 0;
    while dovecot.messages() > 0 {
        assert!(
            waited < 100,
            "the mailbox is not emptied: {}",
            dovecot.log()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
        waited += 1;
    }
    let page = app.get(&path).await.text().await.unwrap();
    assert_eq!(page.matches("Adopté, merci Élise !").count(), 1, "{page}");
    assert_eq!(
        count(
            &app,
            &format!("SELECT COUNT(*) FROM community_posts WHERE topic_id = {id}")
        )
        .await,
        3,
        "posted once though two nodes polled"
    );
    let answers: Vec<_> = app
        .settled_emails_to("nadia@exemple.org")
        .await
        .into_iter()
        .chain(
            other
                .emails()
                .into_iter()
                .filter(|e| e.to == "nadia@exemple.org"),
        )
        .filter(|e| e.subject.contains("Votre réponse n'a pas été publiée"))
        .collect();
    assert_eq!(answers.len(), 1, "one answer for the unknown address");
    assert!(answers[0].text.contains("Perdu ?"));
    other.stop().await;
    app.stop().await;
}

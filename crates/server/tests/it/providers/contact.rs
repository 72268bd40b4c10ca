//! A message sent from a profile reaches someone, or the form is not
//! offered: the managers, or the network's team when nobody manages the
//! profile.

use essaim_domain::accounts::Role;

use super::provider_with_complete_draft;
use crate::directory::fixtures::{published, record};
use crate::harness::{Backend, PASSWORD, TestApp};
use crate::{app, on_both_backends};

on_both_backends!(
    a_message_to_a_profile_nobody_manages_reaches_the_network,
    with_nobody_to_read_it_the_form_is_not_offered,
    a_manager_who_leaves_the_site_is_warned_and_messages_still_arrive,
    the_copy_goes_only_to_a_proven_address,
);

const MESSAGE: &str = "Bonjour, pouvez-vous nous aider à quitter Google Drive ?";

fn message<'a>(name: &'a str, sender: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("contact_name", name),
        ("contact_sender", sender),
        ("contact_association", "Les Amis du vélo"),
        ("contact_message", MESSAGE),
    ]
}

/// A published profile imported without any manager.
async fn unmanaged(app: &TestApp) -> &'static str {
    app.import(&published(vec![record(
        "atelier-libre",
        "Atelier Libre",
        "35238",
        "Un atelier",
    )]))
    .await;
    "atelier-libre"
}

async fn contacts(app: &TestApp, slug: &str) -> i64 {
    app.db()
        .provider_by_slug(slug)
        .await
        .unwrap()
        .unwrap()
        .contact_count
}

async fn a_message_to_a_profile_nobody_manages_reaches_the_network(backend: Backend) {
    let app = app!(backend);
    app.signed_in_as("moderation@exemple.org", Role::Moderateur)
        .await;
    let slug = unmanaged(&app).await;
    let page = app
        .visitor()
        .get(&format!("/annuaire/{slug}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("lu par l&#39;équipe du réseau"),
        "the form says who reads"
    );

    let visitor = app.visitor();
    visitor
        .submit(
            &format!("/annuaire/{slug}/contact"),
            &message(
                "Camille\r\nBcc: tous@exemple.org",
                "camille@asso.example.org",
            ),
        )
        .await;
    let relayed = app.nth_email_to("moderation@exemple.org", 1).await;
    assert!(
        relayed.subject.contains("sans gestionnaire"),
        "{}",
        relayed.subject
    );
    assert!(relayed.text.contains(MESSAGE), "{}", relayed.text);
    assert_eq!(
        relayed.reply_to.as_deref(),
        Some("camille@asso.example.org")
    );
    assert!(
        !relayed.text.contains("\nBcc:"),
        "a line break in the name forges no line: {}",
        relayed.text
    );
    assert_eq!(contacts(&app, slug).await, 1);

    // The moderators see it among the profiles nobody manages.
    let moderator = app.visitor();
    moderator.sign_in("moderation@exemple.org", PASSWORD).await;
    let queue = moderator.get("/moderation").await.text().await.unwrap();
    assert!(queue.contains("Fiches publiées sans gestionnaire") && queue.contains("Atelier Libre"));

    // With a contact address for the network, that address reads it.
    let admin = app.signed_in_as("admin@exemple.org", Role::Admin).await;
    admin
        .submit(
            "/admin/instance",
            &[
                ("name", "Essaim"),
                ("accent", "#7a3e00"),
                ("contact_email", "equipe@reseau.example.org"),
                ("data_licence", "Licence Ouverte / Etalab 2.0"),
            ],
        )
        .await;
    visitor
        .submit(
            &format!("/annuaire/{slug}/contact"),
            &message("Dominique", "dominique@asso.example.org"),
        )
        .await;
    let relayed = app.nth_email_to("equipe@reseau.example.org", 1).await;
    assert!(relayed.text.contains(MESSAGE));
    app.wait_for_jobs().await;
    assert_eq!(
        app.emails()
            .iter()
            .filter(|e| e.to == "moderation@exemple.org")
            .count(),
        1,
        "the network's address, not every moderator"
    );
    app.stop().await;
}

async fn with_nobody_to_read_it_the_form_is_not_offered(backend: Backend) {
    let app = app!(backend);
    let slug = unmanaged(&app).await;
    let page = app
        .visitor()
        .get(&format!("/annuaire/{slug}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("le formulaire n&#39;est pas disponible"),
        "{page}"
    );
    assert!(!page.contains(&format!("action=\"/annuaire/{slug}/contact\"")));
    let refused = app
        .visitor()
        .post_form(
            &format!("/annuaire/{slug}/contact"),
            &message("Camille", "camille@asso.example.org"),
        )
        .await;
    assert_eq!(refused.status(), 409);
    assert!(refused.text().await.unwrap().contains("pas disponible"));
    assert_eq!(contacts(&app, slug).await, 0, "nothing counted");
    app.wait_for_jobs().await;
    assert!(app.emails().is_empty(), "nothing queued");
    app.stop().await;
}

async fn a_manager_who_leaves_the_site_is_warned_and_messages_still_arrive(backend: Backend) {
    let app = app!(backend);
    app.signed_in_as("moderation@exemple.org", Role::Moderateur)
        .await;
    let (provider, slug) = provider_with_complete_draft(&app, "coop@exemple.org").await;
    super::publish(&app, &provider, &slug).await;
    let warning = provider
        .get("/compte/supprimer")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        warning.contains("la seule personne à gérer ces fiches")
            && warning.contains("Coop Libre Bretagne"),
        "{warning}"
    );
    assert!(warning.contains("resteront publiées"));
    provider
        .submit("/compte/supprimer", &[("password", PASSWORD)])
        .await;
    app.refresh().await;

    let page = app
        .visitor()
        .get(&format!("/annuaire/{slug}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("lu par l&#39;équipe du réseau"),
        "still published, read by the network"
    );
    app.visitor()
        .submit(
            &format!("/annuaire/{slug}/contact"),
            &message("Camille", "camille@asso.example.org"),
        )
        .await;
    let relayed = app.nth_email_to("moderation@exemple.org", 2).await;
    assert!(relayed.text.contains(MESSAGE), "{}", relayed.text);
    app.stop().await;
}

async fn the_copy_goes_only_to_a_proven_address(backend: Backend) {
    let app = app!(backend);
    let (provider, slug) = provider_with_complete_draft(&app, "coop@exemple.org").await;
    super::publish(&app, &provider, &slug).await;
    let contact = format!("/annuaire/{slug}/contact");
    let mut with_copy = message("Camille", "victime@ailleurs.example.org");
    with_copy.push(("contact_copy", "1"));

    // A visitor: no copy offered, and none sent to the address typed.
    let page = app
        .visitor()
        .get(&format!("/annuaire/{slug}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(!page.contains("contact_copy"));
    app.visitor().submit(&contact, &with_copy).await;
    // A member: the copy goes to their account's address, whatever they typed.
    let member = app
        .signed_in_as("camille@asso.example.org", Role::Membre)
        .await;
    member.submit(&contact, &with_copy).await;
    let copy = app.nth_email_to("camille@asso.example.org", 1).await;
    assert!(copy.subject.contains("Copie"), "{}", copy.subject);
    app.wait_for_jobs().await;
    assert!(
        app.emails()
            .iter()
            .all(|e| e.to != "victime@ailleurs.example.org"),
        "nothing to an address nobody proved"
    );
    assert_eq!(
        app.emails()
            .iter()
            .filter(|e| e.to == "coop@exemple.org")
            .count(),
        3,
        "the approval and both messages"
    );
    app.stop().await;
}

use essaim_domain::accounts::Role;

use super::{provider_with_complete_draft, publish};
use crate::harness::{Backend, token_in};
use crate::{app, on_both_backends};

on_both_backends!(
    a_manager_invites_another_who_accepts_and_the_first_leaves,
    freshness_reminders_go_once_and_confirmation_clears_the_flag,
    the_contact_form_relays_without_showing_the_address,
);

async fn a_manager_invites_another_who_accepts_and_the_first_leaves(backend: Backend) {
    let app = app!(backend);
    let (first, slug) = provider_with_complete_draft(&app, "coop@exemple.org").await;
    let overview = format!("/espace-prestataire/fiches/{slug}");
    let bad = first
        .post_form(
            &format!("{overview}/gestionnaires"),
            &[("invite_email", "pas-une-adresse")],
        )
        .await;
    assert_eq!(bad.status(), 422);
    let invited = first
        .post_form(
            &format!("{overview}/gestionnaires"),
            &[("invite_email", "Seconde@Exemple.org")],
        )
        .await;
    assert_eq!(invited.status(), 303);
    let mail = app.nth_email_to("seconde@exemple.org", 1).await;
    let token = token_in(&mail.text, "/espace-prestataire/invitation");

    let stranger = app.signed_in_as("intrus@exemple.org", Role::Membre).await;
    let refused = stranger
        .post_form("/espace-prestataire/invitation", &[("jeton", &token)])
        .await;
    assert_eq!(
        refused.status(),
        403,
        "an invitation is for its address only"
    );
    assert!(
        !refused
            .text()
            .await
            .unwrap()
            .contains("seconde@exemple.org"),
        "nor shown to another account"
    );

    let second = app.signed_in_as("seconde@exemple.org", Role::Membre).await;
    assert_eq!(second.get(&overview).await.status(), 403);
    let page = second
        .get(&format!("/espace-prestataire/invitation?jeton={token}"))
        .await;
    assert_eq!(page.status(), 200);
    assert!(page.text().await.unwrap().contains("Coop Libre Bretagne"));
    let accepted = second
        .post_form("/espace-prestataire/invitation", &[("jeton", &token)])
        .await;
    assert_eq!(accepted.status(), 303);
    assert_eq!(
        second.get(&overview).await.status(),
        200,
        "the invitee now manages the profile"
    );
    let reused = second
        .post_form("/espace-prestataire/invitation", &[("jeton", &token)])
        .await;
    assert_eq!(reused.status(), 410);

    assert_eq!(
        first
            .post_form(&format!("{overview}/quitter"), &[])
            .await
            .status(),
        303
    );
    assert_eq!(first.get(&overview).await.status(), 403, "gone");
    let last = second.post_form(&format!("{overview}/quitter"), &[]).await;
    assert_eq!(last.status(), 422);
    assert!(last.text().await.unwrap().contains("seule personne"));
    app.stop().await;
}

async fn freshness_reminders_go_once_and_confirmation_clears_the_flag(backend: Backend) {
    let app = app!(backend);
    let (provider, slug) = provider_with_complete_draft(&app, "coop@exemple.org").await;
    publish(&app, &provider, &slug).await;
    assert_eq!(
        essaim_app::providers::reminders::send_reminders(app.app())
            .await
            .unwrap(),
        0,
        "just verified"
    );

    // Two years without confirmation.
    let old = essaim_store::now_unix() - 2 * 365 * 86_400;
    let mut row = app.db().provider_by_slug(&slug).await.unwrap().unwrap();
    let mut published = row.published.take().unwrap();
    published.last_verified = Some("2024-01-15".into());
    sqlx::query("UPDATE providers SET verified_at = $1, published = $2 WHERE slug = $3")
        .bind(old)
        .bind(serde_json::to_string(&published).unwrap())
        .bind(&slug)
        .execute(app.db().pool())
        .await
        .unwrap();
    sqlx::query("UPDATE directory_state SET revision = revision + 1")
        .execute(app.db().pool())
        .await
        .unwrap();
    app.refresh().await;
    let search = app.visitor().get("/annuaire").await.text().await.unwrap();
    assert!(
        search.contains("Non confirmée depuis plus d"),
        "flagged in search"
    );

    assert_eq!(
        essaim_app::providers::reminders::send_reminders(app.app())
            .await
            .unwrap(),
        1
    );
    assert_eq!(
        essaim_app::providers::reminders::send_reminders(app.app())
            .await
            .unwrap(),
        0,
        "once"
    );
    let mail = app.nth_email_to("coop@exemple.org", 2).await;
    assert!(mail.subject.contains("toujours à jour"), "{}", mail.subject);

    let confirmed = provider
        .post_form(&format!("/espace-prestataire/fiches/{slug}/confirmer"), &[])
        .await;
    assert_eq!(confirmed.status(), 303);
    app.refresh().await;
    let search = app.visitor().get("/annuaire").await.text().await.unwrap();
    assert!(!search.contains("Non confirmée depuis plus d"));
    let page = app
        .visitor()
        .get(&format!("/annuaire/{slug}"))
        .await
        .text()
        .await
        .unwrap();
    let today = app.app().today().long(essaim_domain::Locale::Fr);
    assert!(page.contains(&format!("vérifiée le {today}")), "{today}");
    app.stop().await;
}

async fn the_contact_form_relays_without_showing_the_address(backend: Backend) {
    let app = app!(backend, &[("rate_limit_contact", "3/h")]);
    let (provider, slug) = provider_with_complete_draft(&app, "coop@exemple.org").await;
    // A member signed in: the copy goes to the address they proved.
    let visitor = app
        .signed_in_as("aline@asso-quartier.example.org", Role::Membre)
        .await;
    let contact = format!("/annuaire/{slug}/contact");
    let message = [
        ("contact_name", "Aline Martin"),
        ("contact_sender", "aline@asso-quartier.example.org"),
        ("contact_association", "Asso du quartier"),
        (
            "contact_message",
            "Bonjour, nous cherchons de l'aide pour quitter Google Drive.",
        ),
        ("contact_copy", "1"),
    ];
    assert_eq!(
        visitor.post_form(&contact, &message).await.status(),
        404,
        "not published yet"
    );
    publish(&app, &provider, &slug).await;

    let page = visitor
        .get(&format!("/annuaire/{slug}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("Contacter ce prestataire"));
    assert!(
        !page.contains("coop@exemple.org"),
        "the managers' address is never shown"
    );

    let sent = visitor.post_form(&contact, &message).await;
    assert_eq!(sent.status(), 303);
    let relayed = app.nth_email_to("coop@exemple.org", 2).await;
    assert_eq!(
        relayed.reply_to.as_deref(),
        Some("aline@asso-quartier.example.org")
    );
    assert!(
        relayed.text.contains("quitter Google Drive") && relayed.text.contains("Asso du quartier")
    );
    let copy = app.nth_email_to("aline@asso-quartier.example.org", 1).await;
    assert!(copy.subject.contains("Copie"));

    let overview = provider
        .get(&format!("/espace-prestataire/fiches/{slug}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(overview.contains("1 mise en relation"));
    app.wait_for_jobs().await;
    let leftovers: i64 = sqlx::Row::get(
        &sqlx::query("SELECT COUNT(*) FROM jobs WHERE payload LIKE '%Google Drive%'")
            .fetch_one(app.db().pool())
            .await
            .unwrap(),
        0,
    );
    assert_eq!(leftovers, 0, "the message is not kept once sent");

    let bad = visitor
        .post_form(
            &contact,
            &[
                ("contact_name", ""),
                ("contact_sender", "aline"),
                ("contact_message", "court"),
            ],
        )
        .await;
    assert_eq!(bad.status(), 422);
    let page = bad.text().await.unwrap();
    assert!(
        page.contains("indiquez votre nom")
            && page.contains("adresse électronique valide")
            && page.contains("de 10 à 5 000")
    );

    let bot = visitor
        .post_form(
            &contact,
            &[
                ("contact_name", "Bot"),
                ("contact_sender", "bot@spam.example"),
                ("contact_message", "Achetez nos produits miracles"),
                ("site_web", "http://spam.example"),
            ],
        )
        .await;
    assert_eq!(bot.status(), 303, "a bot sees the usual answer");
    app.wait_for_jobs().await;
    assert!(
        app.emails()
            .iter()
            .all(|e| !e.text.contains("produits miracles")),
        "but nothing is sent"
    );

    // The limit: 3 per hour from one address (the bad and the bot counted 1 + 0).
    visitor.submit(&contact, &message).await;
    let limited = visitor.post_form(&contact, &message).await;
    assert_eq!(limited.status(), 429);
    assert!(limited.headers().contains_key("retry-after"));
    app.stop().await;
}

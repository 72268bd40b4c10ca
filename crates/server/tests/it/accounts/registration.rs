use crate::harness::{Backend, PASSWORD, token_in};
use crate::{app, on_both_backends};

on_both_backends!(
    registration_confirms_the_address_with_a_single_use_link,
    a_known_address_gets_the_same_answer_and_a_different_email,
    bad_registrations_are_refused_with_the_field_named,
    the_inbox_page_sends_the_link_again_and_shows_no_server_folder,
    each_role_lands_on_its_workspace_after_signing_in,
);

async fn registration_confirms_the_address_with_a_single_use_link(backend: Backend) {
    let app = app!(backend);
    let visitor = app.visitor();
    let response = visitor
        .post_form(
            "/inscription",
            &[("email", " Camille@Exemple.org "), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(response.headers()["location"], "/inscription/envoyee");
    let page = visitor
        .get("/inscription/envoyee")
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("Vérifiez votre boîte de réception"), "{page}");

    let mail = app.nth_email_to("camille@exemple.org", 1).await;
    assert!(
        mail.subject.contains("Confirmez votre adresse"),
        "{}",
        mail.subject
    );
    assert!(
        mail.html.contains("/inscription/confirmer?jeton="),
        "HTML part too"
    );
    let token = token_in(&mail.text, "/inscription/confirmer");

    // Not confirmed yet: signing in sends the link again instead.
    let response = visitor.sign_in("camille@exemple.org", PASSWORD).await;
    assert_eq!(response.status(), 200);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("pas encore confirmée")
    );
    app.nth_email_to("camille@exemple.org", 2).await;

    let confirm_page = visitor
        .get(&format!("/inscription/confirmer?jeton={token}"))
        .await;
    assert_eq!(confirm_page.status(), 200);
    assert!(
        confirm_page
            .text()
            .await
            .unwrap()
            .contains("Confirmer mon adresse")
    );
    let response = visitor
        .post_form("/inscription/confirmer", &[("jeton", &token)])
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(response.headers()["location"], "/connexion?confirme=1");

    let reused = visitor
        .post_form("/inscription/confirmer", &[("jeton", &token)])
        .await;
    assert_eq!(reused.status(), 200, "a used link of a confirmed account");
    let reused = reused.text().await.unwrap();
    assert!(reused.contains("Adresse déjà confirmée"), "{reused}");
    assert!(reused.contains("href=\"/connexion\""));
    let reopened = visitor
        .get(&format!("/inscription/confirmer?jeton={token}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(reopened.contains("Adresse déjà confirmée"));
    assert!(
        !reopened.contains("Confirmer mon adresse"),
        "no button left"
    );
    let forged = visitor
        .get("/inscription/confirmer?jeton=../../etc/passwd")
        .await;
    assert_eq!(forged.status(), 410);

    let response = visitor.sign_in("CAMILLE@exemple.org", PASSWORD).await;
    assert_eq!(response.status(), 303);
    assert_eq!(response.headers()["location"], "/compte");
    let account = visitor.get("/compte").await.text().await.unwrap();
    assert!(account.contains("camille@exemple.org"));
    app.stop().await;
}

async fn a_known_address_gets_the_same_answer_and_a_different_email(backend: Backend) {
    let app = app!(backend);
    app.register_verified("dominique@exemple.org", PASSWORD)
        .await;
    let stranger = app.visitor();
    let response = stranger
        .post_form(
            "/inscription",
            &[
                ("email", "dominique@exemple.org"),
                ("password", "un tout autre secret"),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(response.headers()["location"], "/inscription/envoyee");
    let mail = app.nth_email_to("dominique@exemple.org", 2).await;
    assert!(mail.text.contains("déjà un"), "{}", mail.text);
    assert!(
        !mail.text.contains("jeton="),
        "no confirmation link for a known address"
    );
    // The registration attempt did not change the password.
    assert_eq!(
        stranger
            .sign_in("dominique@exemple.org", "un tout autre secret")
            .await
            .status(),
        422
    );
    assert_eq!(
        app.visitor()
            .sign_in("dominique@exemple.org", PASSWORD)
            .await
            .status(),
        303
    );
    app.stop().await;
}

async fn bad_registrations_are_refused_with_the_field_named(backend: Backend) {
    let app = app!(backend);
    let visitor = app.visitor();
    let cases = [
        ("pas-une-adresse", PASSWORD, "est pas valide"),
        ("", PASSWORD, "Indiquez votre adresse"),
        ("alex@exemple.org", "court", "au moins 10 caractères"),
        ("alex@exemple.org", "azertyuiop", "plus courants"),
        ("alex@exemple.org", "1234567890", "plus courants"),
        (
            "alexandre@exemple.org",
            "alexandre2026",
            "reprendre votre adresse",
        ),
    ];
    for (email, password, message) in cases {
        let response = visitor
            .post_form("/inscription", &[("email", email), ("password", password)])
            .await;
        assert_eq!(response.status(), 422, "{email} / {password}");
        let page = response.text().await.unwrap();
        assert!(
            page.contains(message),
            "{message} in the page for {email} / {password}"
        );
        assert!(page.contains("aria-invalid=\"true\""));
    }
    app.wait_for_jobs().await;
    assert!(app.emails().is_empty(), "nothing sent for refused forms");
    assert_eq!(app.db().count_accounts().await.unwrap(), 0);
    app.stop().await;
}

async fn the_inbox_page_sends_the_link_again_and_shows_no_server_folder(backend: Backend) {
    let app = app!(backend);
    let visitor = app.visitor();
    visitor
        .submit(
            "/inscription",
            &[("email", "sacha@exemple.org"), ("password", PASSWORD)],
        )
        .await;
    let first = token_in(
        &app.nth_email_to("sacha@exemple.org", 1).await.text,
        "/inscription/confirmer",
    );
    let page = visitor
        .get("/inscription/envoyee")
        .await
        .text()
        .await
        .unwrap();
    let data_dir = app.data_dir.path().display().to_string();
    assert!(!page.contains(&data_dir) && !page.contains("outbox") && !page.contains(".eml"));
    assert!(page.contains("Renvoyer le lien"), "{page}");

    let response = visitor
        .post_form("/inscription/renvoyer", &[("email", "Sacha@exemple.org ")])
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(
        response.headers()["location"],
        "/inscription/envoyee?renvoye=1"
    );
    let resent = visitor
        .get("/inscription/envoyee?renvoye=1")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        resent.contains("un nouveau lien vient de partir"),
        "{resent}"
    );
    let second = token_in(
        &app.nth_email_to("sacha@exemple.org", 2).await.text,
        "/inscription/confirmer",
    );
    assert_ne!(first, second);
    let confirmed = visitor
        .post_form("/inscription/confirmer", &[("jeton", &second)])
        .await;
    assert_eq!(confirmed.status(), 303, "the new link works");

    // An unknown or confirmed address gets the same answer and no email.
    for email in ["personne@exemple.org", "sacha@exemple.org"] {
        let response = visitor
            .post_form("/inscription/renvoyer", &[("email", email)])
            .await;
        assert_eq!(
            response.headers()["location"],
            "/inscription/envoyee?renvoye=1"
        );
    }
    assert!(
        app.settled_emails_to("personne@exemple.org")
            .await
            .is_empty()
    );
    assert_eq!(app.settled_emails_to("sacha@exemple.org").await.len(), 2);

    let refused = visitor
        .post_form("/inscription/renvoyer", &[("email", "pas une adresse")])
        .await;
    assert_eq!(refused.status(), 422);
    let refused = refused.text().await.unwrap();
    assert!(refused.contains("aria-invalid=\"true\""), "{refused}");
    app.stop().await;
}

async fn each_role_lands_on_its_workspace_after_signing_in(backend: Backend) {
    use essaim_domain::accounts::Role;
    let app = app!(backend);
    for (email, role, place) in [
        ("membre@exemple.org", Role::Membre, "/compte"),
        ("coop@exemple.org", Role::Prestataire, "/espace-prestataire"),
        ("modo@exemple.org", Role::Moderateur, "/moderation"),
        ("admin@exemple.org", Role::Admin, "/moderation"),
    ] {
        essaim_app::accounts::create_admin::create_account(app.db(), email, role, PASSWORD)
            .await
            .unwrap();
        let response = app.visitor().sign_in(email, PASSWORD).await;
        assert_eq!(response.status(), 303);
        assert_eq!(response.headers()["location"], place, "{email}");
    }
    // A sign-in asked from a page goes back to it.
    let response = app
        .visitor()
        .post_form(
            "/connexion",
            &[
                ("email", "modo@exemple.org"),
                ("password", PASSWORD),
                ("retour", "/annuaire"),
            ],
        )
        .await;
    assert_eq!(response.headers()["location"], "/annuaire");
    app.stop().await;
}

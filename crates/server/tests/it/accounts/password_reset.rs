use crate::harness::{Backend, PASSWORD, token_in};
use crate::{app, on_both_backends};

on_both_backends!(
    a_reset_link_works_once_replaces_older_links_and_ends_sessions,
    unknown_addresses_get_the_same_answer_and_no_email,
    an_expired_link_is_refused,
);

const NEW_PASSWORD: &str = "abeilles butinent en juin";

async fn a_reset_link_works_once_replaces_older_links_and_ends_sessions(backend: Backend) {
    let app = app!(backend);
    let signed_in = app.register_verified("hana@exemple.org", PASSWORD).await;
    assert_eq!(
        signed_in
            .sign_in("hana@exemple.org", PASSWORD)
            .await
            .status(),
        303
    );
    assert_eq!(signed_in.get("/compte").await.status(), 200);

    let visitor = app.visitor();
    for _ in 0..2 {
        let response = visitor
            .post_form("/mot-de-passe-oublie", &[("email", "Hana@exemple.org")])
            .await;
        assert_eq!(response.status(), 303);
        assert_eq!(
            response.headers()["location"],
            "/mot-de-passe-oublie/envoye"
        );
    }
    // Emails: 1 confirmation, then two reset links.
    let first = token_in(
        &app.nth_email_to("hana@exemple.org", 2).await.text,
        "/mot-de-passe-oublie/nouveau",
    );
    let second = token_in(
        &app.nth_email_to("hana@exemple.org", 3).await.text,
        "/mot-de-passe-oublie/nouveau",
    );
    assert_ne!(first, second);
    assert_eq!(
        visitor
            .get(&format!("/mot-de-passe-oublie/nouveau?jeton={first}"))
            .await
            .status(),
        410,
        "the newer link voids the older"
    );
    assert_eq!(
        visitor
            .get(&format!("/mot-de-passe-oublie/nouveau?jeton={second}"))
            .await
            .status(),
        200
    );

    let weak = visitor
        .post_form(
            "/mot-de-passe-oublie/nouveau",
            &[("jeton", &second), ("password", "court")],
        )
        .await;
    assert_eq!(weak.status(), 422);
    assert!(weak.text().await.unwrap().contains("au moins 10"));

    let done = visitor
        .post_form(
            "/mot-de-passe-oublie/nouveau",
            &[("jeton", &second), ("password", NEW_PASSWORD)],
        )
        .await;
    assert_eq!(done.status(), 303);
    assert_eq!(done.headers()["location"], "/connexion?reinitialise=1");
    let reused = visitor
        .post_form(
            "/mot-de-passe-oublie/nouveau",
            &[("jeton", &second), ("password", "encore un autre secret")],
        )
        .await;
    assert_eq!(reused.status(), 410);

    assert_eq!(
        signed_in.get("/compte").await.status(),
        303,
        "sessions ended by the reset"
    );
    assert_eq!(
        visitor.sign_in("hana@exemple.org", PASSWORD).await.status(),
        422
    );
    assert_eq!(
        visitor
            .sign_in("hana@exemple.org", NEW_PASSWORD)
            .await
            .status(),
        303
    );
    let notice = app.nth_email_to("hana@exemple.org", 4).await;
    assert!(
        notice.subject.contains("mot de passe"),
        "{}",
        notice.subject
    );
    app.stop().await;
}

async fn unknown_addresses_get_the_same_answer_and_no_email(backend: Backend) {
    let app = app!(backend);
    let visitor = app.visitor();
    let response = visitor
        .post_form("/mot-de-passe-oublie", &[("email", "inconnu@exemple.org")])
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(
        response.headers()["location"],
        "/mot-de-passe-oublie/envoye"
    );
    assert!(
        app.settled_emails_to("inconnu@exemple.org")
            .await
            .is_empty()
    );
    let malformed = visitor
        .post_form("/mot-de-passe-oublie", &[("email", "inconnu")])
        .await;
    assert_eq!(malformed.status(), 422);
    assert!(malformed.text().await.unwrap().contains("est pas valide"));
    app.stop().await;
}

async fn an_expired_link_is_refused(backend: Backend) {
    let app = app!(backend);
    app.register_verified("ines@exemple.org", PASSWORD).await;
    let visitor = app.visitor();
    visitor
        .submit("/mot-de-passe-oublie", &[("email", "ines@exemple.org")])
        .await;
    let token = token_in(
        &app.nth_email_to("ines@exemple.org", 2).await.text,
        "/mot-de-passe-oublie/nouveau",
    );
    sqlx::query("UPDATE account_tokens SET expires_at = 0")
        .execute(app.db().pool())
        .await
        .unwrap();
    let page = visitor
        .get(&format!("/mot-de-passe-oublie/nouveau?jeton={token}"))
        .await;
    assert_eq!(page.status(), 410);
    assert!(page.text().await.unwrap().contains("expiré"));
    let submit = visitor
        .post_form(
            "/mot-de-passe-oublie/nouveau",
            &[("jeton", &token), ("password", NEW_PASSWORD)],
        )
        .await;
    assert_eq!(submit.status(), 410);
    app.stop().await;
}

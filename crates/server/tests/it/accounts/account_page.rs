use essaim_domain::accounts::Role;

use crate::harness::{Backend, PASSWORD, token_in};
use crate::{app, on_both_backends};

on_both_backends!(
    changing_the_password_asks_for_the_current_one_and_ends_other_sessions,
    changing_the_address_goes_through_a_link_to_the_new_one,
    the_language_is_kept_for_pages_and_emails,
    the_export_holds_the_account_and_its_sessions,
    the_export_holds_what_the_person_wrote,
    password_checks_are_limited_like_sign_in,
    deletion_asks_for_the_password_and_removes_everything,
);

async fn changing_the_password_asks_for_the_current_one_and_ends_other_sessions(backend: Backend) {
    let app = app!(backend);
    let here = app.signed_in_as("jo@exemple.org", Role::Membre).await;
    let elsewhere = app.visitor();
    assert_eq!(
        elsewhere.sign_in("jo@exemple.org", PASSWORD).await.status(),
        303
    );

    let wrong = here
        .post_form(
            "/compte/mot-de-passe",
            &[
                ("current_password", "pas le bon"),
                ("new_password", "un secret tout neuf"),
            ],
        )
        .await;
    assert_eq!(wrong.status(), 422);
    assert!(
        wrong
            .text()
            .await
            .unwrap()
            .contains("mot de passe actuel est incorrect")
    );
    let weak = here
        .post_form(
            "/compte/mot-de-passe",
            &[
                ("current_password", PASSWORD),
                ("new_password", "password123"),
            ],
        )
        .await;
    assert_eq!(weak.status(), 422);

    let done = here
        .post_form(
            "/compte/mot-de-passe",
            &[
                ("current_password", PASSWORD),
                ("new_password", "un secret tout neuf"),
            ],
        )
        .await;
    assert_eq!(done.status(), 303);
    assert_eq!(done.headers()["location"], "/compte?fait=mot-de-passe");
    assert_eq!(
        here.get("/compte").await.status(),
        200,
        "this browser got a new session"
    );
    assert_eq!(
        elsewhere.get("/compte").await.status(),
        303,
        "the other session ended"
    );
    let notice = app.nth_email_to("jo@exemple.org", 1).await;
    assert!(notice.subject.contains("mot de passe"));
    app.stop().await;
}

async fn changing_the_address_goes_through_a_link_to_the_new_one(backend: Backend) {
    let app = app!(backend);
    let me = app.signed_in_as("kim@exemple.org", Role::Membre).await;
    let wrong = me
        .post_form(
            "/compte/adresse",
            &[
                ("new_email", "kim@nouveau.example.org"),
                ("password", "pas le bon"),
            ],
        )
        .await;
    assert_eq!(wrong.status(), 422);
    let malformed = me
        .post_form(
            "/compte/adresse",
            &[("new_email", "kim@"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(malformed.status(), 422);
    assert!(malformed.text().await.unwrap().contains("est pas valide"));

    let sent = me
        .post_form(
            "/compte/adresse",
            &[
                ("new_email", "Kim@Nouveau.example.org"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(sent.status(), 303);
    let mail = app.nth_email_to("kim@nouveau.example.org", 1).await;
    let token = token_in(&mail.text, "/compte/adresse/confirmer");
    assert_eq!(
        me.get(&format!("/compte/adresse/confirmer?jeton={token}"))
            .await
            .status(),
        200
    );
    let done = me
        .post_form("/compte/adresse/confirmer", &[("jeton", &token)])
        .await;
    assert_eq!(done.status(), 303);
    let page = me.get("/compte").await.text().await.unwrap();
    assert!(page.contains("kim@nouveau.example.org"));
    let told = app.nth_email_to("kim@exemple.org", 1).await;
    assert!(
        told.text.contains("kim@nouveau.example.org"),
        "the old address is told"
    );
    assert_eq!(
        me.post_form("/compte/adresse/confirmer", &[("jeton", &token)])
            .await
            .status(),
        410
    );
    app.stop().await;
}

async fn the_language_is_kept_for_pages_and_emails(backend: Backend) {
    let app = app!(backend);
    let me = app.signed_in_as("lou@exemple.org", Role::Membre).await;
    let unknown = me.post_form("/compte/langue", &[("language", "tlh")]).await;
    assert_eq!(unknown.status(), 422);
    let done = me.post_form("/compte/langue", &[("language", "en")]).await;
    assert_eq!(done.status(), 303);
    let page = me.get("/compte?fait=langue").await.text().await.unwrap();
    assert!(page.contains("<html lang=\"en\""));
    assert!(page.contains("My account") && page.contains("Your language has been saved"));
    // A browser that signs in later gets the account's language.
    let other = app.visitor();
    assert_eq!(
        other.sign_in("lou@exemple.org", PASSWORD).await.status(),
        303
    );
    assert!(
        other
            .get("/compte")
            .await
            .text()
            .await
            .unwrap()
            .contains("<html lang=\"en\"")
    );
    // Emails follow the account's language.
    me.submit(
        "/compte/mot-de-passe",
        &[
            ("current_password", PASSWORD),
            ("new_password", "a brand new secret"),
        ],
    )
    .await;
    let mail = app.nth_email_to("lou@exemple.org", 1).await;
    assert!(
        mail.subject.contains("password has changed"),
        "{}",
        mail.subject
    );
    app.stop().await;
}

async fn the_export_holds_the_account_and_its_sessions(backend: Backend) {
    let app = app!(backend);
    let me = app.signed_in_as("max@exemple.org", Role::Prestataire).await;
    let response = me.get("/compte/export").await;
    assert_eq!(response.status(), 200);
    assert!(
        response.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment")
    );
    let export: serde_json::Value = response.json().await.unwrap();
    assert_eq!(export["format"], "essaim-account");
    assert_eq!(export["account"]["email"], "max@exemple.org");
    assert_eq!(export["account"]["role"], "prestataire");
    assert_eq!(export["sessions"].as_array().unwrap().len(), 1);
    let text = export.to_string();
    assert!(!text.contains("argon2"), "no password hash in the export");
    assert_eq!(
        app.visitor().get("/compte/export").await.status(),
        303,
        "signed-in only"
    );
    app.stop().await;
}

async fn deletion_asks_for_the_password_and_removes_everything(backend: Backend) {
    let app = app!(backend);
    let me = app.signed_in_as("noa@exemple.org", Role::Membre).await;
    assert_eq!(me.get("/compte/supprimer").await.status(), 200);
    let wrong = me
        .post_form("/compte/supprimer", &[("password", "pas le bon")])
        .await;
    assert_eq!(wrong.status(), 422);
    assert_eq!(app.db().count_accounts().await.unwrap(), 1);

    let done = me
        .post_form("/compte/supprimer", &[("password", PASSWORD)])
        .await;
    assert_eq!(done.status(), 303);
    assert_eq!(done.headers()["location"], "/compte/supprime");
    assert_eq!(app.db().count_accounts().await.unwrap(), 0);
    let sessions: i64 = sqlx::Row::get(
        &sqlx::query("SELECT COUNT(*) FROM sessions")
            .fetch_one(app.db().pool())
            .await
            .unwrap(),
        0,
    );
    assert_eq!(sessions, 0);
    assert_eq!(me.get("/compte").await.status(), 303);
    assert_eq!(
        app.visitor()
            .sign_in("noa@exemple.org", PASSWORD)
            .await
            .status(),
        422
    );
    let goodbye = app.nth_email_to("noa@exemple.org", 1).await;
    assert!(goodbye.subject.contains("supprimé"));
    app.stop().await;
}

async fn the_export_holds_what_the_person_wrote(backend: Backend) {
    let app = app!(backend);
    let (provider, slug) =
        crate::providers::provider_with_complete_draft(&app, "coop@exemple.org").await;
    crate::providers::publish(&app, &provider, &slug).await;
    let other = crate::directory::fixtures::record("atelier", "Atelier", "35238", "Un atelier");
    app.import(&crate::directory::fixtures::published(vec![other]))
        .await;
    provider
        .submit(
            "/moderation/signaler",
            &[
                ("cible", "prestataire"),
                ("objet", "atelier"),
                ("motif", "inexact"),
                ("commentaire", "Le téléphone indiqué ne répond plus."),
            ],
        )
        .await;
    let export: serde_json::Value = provider.get("/compte/export").await.json().await.unwrap();
    assert_eq!(export["version"], 4);
    let profile = &export["provider_profiles"][0];
    assert_eq!(profile["slug"], slug.as_str());
    assert_eq!(profile["status"], "publiee");
    assert_eq!(
        profile["working_copy"]["references"][0]["association"],
        "Les Amis du Jardin Partagé"
    );
    assert_eq!(
        profile["working_copy"]["references"][0]["referee"], "Claire, présidente, 06 00 00 00 01",
        "what the person wrote, referees included"
    );
    assert!(profile["published"]["name"].is_string());
    let traces = export["moderation"].as_array().unwrap();
    assert!(
        traces.iter().any(
            |t| t["kind"] == "report" && t["text"].as_str().unwrap().contains("ne répond plus")
        ),
        "{traces:?}"
    );
    assert!(
        traces
            .iter()
            .any(|t| t["kind"] == "decision" && t["target"] == slug.as_str())
    );
    // Readable dates in the instance's time zone, not Unix seconds.
    let created = export["account"]["created_at"].as_str().unwrap();
    assert!(
        created.len() == 25
            && created.contains('T')
            && (created.ends_with("+01:00") || created.ends_with("+02:00")),
        "{created}"
    );
    assert!(export["sessions"][0]["expires_at"].is_string());
    app.stop().await;
}

/// A stolen session must not be a way to guess the password faster than
/// the sign-in page allows.
async fn password_checks_are_limited_like_sign_in(backend: Backend) {
    let app = app!(backend, &[("rate_limit_login", "3/min,10/h")]);
    let me = app.signed_in_as("max@exemple.org", Role::Membre).await;
    for (i, (path, fields)) in [
        (
            "/compte/adresse",
            vec![("new_email", "autre@exemple.org"), ("password", "essai 1")],
        ),
        ("/compte/supprimer", vec![("password", "essai 2")]),
        (
            "/compte/mot-de-passe",
            vec![
                ("current_password", "essai 3"),
                ("new_password", "un tout nouveau secret"),
            ],
        ),
    ]
    .into_iter()
    .enumerate()
    {
        assert_eq!(me.post_form(path, &fields).await.status(), 422, "guess {i}");
    }
    let limited = me
        .post_form("/compte/supprimer", &[("password", PASSWORD)])
        .await;
    assert_eq!(limited.status(), 429, "the fourth check in a minute waits");
    assert!(limited.headers().contains_key("retry-after"));
    assert_eq!(
        me.get("/compte").await.status(),
        200,
        "and the account is still there"
    );
    app.stop().await;
}

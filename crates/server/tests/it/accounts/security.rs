use crate::harness::{Backend, PASSWORD};
use crate::{app, once};

// The anti-forgery check happens before any handler reads the database.
once!(forms_without_the_right_token_or_origin_are_refused);

async fn forms_without_the_right_token_or_origin_are_refused(backend: Backend) {
    let app = app!(backend);
    let visitor = app.visitor();
    let token = visitor.csrf_token().await;
    let form = |token: &str| {
        vec![
            ("csrf_token".to_string(), token.to_string()),
            ("email".to_string(), "pat@exemple.org".to_string()),
            ("password".to_string(), PASSWORD.to_string()),
        ]
    };
    let send = |fields: Vec<(String, String)>, origin: Option<&'static str>| {
        let mut request = visitor
            .client
            .post(visitor.url("/inscription"))
            .form(&fields);
        if let Some(origin) = origin {
            request = request.header("origin", origin);
        }
        request.send()
    };
    let missing = send(form("")[1..].to_vec(), None).await.unwrap();
    assert_eq!(missing.status(), 403);
    assert!(
        missing
            .text()
            .await
            .unwrap()
            .contains("Le formulaire a expiré")
    );
    assert_eq!(
        send(form(&"ab".repeat(32)), None).await.unwrap().status(),
        403,
        "wrong token"
    );
    assert_eq!(
        send(form(&token), Some("https://site-malveillant.example"))
            .await
            .unwrap()
            .status(),
        403,
        "foreign origin"
    );
    assert_eq!(
        send(form(&token), Some("null")).await.unwrap().status(),
        403
    );
    // A token without its cookie (another browser's) is refused too.
    let stranger = app.visitor();
    let status = stranger
        .client
        .post(stranger.url("/inscription"))
        .form(&form(&token))
        .send()
        .await
        .unwrap()
        .status();
    assert_eq!(status, 403);
    assert_eq!(app.db().count_accounts().await.unwrap(), 0);
    let accepted = send(form(&token), Some("http://ignored")).await.unwrap();
    assert_eq!(accepted.status(), 403, "origin must be this site");
    let accepted = visitor
        .post_form(
            "/inscription",
            &[("email", "pat@exemple.org"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(accepted.status(), 303);

    // Pages stay public and light for visitors: no cookie without a form.
    let home = app.visitor().get("/annuaire").await;
    assert!(home.headers().get("set-cookie").is_none());
    app.stop().await;
}

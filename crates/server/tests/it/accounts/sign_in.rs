use crate::harness::{Backend, PASSWORD};
use crate::{app, on_both_backends};

on_both_backends!(
    wrong_password_and_unknown_address_get_the_same_answer,
    sessions_rotate_at_sign_in_and_end_at_sign_out,
    sign_in_is_limited_per_address_and_per_account,
);

async fn wrong_password_and_unknown_address_get_the_same_answer(backend: Backend) {
    let app = app!(backend);
    app.register_verified("eli@exemple.org", PASSWORD).await;
    let visitor = app.visitor();
    let wrong = visitor
        .sign_in("eli@exemple.org", "pas le bon mot de passe")
        .await;
    let unknown = visitor.sign_in("personne@exemple.org", PASSWORD).await;
    assert_eq!(wrong.status(), 422);
    assert_eq!(unknown.status(), 422);
    let (wrong, unknown) = (wrong.text().await.unwrap(), unknown.text().await.unwrap());
    assert!(wrong.contains("Adresse électronique ou mot de passe incorrect"));
    let strip = |page: &str, email: &str| page.replace(email, "").replace(&csrf_of(page), "");
    assert_eq!(
        strip(&wrong, "eli@exemple.org"),
        strip(&unknown, "personne@exemple.org"),
        "the two pages differ only by the address typed"
    );
    app.stop().await;
}

fn csrf_of(page: &str) -> String {
    let marker = "name=\"csrf_token\" value=\"";
    let start = page.find(marker).unwrap() + marker.len();
    page[start..].chars().take_while(|c| *c != '"').collect()
}

async fn sessions_rotate_at_sign_in_and_end_at_sign_out(backend: Backend) {
    let app = app!(backend);
    app.register_verified("fanny@exemple.org", PASSWORD).await;
    let visitor = app.visitor();
    let anonymous_token = visitor.csrf_token().await;
    let response = visitor.sign_in("fanny@exemple.org", PASSWORD).await;
    let cookie = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .find(|c| c.starts_with("essaim_session="))
        .expect("session cookie");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    assert!(
        !cookie.contains("Secure"),
        "plain HTTP instance: no Secure flag"
    );
    let session_token = visitor.csrf_token().await;
    assert_ne!(
        anonymous_token, session_token,
        "a new anti-forgery token with the session"
    );

    let account = visitor.get("/compte").await;
    assert_eq!(account.status(), 200);
    assert_eq!(account.headers()["cache-control"], "no-store");

    // The same cookie replayed from elsewhere after sign-out is worthless.
    let session_value = cookie.split(';').next().unwrap().to_string();
    let response = visitor.post_form("/deconnexion", &[]).await;
    assert_eq!(response.status(), 303);
    let replay = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .get(visitor.url("/compte"))
        .header("cookie", session_value)
        .send()
        .await
        .unwrap();
    assert_eq!(replay.status(), 303, "revoked on the server");
    assert!(
        replay.headers()["location"]
            .to_str()
            .unwrap()
            .starts_with("/connexion?retour=%2Fcompte")
    );

    // A forged cookie is just no session.
    let forged = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .get(visitor.url("/compte"))
        .header("cookie", format!("essaim_session={}", "0".repeat(64)))
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), 303);
    app.stop().await;
}

async fn sign_in_is_limited_per_address_and_per_account(backend: Backend) {
    let app = app!(
        backend,
        &[("rate_limit_login", "3/min,10/h"), ("behind_proxy", "true")]
    );
    app.register_verified("gael@exemple.org", PASSWORD).await;
    let visitor = app.visitor();
    let attempt = |ip: &'static str, email: &'static str| {
        let visitor = &visitor;
        async move {
            let token = visitor.csrf_token().await;
            visitor
                .client
                .post(visitor.url("/connexion"))
                .header("x-forwarded-for", ip)
                .form(&[
                    ("csrf_token", token.as_str()),
                    ("email", email),
                    ("password", "mauvais mot de passe"),
                ])
                .send()
                .await
                .unwrap()
        }
    };
    // Per IP: three tries, then 429 with Retry-After.
    for _ in 0..3 {
        assert_eq!(attempt("203.0.113.1", "x@exemple.org").await.status(), 422);
    }
    let limited = attempt("203.0.113.1", "y@exemple.org").await;
    assert_eq!(limited.status(), 429);
    let retry_after: u64 = limited.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&retry_after), "{retry_after}");
    assert!(limited.text().await.unwrap().contains("Trop de tentatives"));

    // Per account and IP address: a stranger guessing from one address
    // spends that address's allowance…
    for _ in 0..3 {
        assert_eq!(
            attempt("198.51.100.1", "gael@exemple.org").await.status(),
            422
        );
    }
    assert_eq!(
        attempt("198.51.100.1", "gael@exemple.org").await.status(),
        429,
        "that address waits"
    );
    // …and does not lock the owner out from theirs.
    let owner = app.visitor();
    let token = owner.csrf_token().await;
    let signed_in = owner
        .client
        .post(owner.url("/connexion"))
        .header("x-forwarded-for", "192.0.2.77")
        .form(&[
            ("csrf_token", token.as_str()),
            ("email", "gael@exemple.org"),
            ("password", PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(signed_in.status(), 303, "the owner still signs in");
    // Guessing from many addresses stays slow: ten times the rules for the
    // account as a whole (30 a minute here, 4 already spent; the allowance
    // comes back at one every two seconds while the test runs).
    let mut refused_at = None;
    for i in 0..80 {
        let ip: &'static str = Box::leak(format!("198.51.101.{i}").into_boxed_str());
        let status = attempt(ip, "gael@exemple.org").await.status();
        if status == 429 {
            refused_at = Some(i);
            break;
        }
        assert_eq!(status, 422, "{ip}");
    }
    let refused_at = refused_at.expect("the account as a whole waits");
    assert!(
        refused_at >= 26,
        "not before its allowance is spent: {refused_at}"
    );
    assert_eq!(
        attempt("198.51.102.2", "autre@exemple.org").await.status(),
        422,
        "other accounts unaffected"
    );
    app.stop().await;
}

use fantoccini::Locator;

use crate::harness::{Backend, PASSWORD};
use crate::{app, browser};

/// The path a newcomer takes: register, open the link written to the
/// outbox, sign in, switch the account to English, download the data, sign
/// out. Every page passes axe and fits a phone.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn register_confirm_sign_in_change_language_export_and_sign_out() {
    let app = app!(Backend::Sqlite, &[("mail_backend", "file")]);
    let browser = browser!();

    browser.goto(&app.url("/inscription")).await;
    browser.assert_accessible("registration").await;
    browser.fill("#email", "camille.durand@exemple.org").await;
    browser.fill("#password", "court").await;
    browser
        .click(Locator::Css("form.stack button[type=submit]"))
        .await;
    browser.wait_for(".field-error").await;
    assert!(
        browser
            .text("#password-error")
            .await
            .contains("au moins 10")
    );
    browser
        .assert_accessible("registration with an error")
        .await;

    browser.fill("#password", PASSWORD).await;
    browser
        .click(Locator::Css("form.stack button[type=submit]"))
        .await;
    browser
        .wait_for_url_containing("/inscription/envoyee")
        .await;
    let main = browser.text("main").await;
    assert!(
        !main.contains("outbox") && main.contains("Renvoyer le lien"),
        "no server folder for a visitor, a way to get the link again: {main}"
    );
    browser.assert_accessible("check your inbox").await;

    app.wait_for_jobs().await;
    let outbox = app.data_dir.path().join("outbox");
    let message = std::fs::read_dir(&outbox)
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .find(|text| text.contains("To: camille.durand@exemple.org"))
        .expect("the confirmation email in the outbox");
    let start = message.find("http://").expect("a link");
    let link: String = message[start..]
        .chars()
        .take_while(|c| !c.is_whitespace())
        .collect();
    assert!(link.contains("/inscription/confirmer?jeton="), "{link}");

    browser.goto(&link).await;
    browser.assert_accessible("confirmation").await;
    browser
        .click(Locator::Css("main button[type=submit]"))
        .await;
    browser
        .wait_for_url_containing("/connexion?confirme=1")
        .await;
    browser.assert_accessible("sign-in").await;

    browser.fill("#email", "camille.durand@exemple.org").await;
    browser.fill("#password", PASSWORD).await;
    browser
        .click(Locator::Css("form.stack button[type=submit]"))
        .await;
    browser.wait_for_url_containing("/compte").await;
    assert_eq!(browser.text("h1").await, "Mon compte");
    browser.assert_accessible("account page").await;
    assert!(
        !browser.overflows_horizontally().await,
        "fits a 360 px screen"
    );
    assert_eq!(
        browser.squeezed_facts(".facts").await,
        Vec::<String>::new(),
        "the address is whole at 360 px"
    );

    let select = browser
        .client
        .find(Locator::Css("#language"))
        .await
        .unwrap();
    select.select_by_value("en").await.unwrap();
    browser
        .click(Locator::Css("form[action='/compte/langue'] button"))
        .await;
    browser.wait_for_url_containing("fait=langue").await;
    assert_eq!(browser.text("h1").await, "My account");
    assert_eq!(
        browser.eval("return document.documentElement.lang;").await,
        "en"
    );
    browser.assert_accessible("account page in English").await;

    let export = browser
        .eval("return fetch('/compte/export').then(r => r.json());")
        .await;
    assert_eq!(export["account"]["email"], "camille.durand@exemple.org");
    assert_eq!(export["account"]["language"], "en");

    for page in [
        "/compte/supprimer",
        "/confidentialite",
        "/mot-de-passe-oublie",
    ] {
        browser.goto(&app.url(page)).await;
        browser.assert_accessible(page).await;
    }

    browser.goto(&app.url("/compte")).await;
    browser.click(Locator::Css(".nav-form button")).await;
    browser.wait_for_url_containing("/").await;
    browser.wait_for("a[href='/connexion']").await;
    browser.goto(&app.url("/compte")).await;
    browser.wait_for_url_containing("/connexion?retour=").await;

    browser.close().await;
    app.stop().await;
}

use fantoccini::Locator;

use crate::harness::Backend;
use crate::{app, browser};

/// On a phone, a treasurer who knows only Gmail finds what replaces it, the
/// providers near their town, and a tool's page; without a script in the
/// way, every page passes axe and fits 360 px.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn from_gmail_to_a_provider_nearby_on_a_phone() {
    let app = app!(Backend::Sqlite);
    app.import(&essaim_server::demo_data(72, 2026)).await;
    let browser = browser!();

    browser.goto(&app.url("/")).await;
    browser.click(Locator::Css("a[href='/catalogue']")).await;
    browser.wait_for_url_containing("/catalogue").await;
    browser.assert_accessible("the catalogue").await;
    assert!(
        !browser.overflows_horizontally().await,
        "fits a 360 px screen"
    );

    browser
        .eval("document.getElementById('outil').value = 'gmail'; return null;")
        .await;
    browser
        .click(Locator::Css("form[action='/catalogue/remplacer'] button"))
        .await;
    browser
        .wait_for_url_containing("/catalogue/remplacer/gmail")
        .await;
    assert_eq!(browser.text("h1").await, "Remplacer Gmail");
    browser.fill("#pres_de", "Vitré").await;
    browser.click(Locator::Css("form.panel-form button")).await;
    browser.wait_for(".nearby").await;
    assert!(browser.text(".nearby").await.contains("km"));
    browser.assert_accessible("alternatives near a place").await;
    assert!(!browser.overflows_horizontally().await);

    browser
        .click(Locator::Css("a[href='/catalogue/roundcube']"))
        .await;
    browser
        .wait_for_url_containing("/catalogue/roundcube")
        .await;
    assert_eq!(browser.text("h1").await, "Roundcube");
    browser.assert_accessible("a tool's page").await;
    assert!(!browser.overflows_horizontally().await);
    browser.close().await;
    app.stop().await;
}

/// A moderator corrects a tool from a phone: the list, the form, a refusal
/// that names the field, then the change on the public page; each page
/// passes axe.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_moderator_corrects_a_tool_on_a_phone() {
    let app = app!(Backend::Sqlite);
    let browser = browser!();
    essaim_app::accounts::create_admin::create_account(
        app.db(),
        "moderation@exemple.org",
        essaim_domain::accounts::Role::Moderateur,
        crate::harness::PASSWORD,
    )
    .await
    .unwrap();
    super::providers::sign_in(&browser, &app, "moderation@exemple.org", "/moderation").await;
    browser
        .click(Locator::Css("a[href='/moderation/catalogue']"))
        .await;
    browser
        .wait_for_url_containing("/moderation/catalogue")
        .await;
    browser.assert_accessible("the catalogue to edit").await;
    browser
        .click(Locator::Css(
            "a[href='/moderation/catalogue/logiciels/framadate']",
        ))
        .await;
    browser.wait_for("#description").await;
    browser.assert_accessible("a tool's form").await;
    assert!(!browser.overflows_horizontally().await);
    browser.fill("#website", "pas une adresse").await;
    browser
        .click(Locator::Css("form.stack button[type=submit]"))
        .await;
    browser.wait_for(".error-summary").await;
    assert!(browser.text(".error-summary").await.contains("adresse web"));
    browser.assert_accessible("a refused form").await;
    browser.fill("#website", "framadate.org").await;
    browser
        .fill("#description", "Trouver une date de réunion, sans compte.")
        .await;
    browser
        .click(Locator::Css("form.stack button[type=submit]"))
        .await;
    browser.wait_for_url_containing("fait=1").await;
    browser.goto(&app.url("/catalogue/framadate")).await;
    assert!(
        browser
            .text("main")
            .await
            .contains("Trouver une date de réunion, sans compte.")
    );
    browser.close().await;
    app.stop().await;
}

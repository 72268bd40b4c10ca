use fantoccini::Locator;

use super::providers::sign_in;
use crate::harness::{Backend, PASSWORD};
use crate::{app, browser};

/// The library on a phone: a provider preparing a migration of shared
/// files searches the demonstration's library without an account and
/// finds the guide it needs; a member proposes a resource, first with a
/// mistake; a moderator publishes it, and anyone finds it. Every page
/// passes axe and none scrolls sideways at 360 px.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_provider_finds_a_guide_and_a_member_proposes_one() {
    let app = app!(Backend::Sqlite, &[("mail_backend", "file")]);
    essaim_server::load_demo(app.app()).await.unwrap();
    let browser = browser!();

    browser.goto(&app.url("/ressources")).await;
    browser.assert_accessible("the library").await;
    assert!(!browser.overflows_horizontally().await, "the library");
    browser.fill("#q", "fichiers partages").await;
    browser
        .click(Locator::Css("form[role=search] .search-fields button"))
        .await;
    browser.wait_for_url_containing("q=fichiers").await;
    assert!(
        browser
            .text("main")
            .await
            .contains("Manuel utilisateur de Nextcloud")
    );
    browser
        .click(Locator::Css("input[name=format][value=guide]"))
        .await;
    browser.click(Locator::Css(".filters button")).await;
    browser.wait_for_url_containing("format=guide").await;
    browser.assert_accessible("the library filtered").await;
    browser
        .click(Locator::LinkText("Manuel utilisateur de Nextcloud"))
        .await;
    browser.wait_for_url_containing("/ressources/manuel").await;
    assert!(browser.text("main").await.contains("Vérifiée le"));
    browser.assert_accessible("a resource").await;
    assert!(!browser.overflows_horizontally().await, "a resource");

    for (email, role) in [
        ("lea@exemple.org", essaim_domain::accounts::Role::Membre),
        (
            "garance@exemple.org",
            essaim_domain::accounts::Role::Moderateur,
        ),
    ] {
        essaim_app::accounts::create_admin::create_account(app.db(), email, role, PASSWORD)
            .await
            .unwrap();
    }
    sign_in(&browser, &app, "lea@exemple.org", "/compte").await;
    browser.goto(&app.url("/ressources/proposer")).await;
    browser.assert_accessible("the proposal form").await;
    browser
        .fill("#title", "Guide d'autodéfense numérique")
        .await;
    browser.fill("#url", "guide.boum.org").await;
    browser.fill("#summary", "Trop court.").await;
    browser.click(Locator::Css("#audience-tous")).await;
    browser.click(Locator::Css("#theme-droit-rgpd")).await;
    browser
        .eval("document.getElementById('format').value = 'guide'; return null;")
        .await;
    browser.fill("#source", "Collectif guide.boum.org").await;
    browser
        .click(Locator::Css("main form button[type=submit]"))
        .await;
    browser.wait_for(".error-summary").await;
    browser.assert_accessible("the proposal refused").await;
    browser
        .fill(
            "#summary",
            "Comprendre les traces que laissent nos ordinateurs et nos échanges, et s'en protéger.",
        )
        .await;
    browser
        .click(Locator::Css("main form button[type=submit]"))
        .await;
    browser.wait_for_url_containing("fait=envoyee").await;
    browser.click(Locator::Css(".nav-form button")).await;
    browser.wait_for("a[href='/connexion']").await;

    sign_in(&browser, &app, "garance@exemple.org", "/").await;
    browser.goto(&app.url("/moderation/ressources")).await;
    assert!(browser.text("main").await.contains("Rien à surveiller"));
    browser.assert_accessible("the library to watch").await;
    browser
        .goto(&app.url("/moderation/ressources/guide-d-autodefense-numerique"))
        .await;
    browser.assert_accessible("a resource under review").await;
    assert!(!browser.overflows_horizontally().await, "the review");
    browser
        .click(Locator::Css("button[name=action][value=publier]"))
        .await;
    browser.wait_for_url_containing("fait=decision").await;
    browser.goto(&app.url("/ressources?q=autodefense")).await;
    assert!(
        browser
            .text("main")
            .await
            .contains("Guide d'autodéfense numérique")
    );
    browser.close().await;
}

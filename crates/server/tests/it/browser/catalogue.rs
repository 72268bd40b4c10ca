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

use fantoccini::Locator;

use crate::harness::Backend;
use crate::{app, browser};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn home_renders_in_french_switches_to_english_and_passes_axe() {
    let app = app!(Backend::Sqlite);
    let browser = browser!();
    browser.goto(&app.url("/")).await;

    assert_eq!(
        browser.eval("return document.documentElement.lang;").await,
        "fr"
    );
    let heading = browser.text("h1").await;
    assert_eq!(
        heading,
        "Quitter les outils des géants du numérique, ensemble"
    );
    assert_eq!(
        browser.accessibility_violations().await,
        Vec::<String>::new()
    );
    assert!(
        !browser.overflows_horizontally().await,
        "fits a 360 px screen"
    );

    browser.click(Locator::LinkText("English")).await;
    assert_eq!(
        browser.eval("return document.documentElement.lang;").await,
        "en"
    );
    let heading = browser.text("h1").await;
    assert_eq!(heading, "Leaving Big Tech tools, together");
    assert_eq!(
        browser.accessibility_violations().await,
        Vec::<String>::new()
    );

    // The choice is remembered on the next visit.
    browser.goto(&app.url("/")).await;
    assert_eq!(
        browser.eval("return document.documentElement.lang;").await,
        "en"
    );

    // Error pages are accessible too.
    browser.goto(&app.url("/nulle-part")).await;
    assert_eq!(
        browser.accessibility_violations().await,
        Vec::<String>::new()
    );

    browser.close().await;
    app.stop().await;
}

/// The audit itself must be able to fail: an image without text is caught.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_accessibility_audit_catches_a_known_violation() {
    let app = app!(Backend::Sqlite);
    let browser = browser!();
    browser.goto(&app.url("/")).await;
    browser
        .eval("const img = document.createElement('img'); img.src = '/x.png'; document.querySelector('main').append(img); return 1;")
        .await;
    let violations = browser.accessibility_violations().await;
    assert!(
        violations.iter().any(|v| v.starts_with("image-alt")),
        "{violations:?}"
    );
    browser.close().await;
    app.stop().await;
}

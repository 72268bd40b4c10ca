use fantoccini::Locator;

use crate::harness::Backend;
use crate::{app, browser};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn filter_paginate_map_and_profile_on_a_phone() {
    let app = app!(Backend::Sqlite);
    let demo = essaim_server::demo_data(72, 2026);
    let listed = crate::directory::fixtures::listed_count(&demo);
    app.import(&demo).await;
    let browser = browser!();

    browser.goto(&app.url("/annuaire")).await;
    assert_eq!(
        browser.text("#resultats").await,
        format!("{listed} prestataires"),
        "paused profiles are hidden"
    );
    assert_eq!(
        browser.accessibility_violations().await,
        Vec::<String>::new()
    );
    assert!(
        !browser.overflows_horizontally().await,
        "fits a 360 px screen"
    );

    // Paginate.
    browser.click(Locator::Css("a[rel=next]")).await;
    assert!(
        browser
            .client
            .current_url()
            .await
            .unwrap()
            .as_str()
            .contains("page=2")
    );
    assert_eq!(browser.text(".pagination a[aria-current=page]").await, "2");

    // Tick a filter: the script applies it at once and goes back to page 1.
    browser
        .click(Locator::Css("details.facet:nth-of-type(2) summary"))
        .await;
    browser
        .click(Locator::Css(
            "label:has(input[name='taille'][value='sans-salarie'])",
        ))
        .await;
    browser.wait_for_url_containing("taille=sans-salarie").await;
    let url = browser.client.current_url().await.unwrap();
    assert!(!url.as_str().contains("page=2"), "{url}");
    let count = browser.text("#resultats").await;
    let filtered: usize = count.split(' ').next().unwrap().parse().unwrap();
    assert!(filtered > 0 && filtered < 72, "{count}");

    // Search near a place.
    let near = browser.client.find(Locator::Id("pres_de")).await.unwrap();
    near.send_keys("Plounéour-Ménez").await.unwrap();
    browser.click(Locator::Css(".search-fields button")).await;
    browser.wait_for(".distance").await;

    // Switch to the map: Leaflet draws the markers of the results.
    browser.click(Locator::LinkText("Carte")).await;
    browser.wait_for("#carte .leaflet-marker-icon").await;
    let markers = browser
        .eval("return document.querySelectorAll('#carte .leaflet-marker-icon').length;")
        .await;
    assert!(markers.as_u64().unwrap() as usize >= 1);
    assert_eq!(
        browser.accessibility_violations().await,
        Vec::<String>::new()
    );

    // Back to the list and open a profile.
    browser.click(Locator::LinkText("Liste")).await;
    let first = browser
        .client
        .find(Locator::Css(".hit h3 a"))
        .await
        .unwrap();
    let name = first.text().await.unwrap();
    first.click().await.unwrap();
    assert_eq!(browser.text("h1").await, name);
    browser.wait_for("#carte .leaflet-marker-icon").await;
    assert_eq!(
        browser.accessibility_violations().await,
        Vec::<String>::new()
    );
    assert!(
        !browser.overflows_horizontally().await,
        "profile fits a 360 px screen"
    );

    browser.close().await;
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_directory_works_without_javascript() {
    let app = app!(Backend::Sqlite);
    app.import(&essaim_server::demo_data(30, 3)).await;
    let browser = browser!();
    browser
        .goto(&app.url("/annuaire?pres_de=Nulle-Part&q=zzzz"))
        .await;
    assert!(browser.text(".notice").await.contains("Nulle-Part"));
    assert_eq!(
        browser.accessibility_violations().await,
        Vec::<String>::new(),
        "notice and empty state"
    );
    browser.close().await;

    // Plain HTML: the form submits with its button, filters included.
    let html = app
        .get("/annuaire?taille=1-9&vue=carte")
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains("name=\"taille\" value=\"1-9\" checked"));
    assert!(html.contains("<noscript>"), "the map says the list remains");
    assert!(
        html.contains("class=\"hits\""),
        "the list is there without JavaScript"
    );
    app.stop().await;
}

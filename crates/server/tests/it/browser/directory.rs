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
        browser.text("#resultats-titre").await,
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

    // Tick a filter with the keyboard: the results change in place, back
    // at page 1, and the focus stays on the box (no change of context).
    browser.eval("window.samePage = true; return 0;").await;
    browser
        .click(Locator::Css("details.facet[data-param=taille] summary"))
        .await;
    browser
        .eval("document.querySelector(\"input[name='taille'][value='sans-salarie']\").focus(); return 0;")
        .await;
    browser
        .client
        .active_element()
        .await
        .unwrap()
        .send_keys(" ")
        .await
        .unwrap();
    browser.wait_for_url_containing("taille=sans-salarie").await;
    let url = browser.client.current_url().await.unwrap();
    assert!(!url.as_str().contains("page=2"), "{url}");
    browser
        .wait_until("the count changes", &format!(
            "return document.getElementById('resultats-titre').textContent !== '{listed} prestataires';"
        ))
        .await;
    let count = browser.text("#resultats-titre").await;
    let filtered: usize = count.split(' ').next().unwrap().parse().unwrap();
    assert!(filtered > 0 && filtered < 72, "{count}");
    assert_eq!(
        browser
            .eval("return [window.samePage === true, document.activeElement.value, document.querySelector('details.facet[data-param=taille]').open];")
            .await,
        serde_json::json!([true, "sans-salarie", true]),
        "same page, focus on the box, its group still open"
    );

    // Arrowing through the sort list changes the order in place too.
    browser
        .eval("document.getElementById('tri').focus(); return 0;")
        .await;
    browser
        .client
        .active_element()
        .await
        .unwrap()
        .send_keys("\u{E015}")
        .await
        .unwrap();
    browser.wait_for_url_containing("tri=").await;
    assert_eq!(
        browser
            .eval("return [window.samePage === true, document.activeElement.id];")
            .await,
        serde_json::json!([true, "tri"])
    );

    // Search near a place.
    let near = browser.client.find(Locator::Id("pres_de")).await.unwrap();
    near.send_keys("Plounéour-Ménez").await.unwrap();
    browser.click(Locator::Css(".search-fields button")).await;
    browser.wait_for(".distance").await;
    // The page opens at the results, not at the top.
    assert_eq!(
        browser
            .eval("return [location.hash, window.scrollY > 0];")
            .await,
        serde_json::json!(["#resultats", true])
    );

    // Switch to the map: Leaflet draws the markers of the results and the
    // searched commune.
    browser.click(Locator::LinkText("Carte")).await;
    browser.wait_for("#carte .leaflet-marker-icon").await;
    let markers = browser
        .eval("return document.querySelectorAll('#carte .leaflet-marker-icon').length;")
        .await;
    assert!(markers.as_u64().unwrap() as usize >= 1);
    browser
        .wait_until(
            "the searched commune is drawn",
            "return document.querySelectorAll('#carte .leaflet-overlay-pane path').length === 1;",
        )
        .await;
    // A radius, chosen with the keyboard, is drawn around it.
    browser
        .eval("document.getElementById('rayon').focus(); return 0;")
        .await;
    browser
        .client
        .active_element()
        .await
        .unwrap()
        .send_keys("\u{E010}")
        .await
        .unwrap();
    browser.wait_for_url_containing("rayon=200").await;
    browser
        .wait_until(
            "the radius is drawn",
            "return document.querySelectorAll('#carte .leaflet-overlay-pane path').length === 2;",
        )
        .await;
    // A provider's popup fits the phone's screen.
    browser.wait_for("#carte .leaflet-marker-icon").await;
    browser
        .eval("document.querySelector('#carte .leaflet-marker-icon').click(); return 0;")
        .await;
    browser.wait_for(".leaflet-popup-content a").await;
    // Leaflet pans the map to show it whole.
    browser
        .wait_until(
            "the popup fits",
            "var p = document.querySelector('.leaflet-popup'); var r = p.getBoundingClientRect(); return r.left >= 0 && r.right <= window.innerWidth && getComputedStyle(p).opacity === '1';",
        )
        .await;
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
    assert_eq!(
        browser.squeezed_facts(".facts").await,
        Vec::<String>::new(),
        "labels above values, no word cut at 360 px"
    );
    assert!(
        browser
            .text(".profile-main .facts")
            .await
            .contains("Tailles d'associations accompagnées")
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

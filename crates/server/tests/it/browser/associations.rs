use essaim_domain::accounts::Role;
use fantoccini::Locator;

use super::providers::{sign_in, submit_main_form};
use crate::harness::{Backend, PASSWORD};
use crate::{app, browser};

/// On a phone, a volunteer creates their association's space without
/// JavaScript in the way: a refused form names each problem, a commune
/// shared by several places is asked, then they invite a member and edit
/// the details. Every page passes axe and fits 360 px.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_volunteer_creates_the_space_of_their_association_on_a_phone() {
    let app = app!(Backend::Sqlite);
    let browser = browser!();
    essaim_app::accounts::create_admin::create_account(
        app.db(),
        "tresorier@exemple.org",
        Role::Membre,
        PASSWORD,
    )
    .await
    .unwrap();
    sign_in(&browser, &app, "tresorier@exemple.org", "/compte").await;
    browser
        .click(Locator::Css("a[href='/espace-association']"))
        .await;
    browser.wait_for_url_containing("/espace-association").await;
    browser.assert_accessible("association spaces").await;
    assert!(!browser.overflows_horizontally().await);

    browser.fill("#name", "Club de handball").await;
    submit_main_form(&browser).await;
    browser.wait_for(".error-summary").await;
    let summary = browser.text(".error-summary").await;
    assert!(
        summary.contains("choisissez la taille") && summary.contains("indiquez la commune"),
        "{summary}"
    );
    browser.assert_accessible("creation refused").await;

    browser.click(Locator::Css("#size-sans-salarie")).await;
    browser.fill("#commune_query", "Saint-Denis").await;
    submit_main_form(&browser).await;
    browser.wait_for("input[name=commune]").await;
    browser.assert_accessible("which Saint-Denis").await;
    browser.click(Locator::Css("#commune-93066")).await;
    submit_main_form(&browser).await;
    browser
        .wait_for_url_containing("/espace-association/club-de-handball")
        .await;
    assert_eq!(browser.text("h1").await, "Club de handball");
    assert!(browser.text("main").await.contains("Saint-Denis (93)"));
    browser.assert_accessible("the space").await;
    assert!(
        !browser.overflows_horizontally().await,
        "fits a 360 px screen"
    );

    browser
        .fill(
            "#invite_email",
            "benevole.du.mercredi.soir@club-de-handball-saint-denis.example.org",
        )
        .await;
    browser
        .click(Locator::Css("form.stack button[type=submit]"))
        .await;
    browser.wait_for_url_containing("fait=invitation").await;
    assert!(
        browser
            .text("main")
            .await
            .contains("benevole.du.mercredi.soir@")
    );
    browser
        .assert_accessible("the space with an invitation pending")
        .await;
    assert!(
        !browser.overflows_horizontally().await,
        "a long address wraps"
    );

    browser
        .click(Locator::Css("a[href$='/presentation']"))
        .await;
    browser.wait_for_url_containing("/presentation").await;
    browser.fill("#website", "pas une adresse").await;
    submit_main_form(&browser).await;
    browser.wait_for(".error-summary").await;
    browser.assert_accessible("details refused").await;
    browser
        .fill("#website", "hand-saint-denis.example.org")
        .await;
    submit_main_form(&browser).await;
    browser.wait_for_url_containing("fait=presentation").await;
    assert!(
        browser
            .text("main")
            .await
            .contains("https://hand-saint-denis.example.org")
    );
    browser.close().await;
    app.stop().await;
}

/// On a phone, the treasurer of the demonstration's local currency opens
/// the plan, keeps a tool without saying why (refused, named), says why,
/// then opens an item with its history; every page passes axe and fits.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_member_follows_the_roadmap_on_a_phone() {
    let app = app!(Backend::Sqlite);
    essaim_server::load_demo(app.app()).await.unwrap();
    let browser = browser!();
    browser.goto(&app.url("/connexion")).await;
    browser.fill("#email", "membre@essaim.example").await;
    browser
        .fill("#password", essaim_server::DEMO_PASSWORD)
        .await;
    submit_main_form(&browser).await;
    browser.wait_for_url_containing("/compte").await;
    browser
        .goto(&app.url("/espace-association/monnaie-locale-du-pays-de-rance/feuille-de-route"))
        .await;
    browser.assert_accessible("the roadmap").await;
    assert!(
        !browser.overflows_horizontally().await,
        "fits a 360 px screen"
    );

    browser
        .eval("document.getElementById('need').value = 'reseaux-sociaux'; document.getElementById('current_tool').value = 'facebook'; document.getElementById('status').value = 'conserve'; return null;")
        .await;
    browser
        .click(Locator::Css("form.stack button[type=submit]"))
        .await;
    browser.wait_for(".error-summary").await;
    assert!(
        browser
            .text(".error-summary")
            .await
            .contains("dites pourquoi")
    );
    browser.assert_accessible("an item refused").await;
    browser
        .fill("#reason", "Facebook, pour toucher notre public")
        .await;
    browser
        .click(Locator::Css("form.stack button[type=submit]"))
        .await;
    browser.wait_for_url_containing("fait=ajoute").await;
    assert!(browser.text("main").await.contains("Conservé : 2"));

    browser.click(Locator::Css(".roadmap-item h3 a")).await;
    browser.wait_for("#historique").await;
    browser.assert_accessible("an item and its history").await;
    assert!(!browser.overflows_horizontally().await);
    browser
        .goto(&app.url("/espace-association/monnaie-locale-du-pays-de-rance/feuille-de-route/aide"))
        .await;
    browser.assert_accessible("who can help").await;
    assert!(!browser.overflows_horizontally().await);
    browser
        .click(Locator::Css("a.button[href*='?plan=']"))
        .await;
    browser.wait_for("#contact_message").await;
    let message = browser
        .eval("return document.getElementById('contact_message').value;")
        .await;
    assert!(
        message
            .as_str()
            .unwrap_or_default()
            .contains("Nous sommes Monnaie locale du Pays de Rance"),
        "{message}"
    );
    browser
        .goto(
            &app.url(
                "/espace-association/monnaie-locale-du-pays-de-rance/feuille-de-route/imprimer",
            ),
        )
        .await;
    browser.assert_accessible("the printable plan").await;
    browser
        .goto(&app.url("/associations/monnaie-locale-du-pays-de-rance/choix"))
        .await;
    assert_eq!(browser.text("h1").await, "Nos choix numériques");
    browser.assert_accessible("the public choices").await;
    assert!(!browser.overflows_horizontally().await);
    browser.close().await;
    app.stop().await;
}

/// On a phone, without an account: the diagnostic's questions open one
/// need at a time, and the result says where to start; both pages pass axe
/// and fit 360 px.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_volunteer_takes_the_diagnostic_on_a_phone() {
    let app = app!(Backend::Sqlite);
    let browser = browser!();
    browser.goto(&app.url("/")).await;
    browser.click(Locator::Css("a[href='/diagnostic']")).await;
    browser.wait_for_url_containing("/diagnostic").await;
    browser.assert_accessible("the diagnostic").await;
    assert!(
        !browser.overflows_horizontally().await,
        "fits a 360 px screen"
    );
    browser
        .click(Locator::Css("details.question summary"))
        .await;
    browser
        .eval("document.getElementById('tool-messagerie').value = 'gmail'; document.getElementById('people-messagerie').value = 'plus-de-20'; return null;")
        .await;
    browser.assert_accessible("a need opened").await;
    browser
        .click(Locator::Css("form.stack button[type=submit]"))
        .await;
    browser
        .wait_for_url_containing("/diagnostic/resultat")
        .await;
    assert!(browser.text("main").await.contains("Roundcube"));
    browser.assert_accessible("where to start").await;
    assert!(!browser.overflows_horizontally().await);
    browser.close().await;
    app.stop().await;
}

use fantoccini::Locator;

use super::providers::sign_in;
use crate::harness::{Backend, PASSWORD};
use crate::{app, browser};

/// The forum on a phone: a visitor reads the demonstration's forum and
/// searches it without an account; a new member signs in, takes a name
/// with their first question, quotes a reply in another topic, and the
/// asker of that topic marks it solved. Every page passes axe and none
/// scrolls sideways at 360 px.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_volunteer_asks_and_answers_on_a_phone() {
    let app = app!(Backend::Sqlite, &[("mail_backend", "file")]);
    essaim_server::load_demo(app.app()).await.unwrap();
    app.refresh().await;
    let browser = browser!();

    browser.goto(&app.url("/communaute")).await;
    assert!(
        browser
            .text("main")
            .await
            .contains("Bienvenue sur le forum")
    );
    browser.assert_accessible("the forum's home").await;
    assert!(!browser.overflows_horizontally().await, "the forum's home");
    browser.click(Locator::LinkText("Entraide technique")).await;
    browser.wait_for_url_containing("/communaute/c/").await;
    browser.assert_accessible("a category").await;
    browser
        .click(Locator::Css(".topic-title a[href*='nextcloud']"))
        .await;
    browser.wait_for(".solution").await;
    browser.assert_accessible("a solved topic").await;
    assert!(!browser.overflows_horizontally().await, "a topic");
    browser.fill("#forum-q", "benevole").await;
    browser.click(Locator::Css(".forum-search button")).await;
    browser.wait_for("mark").await;
    browser.assert_accessible("search results").await;
    browser
        .goto(&app.url("/communaute/membres/nadia-lices"))
        .await;
    assert!(
        browser
            .text("main")
            .await
            .contains("Maison de quartier des Lices")
    );
    browser.assert_accessible("a member's page").await;

    // A newcomer asks a question and takes a name on the way.
    essaim_app::accounts::create_admin::create_account(
        app.db(),
        "lea@exemple.org",
        essaim_domain::accounts::Role::Membre,
        PASSWORD,
    )
    .await
    .unwrap();
    sign_in(&browser, &app, "lea@exemple.org", "/compte").await;
    browser.goto(&app.url("/communaute/nouveau")).await;
    browser.assert_accessible("the new topic form").await;
    browser.fill("#display_name", "Léa Moreau").await;
    browser.fill("#handle", "Léa").await;
    browser
        .eval("document.getElementById('category').value = 'choisir-ses-outils'; return null;")
        .await;
    browser
        .fill("#title", "Un agenda partagé pour le bureau ?")
        .await;
    browser
        .fill(
            "#body",
            "Nous utilisons Google Agenda. Que prendre à la place ?",
        )
        .await;
    browser
        .click(Locator::Css("form.stack button[type=submit]:not([name])"))
        .await;
    browser.wait_for(".error-summary").await;
    assert!(browser.text(".error-summary").await.contains("identifiant"));
    browser.assert_accessible("a refused question").await;
    assert_eq!(
        browser
            .eval("return document.getElementById('body').value")
            .await,
        "Nous utilisons Google Agenda. Que prendre à la place ?",
        "the words are kept"
    );
    browser.fill("#handle", "lea-m").await;
    browser
        .click(Locator::Css("form.stack button[type=submit]:not([name])"))
        .await;
    browser.wait_for_url_containing("/communaute/t/").await;
    assert!(browser.text("h1").await.contains("Un agenda partagé"));
    browser.assert_accessible("a new topic").await;

    // The category she may follow fits the phone's width.
    browser
        .goto(&app.url("/communaute/c/choisir-ses-outils"))
        .await;
    browser.wait_for("#suivre").await;
    browser.assert_accessible("a category, signed in").await;
    assert!(
        !browser.overflows_horizontally().await,
        "a category with its watching levels"
    );

    // Then quotes an answer in the Doodle topic.
    browser
        .goto(&app.url("/communaute/recherche?q=doodle"))
        .await;
    browser.click(Locator::Css(".hits a")).await;
    browser.wait_for("#repondre").await;
    browser
        .click(Locator::Css("#m2 .post-actions a[href*='citer']"))
        .await;
    browser.wait_for_url_containing("citer=2").await;
    browser
        .eval("const b = document.getElementById('body'); b.value += 'Framadate nous va aussi.'; return null;")
        .await;
    browser
        .click(Locator::Css("#repondre button[type=submit]:not([name])"))
        .await;
    browser.wait_for_url_containing("#m").await;
    let last = browser.text(".post:last-of-type").await;
    assert!(
        last.contains("Léa Moreau") && last.contains("Framadate nous va aussi."),
        "{last}"
    );
    assert!(
        !browser.overflows_horizontally().await,
        "a topic with a quote"
    );

    // What the forum sends her, from the header.
    browser
        .click(Locator::Css("a[href='/communaute/notifications']"))
        .await;
    browser
        .wait_for_url_containing("/communaute/notifications")
        .await;
    browser.assert_accessible("the notifications").await;
    browser
        .click(Locator::Css("a[href='/communaute/preferences']"))
        .await;
    browser.wait_for("#digest").await;
    browser.assert_accessible("the email choices").await;
    assert!(!browser.overflows_horizontally().await, "the email choices");
    browser.close().await;
}

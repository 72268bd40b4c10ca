use std::time::Duration;

use fantoccini::Locator;

use super::providers::{outbox_messages, submit_main_form};
use crate::harness::{Backend, PASSWORD};
use crate::{app, browser};

/// The whole path on a phone: the volunteer of an association without
/// employees runs the diagnostic without an account, gets where to start,
/// creates an account and the association, makes the plan, moves items
/// through statuses, finds a provider for one item and sends the message,
/// publishes two choices and exports the plan as Markdown. Every new page
/// passes axe.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn from_the_diagnostic_to_a_shared_plan_on_a_phone() {
    let app = app!(Backend::Sqlite, &[("mail_backend", "file")]);
    // Providers to find, and moderators who read what unmanaged ones get.
    essaim_server::load_demo(app.app()).await.unwrap();
    app.refresh().await;
    let browser = browser!();

    // The diagnostic, without an account.
    browser.goto(&app.url("/diagnostic")).await;
    browser.assert_accessible("the diagnostic").await;
    browser
        .eval(
            "for (const [need, tool, people, importance] of [
                ['messagerie', 'gmail', 'plus-de-20', 'vitale'],
                ['messagerie-instantanee', 'whatsapp', '6-20', 'importante'],
                ['adherents-compta', 'excel', '2-5', 'vitale'],
                ['reseaux-sociaux', 'facebook', '2-5', 'importante']]) {
                document.getElementById('tool-' + need).value = tool;
                document.getElementById('people-' + need).value = people;
                document.getElementById('importance-' + need).value = importance;
            }
            return null;",
        )
        .await;
    submit_main_form(&browser).await;
    browser
        .wait_for_url_containing("/diagnostic/resultat")
        .await;
    assert!(browser.text("main").await.contains("Paheko"));
    browser.assert_accessible("where to start").await;

    // An account, confirmed from the outbox, then signed in.
    browser.goto(&app.url("/inscription")).await;
    browser.fill("#email", "tresorier@exemple.org").await;
    browser.fill("#password", PASSWORD).await;
    submit_main_form(&browser).await;
    browser
        .wait_for_url_containing("/inscription/envoyee")
        .await;
    app.wait_for_jobs().await;
    let message = outbox_messages(&app)
        .into_iter()
        .find(|text| text.contains("To: tresorier@exemple.org"))
        .expect("the confirmation email");
    let start = message.find("http://").unwrap();
    let link: String = message[start..]
        .chars()
        .take_while(|c| !c.is_whitespace())
        .collect();
    browser.goto(&link).await;
    browser
        .click(Locator::Css("main button[type=submit]"))
        .await;
    browser.wait_for_url_containing("/connexion").await;
    browser.fill("#email", "tresorier@exemple.org").await;
    browser.fill("#password", PASSWORD).await;
    submit_main_form(&browser).await;
    browser.wait_for_url_containing("/compte").await;

    // The association, then the plan from the diagnostic.
    browser.goto(&app.url("/espace-association")).await;
    browser.fill("#name", "Les Dribbleurs de Vitré").await;
    browser.click(Locator::Css("#size-sans-salarie")).await;
    browser.fill("#commune_query", "Vitré (35500)").await;
    submit_main_form(&browser).await;
    browser.wait_for_url_containing("fait=creee").await;
    browser.goto(&app.url("/diagnostic/resultat")).await;
    browser
        .click(Locator::Css(
            "form[action='/diagnostic/feuille-de-route'] button",
        ))
        .await;
    browser.wait_for_url_containing("fait=diagnostic").await;
    browser
        .assert_accessible("the plan made from the diagnostic")
        .await;
    assert!(
        !browser.overflows_horizontally().await,
        "fits a 360 px screen"
    );

    // The first item through two statuses.
    for status in ["en-test", "en-cours"] {
        browser.click(Locator::Css(".roadmap-item h3 a")).await;
        browser.wait_for("#historique").await;
        browser
            .eval(&format!(
                "document.getElementById('status').value = '{status}'; return null;"
            ))
            .await;
        browser
            .click(Locator::Css("form.stack button[type=submit]"))
            .await;
        browser.wait_for_url_containing("fait=modifie").await;
    }
    assert!(browser.text(".roadmap-item").await.contains("En cours"));

    // Who can help with that item, and a message to one of them.
    browser
        .click(Locator::Css(".roadmap-item a[href*='aide?element=']"))
        .await;
    browser.wait_for_url_containing("/aide").await;
    browser.assert_accessible("who can help with an item").await;
    browser
        .click(Locator::Css("a.button[href*='?plan=']"))
        .await;
    browser.wait_for("#contact_message").await;
    browser.fill("#contact_name", "Camille, trésorier").await;
    browser
        .click(Locator::Css("form[action$='/contact'] button[type=submit]"))
        .await;
    browser.wait_for_url_containing("contact=envoye").await;

    // Two choices on the public page.
    browser
        .goto(&app.url("/espace-association/les-dribbleurs-de-vitre/feuille-de-route"))
        .await;
    let items: Vec<String> = browser
        .eval("return [...document.querySelectorAll('.roadmap-item h3 a')].map(a => a.getAttribute('href'));")
        .await
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect();
    for item in &items[..2] {
        browser.goto(&app.url(item)).await;
        browser.click(Locator::Css("#public")).await;
        browser
            .click(Locator::Css("form[action$='/publier'] button"))
            .await;
        browser.wait_for_url_containing("fait=publie").await;
    }
    browser
        .goto(&app.url("/associations/les-dribbleurs-de-vitre/choix"))
        .await;
    assert_eq!(
        browser
            .eval("return document.querySelectorAll('.roadmap-item').length;")
            .await,
        2
    );
    browser.assert_accessible("our digital choices").await;

    // The plan as Markdown, for the general assembly.
    let markdown = browser
        .eval("return fetch('/espace-association/les-dribbleurs-de-vitre/feuille-de-route.md').then(r => r.text());")
        .await;
    let markdown = markdown.as_str().unwrap();
    assert!(markdown.starts_with("# Feuille de route — Les Dribbleurs de Vitré"));
    assert!(markdown.contains("En cours"));

    // The message reached someone.
    tokio::time::timeout(Duration::from_secs(10), app.wait_for_jobs())
        .await
        .unwrap();
    let relayed = outbox_messages(&app)
        .iter()
        .any(|text| text.contains("Nous sommes Les Dribbleurs de Vit"));
    assert!(relayed, "the prefilled message was relayed");
    browser.close().await;
    app.stop().await;
}

use fantoccini::Locator;

use super::providers::{outbox_messages, sign_in};
use crate::harness::{Backend, TestApp};
use crate::pooling::{garden, school, theatre};
use crate::{app, browser};

async fn sign_out(browser: &super::Browser) {
    browser.click(Locator::Css(".nav-form button")).await;
    browser.wait_for("a[href='/connexion']").await;
}

fn in_days(app: &TestApp, days: i64) -> String {
    app.app().today().add_days(days).to_string()
}

/// Mutualisation on a phone, as the issue tells it: an association
/// proposes a need, two more say "nous aussi", a vetted provider quotes,
/// they vote, the author opens the campaign, the associations pledge from
/// their phones, the goal is reached and the emails with the ledger
/// arrive. A provider's maintenance pool is found by place. Every page
/// passes axe and none scrolls sideways at 360 px.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn three_associations_pool_a_need_on_their_phones() {
    // Eight people sign in from one address within minutes.
    let app = app!(
        Backend::Sqlite,
        &[
            ("mail_backend", "file"),
            ("rate_limit_login", "100/min,1000/h")
        ]
    );
    let browser = browser!();
    let (_garden, _) = garden(&app).await;
    let (ecole_member, ecole) = school(&app).await;
    let (theatre_member, theatre) = theatre(&app).await;
    let (provider, provider_slug) =
        crate::providers::provider_with_complete_draft(&app, "devis@coop.example").await;
    crate::providers::publish(&app, &provider, &provider_slug).await;

    // The garden proposes the need on its phone.
    sign_in(&browser, &app, "tresorier@jardin.example", "/").await;
    browser.goto(&app.url("/mutualisation")).await;
    browser.assert_accessible("the needs").await;
    assert!(!browser.overflows_horizontally().await, "the needs");
    browser.goto(&app.url("/mutualisation/proposer")).await;
    browser.assert_accessible("the proposal form").await;
    browser
        .fill("#titre", "Adhésions en ligne dans Paheko")
        .await;
    browser.fill("#description", "Trop court.").await;
    browser
        .click(Locator::Css("main form button[type=submit]"))
        .await;
    browser.wait_for(".error-summary").await;
    browser.assert_accessible("the proposal refused").await;
    browser
        .fill(
            "#description",
            "Nos adhérents renouvellent sur papier : nous voulons un formulaire en ligne relié à la comptabilité.",
        )
        .await;
    browser
        .eval("document.getElementById('logiciel').value = 'paheko'; return null;")
        .await;
    browser.click(Locator::Css("#type-fonctionnalite")).await;
    browser.fill("#display_name", "Jardin").await;
    browser.fill("#handle", "jardin").await;
    browser
        .click(Locator::Css("main form button[type=submit]"))
        .await;
    browser.wait_for_url_containing("fait=propose").await;
    let need = browser
        .eval("return location.pathname;")
        .await
        .as_str()
        .unwrap()
        .to_string();
    browser.assert_accessible("a need").await;
    assert!(!browser.overflows_horizontally().await, "a need");

    // Two more associations say "nous aussi"; the provider quotes.
    for (member, slug) in [(&ecole_member, &ecole), (&theatre_member, &theatre)] {
        member
            .submit(&format!("{need}/nous-aussi"), &[("association", slug)])
            .await;
    }
    sign_out(&browser).await;
    sign_in(&browser, &app, "devis@coop.example", "/").await;
    browser.goto(&app.url(&need)).await;
    browser.click(Locator::Css("#devis details summary")).await;
    browser.fill("#montant_devis", "2 400").await;
    browser
        .fill(
            "#livrables",
            "Un module de renouvellement des adhésions en ligne, relié aux écritures comptables.",
        )
        .await;
    browser
        .fill("#jalons", "Maquette\nDéveloppement\nMise en production")
        .await;
    browser
        .eval(&format!(
            "document.getElementById('validite').value = '{}'; return null;",
            in_days(&app, 90)
        ))
        .await;
    browser
        .click(Locator::Css("#devis details form button[type=submit]"))
        .await;
    browser.wait_for_url_containing("fait=devis").await;
    browser.assert_accessible("a need with its quote").await;
    sign_out(&browser).await;

    // They vote; the garden confirms and opens the campaign.
    let quote_id: i64 = sqlx::Row::get(
        &sqlx::query("SELECT id FROM pooling_quotes")
            .fetch_one(app.db().pool())
            .await
            .unwrap(),
        0,
    );
    for (member, slug) in [(&ecole_member, &ecole), (&theatre_member, &theatre)] {
        member
            .submit(
                &format!("{need}/devis/{quote_id}/vote"),
                &[("association", slug)],
            )
            .await;
    }
    sign_in(&browser, &app, "tresorier@jardin.example", "/").await;
    browser.goto(&app.url(&need)).await;
    browser
        .click(Locator::Css(&format!(
            "form[action$='/devis/{quote_id}/vote'] button"
        )))
        .await;
    browser.wait_for_url_containing("fait=vote").await;
    browser
        .eval(&format!(
            "document.getElementById('echeance-{quote_id}').value = '{}'; return null;",
            in_days(&app, 21)
        ))
        .await;
    browser
        .click(Locator::Css(&format!(
            "form[action$='/devis/{quote_id}/choisir'] button"
        )))
        .await;
    browser.wait_for_url_containing("fait=campagne").await;
    browser.assert_accessible("a campaign").await;
    assert!(!browser.overflows_horizontally().await, "a campaign");

    // Each pledges from its phone; the third reaches the goal.
    for (email, amount, public) in [
        ("tresorier@jardin.example", "1 000", true),
        ("bureau@ecole.example", "900", false),
        ("bureau@theatre.example", "500", true),
    ] {
        if email != "tresorier@jardin.example" {
            sign_out(&browser).await;
            sign_in(&browser, &app, email, "/").await;
            browser.goto(&app.url(&need)).await;
        }
        browser.fill("#montant", amount).await;
        if !public {
            browser.click(Locator::Css("#public")).await;
        }
        browser
            .click(Locator::Css(
                "form[action$='/engagement'] button[type=submit]",
            ))
            .await;
        browser.wait_for_url_containing("fait=").await;
    }
    assert!(
        browser
            .text("main")
            .await
            .contains("L'objectif est atteint")
    );
    browser.assert_accessible("the goal reached").await;
    assert!(!browser.overflows_horizontally().await, "the ledger");
    browser.goto(&app.url(&format!("{need}/historique"))).await;
    browser
        .assert_accessible("the specification's history")
        .await;

    // The emails with the ledger arrive, one per person.
    app.wait_for_jobs().await;
    let reached: Vec<String> = outbox_messages(&app)
        .into_iter()
        .filter(|m| m.contains("Objectif atteint"))
        .collect();
    assert_eq!(reached.len(), 4, "three pledgers and the provider");
    assert!(reached.iter().all(|m| m.contains("Théâtre du Pont")));

    // The provider's maintenance pool, found by place.
    provider
        .submit(
            "/mutualisation/maintenance/proposer",
            &[
                ("prestataire", &provider_slug),
                ("titre", "Maintenance partagée en Ille-et-Vilaine"),
                ("description", "Un technicien passe chaque mois : postes, réseau, sauvegardes et petites formations."),
                ("jours_par_mois", "4"),
                ("tarif", "300"),
                ("services", "Sauvegardes chiffrées : 40"),
                ("departements", "35"),
            ],
        )
        .await;
    browser.goto(&app.url("/mutualisation/maintenance")).await;
    browser.fill("#lieu", "Vitré").await;
    browser
        .click(Locator::Css("form[role=search] button"))
        .await;
    browser.wait_for_url_containing("lieu=").await;
    browser.assert_accessible("the pools").await;
    browser
        .click(Locator::LinkText("Maintenance partagée en Ille-et-Vilaine"))
        .await;
    browser.wait_for("#jours").await;
    browser.assert_accessible("a pool").await;
    assert!(!browser.overflows_horizontally().await, "a pool");
    browser.close().await;
}

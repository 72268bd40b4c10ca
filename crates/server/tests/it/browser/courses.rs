use fantoccini::Locator;

use super::Browser;
use super::providers::sign_in;
use crate::courses::demo_files;
use crate::harness::{Backend, PASSWORD};
use crate::{app, browser};

const COURSE: &str = "/parcours/transition-numerique";

/// Ticks a quiz's answers, right ones or the first wrong one of each
/// question, and sends it.
async fn answer(browser: &Browser, quiz: &essaim_domain::courses::Unit, right: bool) {
    for (field, value) in crate::courses::answers(quiz, right) {
        browser
            .click(Locator::Css(&format!(
                "input[name={field}][value='{value}']"
            )))
            .await;
    }
    browser
        .click(Locator::Css("form.quiz button[type=submit]"))
        .await;
    browser.wait_for(".quiz-verdict").await;
}

/// The course on a phone, over several evenings: a visitor reads a lesson
/// without an account, signs in, marks lessons done, comes back and
/// resumes where they stopped, answers a quiz wrongly then rightly with
/// every answer explained, reaches 100 % and prints the attestation that
/// anyone can check. Every page passes axe and none scrolls sideways.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_member_follows_the_course_over_three_evenings() {
    let app = app!(Backend::Sqlite);
    essaim_server::load_demo(app.app()).await.unwrap();
    let course = essaim_domain::courses::source::read_course(&demo_files()).unwrap();
    let units = crate::courses::units(&course);
    let browser = browser!();

    // First evening, without an account.
    browser.goto(&app.url("/parcours")).await;
    browser.assert_accessible("the courses").await;
    browser
        .click(Locator::LinkText(
            "Mener la transition numérique de son association",
        ))
        .await;
    browser.wait_for_url_containing(COURSE).await;
    browser.assert_accessible("a course").await;
    assert!(!browser.overflows_horizontally().await, "a course");
    browser
        .click(Locator::LinkText("Commencer le parcours"))
        .await;
    browser.wait_for_url_containing("pourquoi-changer").await;
    assert!(
        browser
            .text("main")
            .await
            .contains("Ce que l'on paie sans le voir")
    );
    browser.assert_accessible("a lesson").await;
    assert!(!browser.overflows_horizontally().await, "a lesson");

    essaim_app::accounts::create_admin::create_account(
        app.db(),
        "sacha@exemple.org",
        essaim_domain::accounts::Role::Prestataire,
        PASSWORD,
    )
    .await
    .unwrap();
    sign_in(&browser, &app, "sacha@exemple.org", "/").await;
    browser
        .goto(&app.url(&format!("{COURSE}/pourquoi-changer")))
        .await;
    browser
        .click(Locator::Css("main form button[type=submit]"))
        .await;
    browser.wait_for_url_containing("/inventaire").await;

    // Second evening: "reprendre" opens the lesson left unfinished.
    browser.goto(&app.url("/")).await;
    browser.goto(&app.url(COURSE)).await;
    browser
        .click(Locator::LinkText("Reprendre où je m'étais arrêté"))
        .await;
    browser.wait_for_url_containing("/inventaire").await;
    assert!(browser.text("main").await.contains("Faire l'inventaire"));
    for unit in units.iter().filter(|u| u.questions.is_none()) {
        browser
            .goto(&app.url(&format!("{COURSE}/{}", unit.slug)))
            .await;
        if browser
            .text("main")
            .await
            .contains("J'ai terminé cette leçon")
        {
            browser
                .click(Locator::Css("main form button[type=submit]"))
                .await;
            browser.wait_for_url_containing(COURSE).await;
        }
    }

    // Third evening: the quizzes, the first one wrongly first.
    let quizzes: Vec<_> = units.iter().filter(|u| u.questions.is_some()).collect();
    browser
        .goto(&app.url(&format!("{COURSE}/{}", quizzes[0].slug)))
        .await;
    browser.assert_accessible("a quiz").await;
    answer(&browser, quizzes[0], false).await;
    let graded = browser.text("main").await;
    assert!(graded.contains("Aucune bonne réponse sur 3"), "{graded}");
    assert!(graded.contains("Un outil installé avant de connaître les besoins"));
    assert!(graded.contains("Oui : on ne remplace bien que ce que l'on connaît."));
    browser.assert_accessible("a quiz answered wrongly").await;
    assert!(!browser.overflows_horizontally().await, "a quiz graded");
    for quiz in &quizzes {
        browser
            .goto(&app.url(&format!("{COURSE}/{}", quiz.slug)))
            .await;
        answer(&browser, quiz, true).await;
        assert!(
            browser
                .text("main")
                .await
                .contains("3 bonnes réponses sur 3")
        );
    }
    browser.goto(&app.url(COURSE)).await;
    assert!(browser.text("main").await.contains("100 %"));
    browser
        .click(Locator::LinkText("Obtenir mon attestation"))
        .await;
    browser.wait_for_url_containing("/attestation").await;
    browser.assert_accessible("the attestation's form").await;
    browser.fill("#nom", "Sacha Le Goff").await;
    browser
        .click(Locator::Css("main form button[type=submit]"))
        .await;
    browser.wait_for(".certificate").await;
    browser.assert_accessible("an attestation").await;
    assert!(!browser.overflows_horizontally().await, "an attestation");
    let certificate = browser.text(".certificate").await;
    assert!(certificate.contains("Sacha Le Goff"));
    browser
        .click(Locator::LinkText("Voir la page de vérification"))
        .await;
    browser
        .wait_for_url_containing("/parcours/attestation/")
        .await;
    assert!(
        browser
            .text("main")
            .await
            .contains("Cette attestation est authentique.")
    );
    browser.assert_accessible("an attestation checked").await;
    browser.goto(&app.url("/parcours/attestation")).await;
    browser.assert_accessible("the check form").await;

    // The moderators' page of courses.
    browser.click(Locator::Css(".nav-form button")).await;
    browser.wait_for("a[href='/connexion']").await;
    essaim_app::accounts::create_admin::create_account(
        app.db(),
        "garance@exemple.org",
        essaim_domain::accounts::Role::Moderateur,
        PASSWORD,
    )
    .await
    .unwrap();
    sign_in(&browser, &app, "garance@exemple.org", "/").await;
    browser.goto(&app.url("/moderation/parcours")).await;
    assert!(browser.text("main").await.contains("Publié le"));
    browser.assert_accessible("the courses to publish").await;
    browser.close().await;
}

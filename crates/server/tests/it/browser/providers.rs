use fantoccini::Locator;

use crate::browser::Browser;
use crate::harness::{Backend, PASSWORD, TestApp};
use crate::{app, browser};

pub(super) async fn submit_main_form(browser: &Browser) {
    browser
        .click(Locator::Css("form.stack button[type=submit]"))
        .await;
}

/// Signs in and waits for the workspace the role lands on.
pub(super) async fn sign_in(browser: &Browser, app: &TestApp, email: &str, workspace: &str) {
    browser.goto(&app.url("/connexion")).await;
    browser.fill("#email", email).await;
    browser.fill("#password", PASSWORD).await;
    submit_main_form(browser).await;
    browser.wait_for_url_containing(workspace).await;
}

async fn sign_out(browser: &Browser) {
    browser.click(Locator::Css(".nav-form button")).await;
    browser.wait_for("a[href='/connexion']").await;
}

pub(super) fn outbox_messages(app: &TestApp) -> Vec<String> {
    std::fs::read_dir(app.data_dir.path().join("outbox"))
        .map(|entries| {
            entries
                .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
                .collect()
        })
        .unwrap_or_default()
}

/// The whole path of a profile: a provider registers and fills it on a
/// phone, a moderator asks for a change, the provider fixes it, the
/// moderator approves, and a visitor writes to the provider.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_profile_from_registration_to_first_contact() {
    let app = app!(Backend::Sqlite, &[("mail_backend", "file")]);
    essaim_app::accounts::create_admin::create_account(
        app.db(),
        "moderation@exemple.org",
        essaim_domain::accounts::Role::Moderateur,
        PASSWORD,
    )
    .await
    .unwrap();
    let browser = browser!();

    // The provider registers and confirms the address from the outbox.
    browser.goto(&app.url("/inscription")).await;
    browser
        .fill("#email", "contact@coop-libre.example.org")
        .await;
    browser.fill("#password", PASSWORD).await;
    submit_main_form(&browser).await;
    browser
        .wait_for_url_containing("/inscription/envoyee")
        .await;
    app.wait_for_jobs().await;
    let message = outbox_messages(&app)
        .into_iter()
        .find(|m| m.contains("To: contact@coop-libre.example.org"))
        .expect("confirmation email");
    let start = message.find("http://").unwrap();
    let link: String = message[start..]
        .chars()
        .take_while(|c| !c.is_whitespace())
        .collect();
    browser.goto(&link).await;
    browser
        .click(Locator::Css("main button[type=submit]"))
        .await;
    browser.wait_for_url_containing("confirme=1").await;
    // A member without a profile yet lands on the account page.
    sign_in(&browser, &app, "contact@coop-libre.example.org", "/compte").await;

    browser.goto(&app.url("/espace-prestataire")).await;
    browser.assert_accessible("provider space, member").await;
    browser
        .click(Locator::Css("main form button[type=submit]"))
        .await;
    browser.wait_for("#name").await;
    browser.assert_accessible("provider space").await;
    browser.fill("#name", "Coop Libre Bretagne").await;
    browser
        .click(Locator::Css("form.stack button[type=submit]"))
        .await;
    browser.wait_for_url_containing("/identite").await;

    // Step by step, as on a phone.
    browser.assert_accessible("step identity").await;
    // A refused step opens at its error summary, which has the focus.
    browser.fill("#name", "X").await;
    submit_main_form(&browser).await;
    browser
        .wait_until(
            "the error summary has the focus",
            "return document.activeElement && document.activeElement.classList.contains('error-summary');",
        )
        .await;
    browser
        .assert_accessible("step identity with an error")
        .await;
    browser.fill("#name", "Coop Libre Bretagne").await;

    // The logo has a page of its own: no other button can leave it behind.
    let logo_file = std::env::temp_dir().join(format!("essaim-logo-{}.png", std::process::id()));
    image::RgbImage::from_pixel(300, 200, image::Rgb([40, 90, 160]))
        .save(&logo_file)
        .unwrap();
    browser.click(Locator::LinkText("Ajouter un logo")).await;
    browser.wait_for_url_containing("/logo").await;
    browser.assert_accessible("logo page").await;
    browser
        .client
        .find(Locator::Css("#logo"))
        .await
        .unwrap()
        .send_keys(logo_file.to_str().unwrap())
        .await
        .unwrap();
    browser
        .click(Locator::Css("main form button[type=submit]"))
        .await;
    browser.wait_for_url_containing("fait=1").await;
    assert!(browser.text("main").await.contains("Logo enregistré"));
    let address = browser.client.current_url().await.unwrap();
    assert!(!address.as_str().contains("csrf"), "{address}");
    std::fs::remove_file(&logo_file).ok();
    browser
        .click(Locator::LinkText("Retour à l'identité de la fiche"))
        .await;
    browser.wait_for_url_containing("/identite").await;
    assert!(browser.text("main").await.contains("Changer le logo"));
    browser
        .fill(
            "#pitch",
            "Nous accompagnons les associations bretonnes vers les outils libres.",
        )
        .await;
    // The count follows the typing.
    browser
        .wait_until(
            "the pitch counter follows",
            "return document.getElementById('pitch-count').textContent === '68 / 280 caractères';",
        )
        .await;
    browser.fill("#website", "coop-libre.example.org").await;
    submit_main_form(&browser).await;
    browser.wait_for_url_containing("/structure").await;
    browser.assert_accessible("step structure").await;
    browser.click(Locator::Css("#structure-cooperative")).await;
    browser.click(Locator::Css("#team_size-2-5")).await;
    submit_main_form(&browser).await;
    browser.wait_for_url_containing("/lieu").await;
    browser.assert_accessible("step place").await;
    browser.fill("#commune_query", "35000").await;
    browser.click(Locator::Css("#remote")).await;
    submit_main_form(&browser).await;
    browser.wait_for_url_containing("/offre").await;
    browser.assert_accessible("step offer").await;
    browser
        .click(Locator::Css("#support_types-formation"))
        .await;
    browser
        .click(Locator::Css("#association_sizes-sans-salarie"))
        .await;
    browser.click(Locator::Css("#modalities-distance")).await;
    submit_main_form(&browser).await;
    browser.wait_for_url_containing("/references").await;
    browser.assert_accessible("step references").await;
    browser
        .fill("#ref1_association", "Les Amis du Jardin Partagé")
        .await;
    browser.fill("#ref1_year", "2023").await;
    browser
        .fill("#ref1_summary", "Migration vers Nextcloud")
        .await;
    browser
        .fill("#ref1_referee", "Claire, 06 00 00 00 01")
        .await;
    browser
        .fill("#ref2_association", "Une association du secteur social")
        .await;
    browser.fill("#ref2_year", "2024").await;
    browser
        .fill("#ref2_summary", "Formation à Jitsi Meet")
        .await;
    // The tools of a reference are ticked in the same list as the offer's.
    browser
        .click(Locator::Css("details:has(#ref2_tools) > summary"))
        .await;
    browser
        .click(Locator::Css("label[for='ref2_tools-jitsi-meet']"))
        .await;
    browser
        .assert_accessible("step references, tools open")
        .await;
    submit_main_form(&browser).await;
    browser.wait_for_url_containing("/contact").await;
    browser.assert_accessible("step contact").await;
    submit_main_form(&browser).await;
    browser.wait_for_url_containing("fait=enregistre").await;
    browser.assert_accessible("profile overview").await;
    assert!(
        !browser.overflows_horizontally().await,
        "fits a 360 px screen"
    );
    browser
        .click(Locator::Css("form[action$='/soumettre'] button"))
        .await;
    browser.wait_for_url_containing("fait=soumise").await;
    sign_out(&browser).await;

    // The moderator asks for a change.
    sign_in(&browser, &app, "moderation@exemple.org", "/moderation").await;
    browser.goto(&app.url("/moderation")).await;
    browser.assert_accessible("moderation queue").await;
    browser
        .click(Locator::LinkText("Coop Libre Bretagne"))
        .await;
    browser.wait_for("table.diff").await;
    browser.assert_accessible("moderation review").await;
    browser
        .fill("#message", "Ajoutez le résultat du premier accompagnement.")
        .await;
    browser
        .click(Locator::Css("button[value=modifications]"))
        .await;
    browser.wait_for_url_containing("fait=1").await;
    sign_out(&browser).await;

    // The provider fixes it and submits again.
    sign_in(
        &browser,
        &app,
        "contact@coop-libre.example.org",
        "/espace-prestataire",
    )
    .await;
    browser
        .goto(&app.url("/espace-prestataire/fiches/coop-libre-bretagne"))
        .await;
    assert!(
        browser
            .text("main")
            .await
            .contains("Ajoutez le résultat du premier accompagnement.")
    );
    browser
        .goto(&app.url("/espace-prestataire/fiches/coop-libre-bretagne/references"))
        .await;
    assert_eq!(
        browser
            .eval("return document.getElementById('ref2_tools-jitsi-meet').checked;")
            .await,
        serde_json::Value::Bool(true),
        "the ticked tool was saved"
    );
    browser
        .fill("#ref1_outcome", "Toute l'équipe travaille sur Nextcloud")
        .await;
    submit_main_form(&browser).await;
    browser.wait_for_url_containing("/contact").await;
    browser
        .goto(&app.url("/espace-prestataire/fiches/coop-libre-bretagne"))
        .await;
    browser
        .click(Locator::Css("form[action$='/soumettre'] button"))
        .await;
    browser.wait_for_url_containing("fait=soumise").await;
    sign_out(&browser).await;

    // The moderator approves.
    sign_in(&browser, &app, "moderation@exemple.org", "/moderation").await;
    browser
        .goto(&app.url("/moderation/fiches/coop-libre-bretagne"))
        .await;
    browser.assert_accessible("review").await;
    assert_eq!(
        browser.squeezed_facts("table.diff").await,
        Vec::<String>::new(),
        "the review reads on a phone"
    );
    browser
        .click(Locator::Css("input[value=approuver] ~ p button"))
        .await;
    browser.wait_for_url_containing("fait=1").await;
    browser.goto(&app.url("/moderation/journal")).await;
    browser.assert_accessible("moderation log").await;
    sign_out(&browser).await;

    // A visitor finds the profile and writes to the provider.
    app.refresh().await;
    browser.goto(&app.url("/annuaire?q=coop+libre")).await;
    browser
        .click(Locator::LinkText("Coop Libre Bretagne"))
        .await;
    browser.wait_for("#contact_name").await;
    browser
        .assert_accessible("public profile with contact form")
        .await;
    browser.fill("#contact_name", "Aline Martin").await;
    browser
        .fill("#contact_sender", "aline@asso-quartier.example.org")
        .await;
    browser
        .fill(
            "#contact_message",
            "Bonjour, pouvez-vous nous aider à quitter Google Drive ?",
        )
        .await;
    browser
        .click(Locator::Css("form[action$='/contact'] button"))
        .await;
    browser.wait_for_url_containing("contact=envoye").await;
    assert!(
        browser
            .text("#contact ~ p, section .notice-success")
            .await
            .contains("Message envoyé")
    );

    app.wait_for_jobs().await;
    let relayed = outbox_messages(&app)
        .into_iter()
        .find(|m| {
            m.contains("To: contact@coop-libre.example.org") && m.contains("quitter Google Drive")
        })
        .expect("the provider's email is in the outbox");
    assert!(
        relayed.contains("Reply-To: aline@asso-quartier.example.org"),
        "{relayed}"
    );

    browser.close().await;
    app.stop().await;
}

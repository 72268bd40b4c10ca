//! The instance's settings, as administrators set them at `/admin/instance`
//! and as every page, email and export then shows them.

use essaim_domain::accounts::Role;

use crate::harness::{Backend, PASSWORD, Visitor, token_in};
use crate::{app, on_both_backends};

on_both_backends!(
    administrators_name_and_describe_their_instance,
    bad_settings_are_refused_field_by_field,
    the_logo_is_reencoded_served_and_removed,
);

fn settings<'a>(name: &'a str, accent: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("name", name),
        (
            "description",
            "Le réseau breton des accompagnateurs du numérique libre.",
        ),
        ("accent", accent),
        ("contact_email", "Contact@Reseau-Breton.example.org"),
        (
            "legal_notice",
            "## Éditeur\n\nAssociation **Réseau breton**, Rennes. [Site](https://reseau.example.org) <script>alert(1)</script>",
        ),
        (
            "charter",
            "Les prestataires s'engagent à *accompagner*, pas seulement à installer.",
        ),
        ("data_licence", "ODbL 1.0"),
    ]
}

async fn administrators_name_and_describe_their_instance(backend: Backend) {
    let app = app!(backend);
    let admin = app.signed_in_as("admin@exemple.org", Role::Admin).await;
    let member = app.signed_in_as("membre@exemple.org", Role::Membre).await;
    assert_eq!(member.get("/admin/instance").await.status(), 403);
    assert_eq!(
        member
            .post_form("/admin/instance", &settings("Pirate", "#123456"))
            .await
            .status(),
        403
    );
    let page = admin.get("/admin/instance").await;
    assert_eq!(page.status(), 200);
    assert!(page.text().await.unwrap().contains("value=\"Essaim\""));
    // Before anything is written, there is a legal notice page all the same.
    let legal = app.visitor().get("/mentions-legales").await;
    assert_eq!(legal.status(), 200);
    assert!(legal.text().await.unwrap().contains("pas encore rédigé"));
    let privacy = app
        .visitor()
        .get("/confidentialite")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        privacy.contains("<a href=\"/mentions-legales\">ses coordonnées"),
        "without an address, « écrivez à l'équipe » leads to where it will be"
    );
    assert_eq!(app.visitor().get("/charte").await.status(), 404);

    admin
        .submit("/admin/instance", &settings("Essaim Bretagne", "#2A5D8F"))
        .await;

    let home = app.visitor().get("/").await.text().await.unwrap();
    assert!(home.contains("Essaim Bretagne</a>"), "the header");
    assert!(home.contains("· Essaim Bretagne</title>"));
    assert!(
        home.contains("Le réseau breton des accompagnateurs"),
        "description"
    );
    assert!(
        home.contains("mailto:contact@reseau-breton.example.org"),
        "contact"
    );
    assert!(home.contains("href=\"/charte\""));
    let privacy = app
        .visitor()
        .get("/confidentialite")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        privacy.contains("cette instance : <a href=\"mailto:contact@reseau-breton.example.org\""),
        "« écrivez à l'équipe » gives the address"
    );
    assert!(home.contains("href=\"/instance.css?v=2a5d8f\""));
    let css = app.visitor().get("/instance.css?v=2a5d8f").await;
    assert_eq!(css.status(), 200);
    assert!(
        css.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/css")
    );
    assert!(css.text().await.unwrap().contains("--accent: #2a5d8f"));
    assert_eq!(
        app.visitor().get("/instance.css?v=ffff00").await.status(),
        404,
        "only colours white text reads on"
    );

    let legal = app
        .visitor()
        .get("/mentions-legales")
        .await
        .text()
        .await
        .unwrap();
    assert!(legal.contains("<strong>Réseau breton</strong>"), "{legal}");
    assert!(legal.contains("href=\"https://reseau.example.org\""));
    assert!(!legal.contains("<script>alert"), "sanitised");
    let charter = app.visitor().get("/charte").await.text().await.unwrap();
    assert!(charter.contains("<em>accompagner</em>"));

    // The open data carry the licence; the emails, the name.
    let (_, api) = app.get_json("/api/v1/prestataires").await;
    assert_eq!(api["licence"], "ODbL 1.0");
    let visitor = app.visitor();
    visitor
        .submit(
            "/inscription",
            &[("email", "nouvelle@exemple.org"), ("password", PASSWORD)],
        )
        .await;
    let mail = app.nth_email_to("nouvelle@exemple.org", 1).await;
    assert!(mail.subject.contains("Essaim Bretagne"), "{}", mail.subject);
    let _ = token_in(&mail.text, "/inscription/confirmer");

    // Another node on the same database takes the settings too.
    let other = app.start_another_node().await;
    let mut seen = String::new();
    for _ in 0..40 {
        seen = other.get("/").await.text().await.unwrap();
        if seen.contains("Essaim Bretagne") {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(seen.contains("Essaim Bretagne</a>"), "second node");
    other.stop().await;
    app.stop().await;
}

async fn bad_settings_are_refused_field_by_field(backend: Backend) {
    let app = app!(backend);
    let admin = app.signed_in_as("admin@exemple.org", Role::Admin).await;
    let mut bad = settings("", "#ffff00");
    bad[3] = ("contact_email", "pas une adresse");
    let refused = admin.post_form("/admin/instance", &bad).await;
    assert_eq!(refused.status(), 422);
    let page = refused.text().await.unwrap();
    assert!(
        page.contains("le nom compte de 1 à 80 caractères"),
        "{page}"
    );
    assert!(page.contains("trop claire"), "{page}");
    assert!(
        page.contains("n&#39;est pas une adresse électronique"),
        "{page}"
    );
    assert!(page.contains("value=\"#ffff00\""), "what was typed stays");
    let unreadable = admin
        .post_form("/admin/instance", &settings("Essaim", "rouge"))
        .await;
    assert_eq!(unreadable.status(), 422);
    assert!(unreadable.text().await.unwrap().contains("#rrggbb"));
    // Nothing was saved.
    let home = app.visitor().get("/").await.text().await.unwrap();
    assert!(home.contains("· Essaim</title>") && !home.contains("instance.css"));
    app.stop().await;
}

fn png(width: u32, height: u32) -> Vec<u8> {
    let image = image::RgbImage::from_pixel(width, height, image::Rgb([42, 93, 143]));
    let mut bytes = Vec::new();
    image::DynamicImage::ImageRgb8(image)
        .write_to(
            &mut std::io::Cursor::new(&mut bytes),
            image::ImageFormat::Png,
        )
        .unwrap();
    bytes
}

/// The form as the page sends it: the anti-forgery token first, then
/// what `fill` adds.
async fn send_logo(
    admin: &Visitor,
    fill: impl FnOnce(reqwest::multipart::Form) -> reqwest::multipart::Form,
) -> reqwest::Response {
    let token = admin.csrf_token().await;
    let part = fill(reqwest::multipart::Form::new().text("csrf_token", token));
    admin
        .client
        .post(admin.url("/admin/instance/logo"))
        .header("origin", &admin.base)
        .multipart(part)
        .send()
        .await
        .unwrap()
}

async fn the_logo_is_reencoded_served_and_removed(backend: Backend) {
    let app = app!(backend);
    let admin = app.signed_in_as("admin@exemple.org", Role::Admin).await;
    let svg = |form: reqwest::multipart::Form| {
        form.part(
            "logo",
            reqwest::multipart::Part::bytes(b"<svg xmlns='http://www.w3.org/2000/svg'/>".to_vec())
                .file_name("logo.png"),
        )
    };
    let refused = send_logo(&admin, svg).await;
    assert_eq!(refused.status(), 422);
    assert!(refused.text().await.unwrap().contains("format refusé"));

    let sent = |form: reqwest::multipart::Form| {
        form.part(
            "logo",
            reqwest::multipart::Part::bytes(png(800, 400)).file_name("logo.png"),
        )
    };
    assert_eq!(send_logo(&admin, sent).await.status(), 303);
    let home = app.visitor().get("/").await.text().await.unwrap();
    let start = home
        .find("/medias/instance/")
        .expect("the header shows the logo");
    let url: String = home[start..].chars().take_while(|c| *c != '"').collect();
    let logo = app.visitor().get(&url).await;
    assert_eq!(logo.status(), 200);
    assert_eq!(logo.headers()["content-type"], "image/png");
    let decoded = image::load_from_memory(&logo.bytes().await.unwrap()).unwrap();
    assert_eq!((decoded.width(), decoded.height()), (256, 128), "reduced");

    let removal = |form: reqwest::multipart::Form| form.text("retirer", "1");
    assert_eq!(send_logo(&admin, removal).await.status(), 303);
    let home = app.visitor().get("/").await.text().await.unwrap();
    assert!(!home.contains("/medias/instance/"));
    assert_eq!(
        app.visitor().get(&url).await.status(),
        404,
        "the file is gone"
    );
    app.stop().await;
}

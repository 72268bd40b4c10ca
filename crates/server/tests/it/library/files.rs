//! A file instead of a link: PDF, OpenDocument, PNG or JPEG, at most
//! 10 MB, known by its content, kept under a generated name and always
//! served as a download that runs nothing. A disguised or oversized file
//! is named, and nothing is written.

use essaim_domain::accounts::Role;

use super::{count, page, proposal};
use crate::harness::{Backend, Visitor};
use crate::{app, on_both_backends};

on_both_backends!(
    a_member_attaches_a_file_that_moderators_publish,
    disguised_oversized_and_missing_files_are_named,
);

const PDF: &[u8] =
    b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

/// Sends the proposal form as a browser does: multipart, its token first.
async fn propose_with_file(
    visitor: &Visitor,
    fields: &[(&str, &str)],
    file: Option<(&str, Vec<u8>)>,
) -> reqwest::Response {
    let token = visitor.csrf_token().await;
    let mut form = reqwest::multipart::Form::new().text("csrf_token", token);
    for (name, value) in fields {
        form = form.text(name.to_string(), value.to_string());
    }
    if let Some((name, bytes)) = file {
        form = form.part(
            "file",
            reqwest::multipart::Part::bytes(bytes).file_name(name.to_string()),
        );
    }
    visitor
        .client
        .post(visitor.url("/ressources/proposer"))
        .header("origin", &visitor.base)
        .multipart(form)
        .send()
        .await
        .unwrap()
}

fn without_url(title: &str) -> Vec<(&str, &str)> {
    let mut fields = proposal(
        title,
        "Le compte rendu de notre atelier, en PDF, que nous ne publions nulle part ailleurs.",
    );
    for field in &mut fields {
        if field.0 == "url" {
            field.1 = "";
        }
    }
    fields
}

async fn a_member_attaches_a_file_that_moderators_publish(backend: Backend) {
    let app = app!(backend);
    let member = app.signed_in_as("nadia@exemple.org", Role::Membre).await;
    let sent = propose_with_file(
        &member,
        &without_url("Atelier RGPD de Vitré"),
        Some(("Compte rendu.pdf", PDF.to_vec())),
    )
    .await;
    assert_eq!(sent.status(), 303, "{}", sent.text().await.unwrap());
    let name: String = sqlx::Row::get(
        &sqlx::query("SELECT name FROM library_files")
            .fetch_one(app.db().pool())
            .await
            .unwrap(),
        0,
    );
    assert!(
        name.ends_with(".pdf") && name.len() == 36,
        "a generated name: {name}"
    );
    let file = format!("/ressources/fichiers/{name}");
    let visitor = app.visitor();
    assert_eq!(
        page(&visitor, &file).await.0,
        404,
        "not before it is published"
    );
    assert_eq!(page(&member, &file).await.0, 404);

    let moderator = app
        .signed_in_as("moderation@exemple.org", Role::Moderateur)
        .await;
    let review = "/moderation/ressources/atelier-rgpd-de-vitre";
    let (_, reviewed) = page(&moderator, review).await;
    assert!(
        reviewed.contains(&file) && reviewed.contains("PDF, 1 Ko"),
        "{reviewed}"
    );
    assert_eq!(page(&moderator, &file).await.0, 200);
    let mut publish = without_url("Atelier RGPD de Vitré");
    publish.extend([
        ("statut", "proposee"),
        ("action", "publier"),
        ("reason", ""),
    ]);
    moderator.submit(review, &publish).await;

    let (_, public) = page(&visitor, "/ressources/atelier-rgpd-de-vitre").await;
    assert!(
        public.contains(&format!("href=\"{file}\" download")),
        "{public}"
    );
    let download = visitor.get(&file).await;
    assert_eq!(download.status(), 200);
    let headers = download.headers().clone();
    assert_eq!(headers["content-type"], "application/pdf");
    assert_eq!(
        headers["content-disposition"],
        "attachment; filename=\"atelier-rgpd-de-vitre.pdf\""
    );
    assert!(
        headers["content-security-policy"]
            .to_str()
            .unwrap()
            .contains("sandbox")
    );
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert_eq!(download.bytes().await.unwrap().as_ref(), PDF);
    // The API gives its address here; the link checks leave it alone.
    let (_, api) = app.get_json("/api/v1/ressources").await;
    assert!(
        api["items"][0]["url"].as_str().unwrap().ends_with(&file),
        "{api}"
    );
    assert!(
        app.db()
            .library_links_due(i64::MAX, 10)
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        page(&visitor, "/ressources/fichiers/../../etc/passwd")
            .await
            .0,
        404
    );
    app.stop().await;
}

async fn disguised_oversized_and_missing_files_are_named(backend: Backend) {
    let app = app!(backend);
    let member = app.signed_in_as("nadia@exemple.org", Role::Membre).await;
    let fields = without_url("Un fichier douteux");
    let mut large = PDF.to_vec();
    large.resize(10 * 1024 * 1024 + 1, b' ');
    let mut huge = PDF.to_vec();
    huge.resize(13 * 1024 * 1024, b' ');
    for (file, message) in [
        (
            Some((
                "guide.pdf",
                b"<html><script>alert(1)</script></html>".to_vec(),
            )),
            "Ce fichier n&#39;est ni un PDF, ni un document OpenDocument",
        ),
        (
            Some(("guide.pdf", b"\x89PNG\r\n\x1a\n0000".to_vec())),
            "c&#39;est un fichier PNG. Renommez-le avec la bonne extension.",
        ),
        (Some(("gros.pdf", large)), "Le fichier dépasse 10 Mo."),
        (Some(("enorme.pdf", huge)), "Le fichier dépasse 10 Mo."),
        (
            None,
            "Donnez l&#39;adresse de la ressource, ou joignez-en le fichier.",
        ),
    ] {
        let refused = propose_with_file(&member, &fields, file).await;
        assert_eq!(refused.status(), 422, "{message}");
        let text = refused.text().await.unwrap();
        assert!(text.contains(message), "{message}: {text}");
        // What was typed comes back; a file sent is not asked for again.
        assert!(text.contains("value=\"Un fichier douteux\""), "{message}");
        if message.contains("fichier") && !message.contains("joignez") {
            assert!(!text.contains("ou joignez-en le fichier"), "{message}");
        }
    }
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM library_resources").await,
        0
    );
    assert_eq!(count(&app, "SELECT COUNT(*) FROM library_files").await, 0);
    app.stop().await;
}

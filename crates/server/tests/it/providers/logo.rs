use essaim_domain::accounts::Role;

use super::provider_with_complete_draft;
use crate::harness::{Backend, Visitor};
use crate::{app, on_both_backends};

on_both_backends!(logos_are_sniffed_limited_reencoded_and_served,);

fn image_bytes(width: u32, height: u32, format: image::ImageFormat) -> Vec<u8> {
    let image = image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 90])
    });
    let mut bytes = Vec::new();
    image::DynamicImage::ImageRgb8(image)
        .write_to(&mut std::io::Cursor::new(&mut bytes), format)
        .unwrap();
    bytes
}

/// Where the anti-forgery token travels.
#[derive(Clone, Copy, PartialEq)]
enum Token {
    /// The first field, as the page's form sends it.
    First,
    /// After the file: never read, so that a token cannot hide behind 2 MB.
    AfterTheFile,
    /// In the address, where it would be seen and logged.
    InTheAddress,
    Missing,
}

async fn upload(
    visitor: &Visitor,
    slug: &str,
    bytes: Vec<u8>,
    file_name: &str,
    token_at: Token,
) -> reqwest::Response {
    let token = visitor.csrf_token().await;
    let mut form = reqwest::multipart::Form::new();
    if token_at == Token::First {
        form = form.text("csrf_token", token.clone());
    }
    form = form.part(
        "logo",
        reqwest::multipart::Part::bytes(bytes).file_name(file_name.to_string()),
    );
    if token_at == Token::AfterTheFile {
        form = form.text("csrf_token", token.clone());
    }
    let query = if token_at == Token::InTheAddress {
        format!("?csrf_token={token}")
    } else {
        String::new()
    };
    visitor
        .client
        .post(visitor.url(&format!("/espace-prestataire/fiches/{slug}/logo{query}")))
        .header("origin", &visitor.base)
        .multipart(form)
        .send()
        .await
        .unwrap()
}

async fn logos_are_sniffed_limited_reencoded_and_served(backend: Backend) {
    let app = app!(backend);
    let (provider, slug) = provider_with_complete_draft(&app, "coop@exemple.org").await;

    let png = image_bytes(800, 400, image::ImageFormat::Png);
    for token_at in [Token::Missing, Token::AfterTheFile, Token::InTheAddress] {
        assert_eq!(
            upload(&provider, &slug, png.clone(), "logo.png", token_at)
                .await
                .status(),
            403,
            "the token is the form's first field"
        );
    }
    let done = upload(&provider, &slug, png, "logo.png", Token::First).await;
    assert_eq!(done.status(), 303);
    let location = done.headers()["location"].to_str().unwrap().to_string();
    assert!(!location.contains("csrf"), "{location}");
    let confirmed = provider.get(&location).await.text().await.unwrap();
    assert!(
        confirmed.contains("Logo enregistré"),
        "a successful upload says so"
    );
    let name = app
        .db()
        .provider_by_slug(&slug)
        .await
        .unwrap()
        .unwrap()
        .profile
        .logo
        .expect("logo saved");
    assert!(essaim_domain::providers::is_logo_name(&name), "{name}");
    let served = app.visitor().get(&format!("/medias/logos/{name}")).await;
    assert_eq!(served.status(), 200);
    assert_eq!(served.headers()["content-type"], "image/png");
    let decoded = image::load_from_memory(&served.bytes().await.unwrap()).unwrap();
    assert_eq!(
        (decoded.width(), decoded.height()),
        (256, 128),
        "reduced to fit 256 pixels"
    );

    let jpeg = upload(
        &provider,
        &slug,
        image_bytes(120, 120, image::ImageFormat::Jpeg),
        "photo.jpg",
        Token::First,
    )
    .await;
    assert_eq!(jpeg.status(), 303, "JPEG accepted and re-encoded");
    let cases: [(&[u8], &str, &str); 3] = [
        (
            b"<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
            "logo.svg",
            "format refusé",
        ),
        (b"ceci n'est pas une image", "logo.png", "format refusé"),
        (b"\x89PNG\r\n\x1a\n tronque", "logo.png", "image illisible"),
    ];
    for (bytes, file_name, message) in cases {
        let response = upload(&provider, &slug, bytes.to_vec(), file_name, Token::First).await;
        assert_eq!(response.status(), 422, "{file_name}");
        assert!(
            response.text().await.unwrap().contains(message),
            "{message}"
        );
    }
    let huge = upload(
        &provider,
        &slug,
        vec![0u8; 3 * 1024 * 1024],
        "enorme.png",
        Token::First,
    )
    .await;
    assert_eq!(huge.status(), 413, "size limited");

    let other = app
        .signed_in_as("autre@exemple.org", Role::Prestataire)
        .await;
    let foreign = upload(
        &other,
        &slug,
        image_bytes(10, 10, image::ImageFormat::Png),
        "logo.png",
        Token::First,
    )
    .await;
    assert_eq!(foreign.status(), 403);
    assert_eq!(
        app.visitor()
            .get("/medias/logos/..%2F..%2Fessaim.db")
            .await
            .status(),
        404
    );
    assert_eq!(
        app.visitor()
            .get("/medias/logos/00000000000000000000000000000000.png")
            .await
            .status(),
        404
    );

    // The hourly housekeeping removes logos nothing shows any more (left by
    // a replaced version, say), once they are an hour old.
    let logos = app.data_dir.path().join("uploads").join("logos");
    let stray = "0123456789abcdef0123456789abcdef.png";
    let two_hours_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(7200);
    for file in [stray, "fedcba9876543210fedcba9876543210.png"] {
        std::fs::write(logos.join(file), b"png").unwrap();
    }
    std::fs::File::options()
        .write(true)
        .open(logos.join(stray))
        .unwrap()
        .set_modified(two_hours_ago)
        .unwrap();
    let current = app
        .db()
        .provider_by_slug(&slug)
        .await
        .unwrap()
        .unwrap()
        .profile
        .logo
        .unwrap();
    std::fs::File::options()
        .write(true)
        .open(logos.join(&current))
        .unwrap()
        .set_modified(two_hours_ago)
        .unwrap();
    essaim_app::jobs::housekeeping(app.app()).await;
    assert!(!logos.join(stray).exists(), "an old orphan goes");
    assert!(
        logos.join("fedcba9876543210fedcba9876543210.png").exists(),
        "a recent one may be an upload under way"
    );
    assert!(logos.join(&current).exists(), "the profile's logo stays");
    app.stop().await;
}

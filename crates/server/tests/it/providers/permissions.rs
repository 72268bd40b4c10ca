use essaim_domain::accounts::Role;

use super::provider_with_complete_draft;
use crate::harness::Backend;
use crate::{app, on_both_backends};

on_both_backends!(a_provider_reaches_only_the_profiles_it_manages,);

async fn a_provider_reaches_only_the_profiles_it_manages(backend: Backend) {
    let app = app!(backend);
    let (_, slug) = provider_with_complete_draft(&app, "coop@exemple.org").await;
    let other = app
        .signed_in_as("autre@exemple.org", Role::Prestataire)
        .await;
    let base = format!("/espace-prestataire/fiches/{slug}");
    for path in [
        base.clone(),
        format!("{base}/identite"),
        format!("{base}/apercu"),
    ] {
        let response = other.get(&path).await;
        assert_eq!(response.status(), 403, "GET {path}");
    }
    for (path, fields) in [
        (format!("{base}/identite"), vec![("name", "Pris")]),
        (format!("{base}/soumettre"), vec![]),
        (
            format!("{base}/disponibilite"),
            vec![("availability", "en-pause")],
        ),
        (format!("{base}/confirmer"), vec![]),
    ] {
        let response = other.post_form(&path, &fields).await;
        assert_eq!(response.status(), 403, "POST {path}");
    }
    let row = app.db().provider_by_slug(&slug).await.unwrap().unwrap();
    assert_eq!(row.profile.name, "Coop Libre Bretagne", "nothing changed");

    let member = app.signed_in_as("membre@exemple.org", Role::Membre).await;
    assert_eq!(member.get(&base).await.status(), 403);
    assert_eq!(
        member
            .post_form("/espace-prestataire/fiches", &[("name", "Essai")])
            .await
            .status(),
        403
    );
    let space = member
        .get("/espace-prestataire")
        .await
        .text()
        .await
        .unwrap();
    assert!(space.contains("Je suis prestataire"));
    assert_eq!(
        member
            .post_form("/espace-prestataire/devenir", &[])
            .await
            .status(),
        303
    );
    assert_eq!(
        member
            .post_form("/espace-prestataire/fiches", &[("name", "Essai")])
            .await
            .status(),
        303
    );

    for path in [
        "/moderation",
        &format!("/moderation/fiches/{slug}"),
        "/moderation/journal",
    ] {
        assert_eq!(other.get(path).await.status(), 403, "{path}");
    }
    let decision = other
        .post_form(
            &format!("/moderation/fiches/{slug}/decision"),
            &[("action", "approuver")],
        )
        .await;
    assert_eq!(decision.status(), 403);
    assert_eq!(
        app.visitor().get(&base).await.status(),
        303,
        "anonymous: sign in first"
    );
    assert_eq!(
        other
            .get("/espace-prestataire/fiches/nexiste-pas")
            .await
            .status(),
        404
    );
    app.stop().await;
}

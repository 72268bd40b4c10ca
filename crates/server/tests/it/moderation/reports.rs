use essaim_domain::accounts::Role;

use crate::harness::Backend;
use crate::providers::{provider_with_complete_draft, publish};
use crate::{app, on_both_backends};

on_both_backends!(
    a_member_reports_a_profile_and_hears_back,
    reports_and_notes_are_for_the_right_people,
);

async fn a_member_reports_a_profile_and_hears_back(backend: Backend) {
    let app = app!(backend);
    let moderator = app
        .signed_in_as("moderation@exemple.org", Role::Moderateur)
        .await;
    let (provider, slug) = provider_with_complete_draft(&app, "coop@exemple.org").await;
    publish(&app, &provider, &slug).await;
    app.wait_for_jobs().await;
    let form = format!("/moderation/signaler?cible=prestataire&objet={slug}");

    // The public page offers it; signed out, it leads to the sign-in first.
    let page = app.visitor().get(&format!("/annuaire/{slug}")).await;
    let page = page.text().await.unwrap();
    assert!(
        page.contains("Signaler un problème sur cette fiche"),
        "{page}"
    );
    let signed_out = app.visitor().get(&form).await;
    assert_eq!(signed_out.status(), 303);
    assert!(
        signed_out.headers()["location"]
            .to_str()
            .unwrap()
            .starts_with("/connexion?retour=")
    );

    let member = app.signed_in_as("benevole@exemple.org", Role::Membre).await;
    let shown = member.get(&form).await;
    assert_eq!(shown.status(), 200);
    assert!(shown.text().await.unwrap().contains("Coop Libre Bretagne"));

    let no_reason = member
        .post_form(
            "/moderation/signaler",
            &[
                ("cible", "prestataire"),
                ("objet", &slug),
                ("commentaire", ""),
            ],
        )
        .await;
    assert_eq!(no_reason.status(), 422);
    assert!(
        no_reason
            .text()
            .await
            .unwrap()
            .contains("choisissez la raison du signalement")
    );
    let other_without_words = member
        .post_form(
            "/moderation/signaler",
            &[
                ("cible", "prestataire"),
                ("objet", &slug),
                ("motif", "autre"),
            ],
        )
        .await;
    assert_eq!(other_without_words.status(), 422);
    assert!(
        other_without_words
            .text()
            .await
            .unwrap()
            .contains("expliquez en quelques mots")
    );

    let filed = member
        .post_form(
            "/moderation/signaler",
            &[
                ("cible", "prestataire"),
                ("objet", &slug),
                ("motif", "inexact"),
                (
                    "commentaire",
                    "Le site web annoncé ne répond plus depuis mars.",
                ),
            ],
        )
        .await;
    assert_eq!(filed.status(), 303);
    let back = filed.headers()["location"].to_str().unwrap().to_string();
    assert_eq!(
        back,
        format!("/annuaire/{slug}?signalement=envoye#signaler")
    );
    let thanked = member.get(&back).await.text().await.unwrap();
    assert!(
        thanked.contains("votre signalement est transmis"),
        "{thanked}"
    );
    let told = app.nth_email_to("moderation@exemple.org", 2).await;
    assert!(
        told.subject.contains("Coop Libre Bretagne"),
        "{}",
        told.subject
    );
    assert!(
        told.text.contains("Informations inexactes ou périmées"),
        "{}",
        told.text
    );
    assert!(
        told.text.contains("ne répond plus depuis mars"),
        "{}",
        told.text
    );

    let again = member
        .post_form(
            "/moderation/signaler",
            &[
                ("cible", "prestataire"),
                ("objet", &slug),
                ("motif", "spam"),
            ],
        )
        .await;
    assert_eq!(again.status(), 409, "one open report per member and target");
    assert!(again.text().await.unwrap().contains("déjà signalé"));

    // The queue and the profile's review page show it, with its reason.
    let queue = moderator.get("/moderation").await.text().await.unwrap();
    assert!(
        queue.contains("Signalement") && queue.contains("ne répond plus depuis mars"),
        "{queue}"
    );
    assert!(queue.contains("benevole@exemple.org"));
    let review = moderator
        .get(&format!("/moderation/fiches/{slug}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(review.contains("Signalements en attente") && review.contains("ne répond plus"));
    let report_id: String = review
        .split("/moderation/signalements/")
        .nth(1)
        .unwrap()
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();

    let closed = moderator
        .post_form(
            &format!("/moderation/signalements/{report_id}"),
            &[
                ("action", "traite"),
                ("note", "Le prestataire a corrigé l'adresse de son site."),
                ("retour", &format!("/moderation/fiches/{slug}")),
            ],
        )
        .await;
    assert_eq!(closed.status(), 303);
    assert_eq!(
        closed.headers()["location"],
        format!("/moderation/fiches/{slug}?fait=signalement").as_str()
    );
    let answer = app.nth_email_to("benevole@exemple.org", 1).await;
    assert!(
        answer.text.contains("fait le nécessaire"),
        "{}",
        answer.text
    );
    assert!(
        answer.text.contains("a corrigé l'adresse"),
        "{}",
        answer.text
    );
    let twice = moderator
        .post_form(
            &format!("/moderation/signalements/{report_id}"),
            &[("action", "rejete")],
        )
        .await;
    assert_eq!(twice.status(), 409);

    let queue = moderator.get("/moderation").await.text().await.unwrap();
    assert!(
        !queue.contains("ne répond plus depuis mars"),
        "closed reports leave the queue"
    );
    let journal = moderator
        .get("/moderation/journal")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        journal.contains("Signalement traité") && journal.contains("a corrigé"),
        "{journal}"
    );
    // The member may report it again now that the first one is closed.
    let new_one = member
        .post_form(
            "/moderation/signaler",
            &[
                ("cible", "prestataire"),
                ("objet", &slug),
                ("motif", "spam"),
            ],
        )
        .await;
    assert_eq!(new_one.status(), 303);
    app.stop().await;
}

async fn reports_and_notes_are_for_the_right_people(backend: Backend) {
    let app = app!(backend);
    let moderator = app
        .signed_in_as("moderation@exemple.org", Role::Moderateur)
        .await;
    let (provider, slug) = provider_with_complete_draft(&app, "coop@exemple.org").await;
    let member = app.signed_in_as("benevole@exemple.org", Role::Membre).await;

    // A draft is not public: nothing to report.
    let draft = member
        .get(&format!(
            "/moderation/signaler?cible=prestataire&objet={slug}"
        ))
        .await;
    assert_eq!(draft.status(), 404);
    let unknown_kind = member
        .post_form(
            "/moderation/signaler",
            &[("cible", "vaisseau"), ("objet", &slug), ("motif", "spam")],
        )
        .await;
    assert_eq!(unknown_kind.status(), 400);

    publish(&app, &provider, &slug).await;
    let filed = member
        .post_form(
            "/moderation/signaler",
            &[
                ("cible", "prestataire"),
                ("objet", &slug),
                ("motif", "spam"),
            ],
        )
        .await;
    assert_eq!(filed.status(), 303);
    let review = moderator
        .get(&format!("/moderation/fiches/{slug}"))
        .await
        .text()
        .await
        .unwrap();
    let report_id: String = review
        .split("/moderation/signalements/")
        .nth(1)
        .unwrap()
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    // Only moderators close reports and write notes.
    for (path, fields) in [
        (
            format!("/moderation/signalements/{report_id}"),
            vec![("action", "rejete")],
        ),
        (
            "/moderation/notes".to_string(),
            vec![
                ("cible", "prestataire"),
                ("objet", slug.as_str()),
                ("note", "Vu."),
            ],
        ),
    ] {
        assert_eq!(
            member.post_form(&path, &fields).await.status(),
            403,
            "{path}"
        );
        assert_eq!(
            provider.post_form(&path, &fields).await.status(),
            403,
            "{path}"
        );
    }

    // Notes go to the target named by the form, and come back to its page.
    let empty = moderator
        .post_form(
            "/moderation/notes",
            &[("cible", "prestataire"), ("objet", &slug), ("note", "  ")],
        )
        .await;
    assert_eq!(empty.status(), 422);
    let page = empty.text().await.unwrap();
    assert!(
        page.contains("une note compte de 1 à 5 000 caractères"),
        "{page}"
    );
    assert!(page.contains("aria-invalid=\"true\""));
    let noted = moderator
        .post_form(
            "/moderation/notes",
            &[
                ("cible", "prestataire"),
                ("objet", &slug),
                ("note", "Référence appelée : confirmée."),
            ],
        )
        .await;
    assert_eq!(noted.status(), 303);
    assert_eq!(
        noted.headers()["location"],
        format!("/moderation/fiches/{slug}#notes").as_str()
    );
    let review = moderator
        .get(&format!("/moderation/fiches/{slug}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(review.contains("Référence appelée : confirmée."));
    let own_page = provider
        .get(&format!("/espace-prestataire/fiches/{slug}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        !own_page.contains("Référence appelée"),
        "notes stay among moderators"
    );

    // A dismissed report tells its author nothing needed changing.
    let dismissed = moderator
        .post_form(
            &format!("/moderation/signalements/{report_id}"),
            &[("action", "rejete")],
        )
        .await;
    assert_eq!(dismissed.status(), 303);
    let answer = app.nth_email_to("benevole@exemple.org", 1).await;
    assert!(
        answer.text.contains("rien trouvé à changer"),
        "{}",
        answer.text
    );
    app.stop().await;
}

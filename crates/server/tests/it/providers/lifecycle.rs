use essaim_domain::accounts::Role;

use super::provider_with_complete_draft;
use crate::harness::Backend;
use crate::{app, on_both_backends};

on_both_backends!(
    submit_request_changes_resubmit_and_approve,
    an_edit_of_a_published_profile_waits_for_approval,
    pause_suspend_and_reinstate,
    a_refusal_gives_its_reason_and_registration_can_ask_for_the_provider_role,
);

async fn submit_request_changes_resubmit_and_approve(backend: Backend) {
    let app = app!(backend);
    let moderator = app
        .signed_in_as("moderation@exemple.org", Role::Moderateur)
        .await;
    let (provider, slug) = provider_with_complete_draft(&app, "coop@exemple.org").await;
    assert_eq!(
        app.visitor()
            .get(&format!("/annuaire/{slug}"))
            .await
            .status(),
        404,
        "a draft is private"
    );

    let submitted = provider
        .post_form(&format!("/espace-prestataire/fiches/{slug}/soumettre"), &[])
        .await;
    assert_eq!(submitted.status(), 303);
    let told = app.nth_email_to("moderation@exemple.org", 1).await;
    assert!(
        told.subject.contains("Coop Libre Bretagne"),
        "{}",
        told.subject
    );
    assert!(told.text.contains(&format!("/moderation/fiches/{slug}")));

    let queue = moderator.get("/moderation").await.text().await.unwrap();
    assert!(queue.contains("Coop Libre Bretagne") && queue.contains("Nouvelle fiche"));
    let review = moderator
        .get(&format!("/moderation/fiches/{slug}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        review.contains("Claire, présidente"),
        "moderators see the referee"
    );

    let empty = moderator
        .post_form(
            &format!("/moderation/fiches/{slug}/decision"),
            &[("action", "modifications"), ("message", " ")],
        )
        .await;
    assert_eq!(
        empty.status(),
        422,
        "a request for changes says what to change"
    );
    let asked = moderator
        .post_form(
            &format!("/moderation/fiches/{slug}/decision"),
            &[
                ("action", "modifications"),
                ("message", "Précisez le résultat du premier accompagnement."),
            ],
        )
        .await;
    assert_eq!(asked.status(), 303);
    let mail = app.nth_email_to("coop@exemple.org", 1).await;
    assert!(
        mail.subject.contains("Modifications demandées"),
        "{}",
        mail.subject
    );
    assert!(
        mail.text
            .contains("Précisez le résultat du premier accompagnement.")
    );
    let overview = provider
        .get(&format!("/espace-prestataire/fiches/{slug}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        overview.contains("Modifications demandées") && overview.contains("Précisez le résultat")
    );
    let export: serde_json::Value = provider.get("/compte/export").await.json().await.unwrap();
    assert_eq!(
        export["provider_profiles"][0]["sent_back"]["name"], "Coop Libre Bretagne",
        "the version sent back is part of the person's data"
    );

    // Approving is only possible for a submitted version.
    let early = moderator
        .post_form(
            &format!("/moderation/fiches/{slug}/decision"),
            &[("action", "approuver")],
        )
        .await;
    assert_eq!(early.status(), 409);

    let fixed = provider
        .post_form(
            &format!("/espace-prestataire/fiches/{slug}/references"),
            &[
                ("ref1_association", "Les Amis du Jardin Partagé"),
                ("ref1_year", "2023"),
                ("ref1_summary", "Migration vers Nextcloud"),
                (
                    "ref1_outcome",
                    "Toute l'équipe travaille sur Nextcloud depuis six mois",
                ),
                ("ref2_association", "Une association du secteur social"),
                ("ref2_year", "2024"),
                ("ref2_summary", "Formation à Jitsi Meet"),
            ],
        )
        .await;
    assert_eq!(fixed.status(), 303);
    provider
        .submit(&format!("/espace-prestataire/fiches/{slug}/soumettre"), &[])
        .await;
    // The resubmission is compared with the version sent back: only what
    // the provider changed since stands out.
    let review = moderator
        .get(&format!("/moderation/fiches/{slug}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(review.contains("Version renvoyée"), "{review}");
    let changed_rows = review.matches("<tr class=\"changed\">").count();
    assert!(
        (1..=2).contains(&changed_rows),
        "{changed_rows} rows marked changed: {review}"
    );
    let approved = moderator
        .post_form(
            &format!("/moderation/fiches/{slug}/decision"),
            &[("action", "approuver")],
        )
        .await;
    assert_eq!(approved.status(), 303);
    let mail = app.nth_email_to("coop@exemple.org", 2).await;
    assert!(mail.subject.contains("est publiée"), "{}", mail.subject);
    assert!(
        mail.text.contains("l'annuaire d'Essaim"),
        "French elides before a vowel: {}",
        mail.text
    );
    assert!(
        mail.text.contains(&format!("{}/annuaire/{slug}", app.base)),
        "the approval links to the public page: {}",
        mail.text
    );

    app.refresh().await;
    let public = app.visitor().get(&format!("/annuaire/{slug}")).await;
    assert_eq!(public.status(), 200);
    let public = public.text().await.unwrap();
    assert!(public.contains("Coop Libre Bretagne") && public.contains("vérifiée le"));
    assert!(
        public.contains("<strong>coopérative</strong>")
            && public.contains(
                "<a href=\"https://www.coop-libre.example.org/guides\" rel=\"nofollow noopener noreferrer ugc\">www.coop-libre.example.org/guides</a>"
            ),
        "the description's Markdown and plain address are rendered as the hint says"
    );
    assert!(
        !public.contains("Claire, présidente"),
        "the referee stays private"
    );
    let (_, api) = app.get_json(&format!("/api/v1/prestataires/{slug}")).await;
    assert!(api.to_string().contains("Toute l'équipe travaille"));
    assert!(!api.to_string().contains("Claire"));

    let journal = moderator
        .get("/moderation/journal")
        .await
        .text()
        .await
        .unwrap();
    for kind in ["Soumission", "Modifications demandées", "Approbation"] {
        assert!(journal.contains(kind), "{kind} in the log");
    }
    assert!(
        journal.contains(&format!(
            "href=\"/moderation/fiches/{slug}\">Coop Libre Bretagne</a>"
        )),
        "the log names the profile: {journal}"
    );
    assert!(journal.contains(" h "), "and the time of day");

    // Once approved, nothing waits: one column, no "new version" badge.
    let review = moderator
        .get(&format!("/moderation/fiches/{slug}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(!review.contains("Nouvelle version") && !review.contains("Version proposée"));
    assert!(review.contains("sans modification en attente"));
    let preview = moderator
        .get(&format!("/moderation/fiches/{slug}/apercu"))
        .await;
    assert_eq!(preview.status(), 200);
    let preview = preview.text().await.unwrap();
    assert!(preview.contains("<strong>coopérative</strong>"), "rendered");
    assert!(
        !preview.contains("Claire, présidente"),
        "no referee in a preview"
    );
    let member = app.signed_in_as("membre@exemple.org", Role::Membre).await;
    assert_eq!(
        member
            .get(&format!("/moderation/fiches/{slug}/apercu"))
            .await
            .status(),
        403
    );
    app.stop().await;
}

async fn an_edit_of_a_published_profile_waits_for_approval(backend: Backend) {
    let app = app!(backend);
    let moderator = app
        .signed_in_as("moderation@exemple.org", Role::Moderateur)
        .await;
    let (provider, slug) = provider_with_complete_draft(&app, "coop@exemple.org").await;
    provider
        .submit(&format!("/espace-prestataire/fiches/{slug}/soumettre"), &[])
        .await;
    moderator
        .submit(
            &format!("/moderation/fiches/{slug}/decision"),
            &[("action", "approuver")],
        )
        .await;

    let edited = provider
        .post_form(
            &format!("/espace-prestataire/fiches/{slug}/identite"),
            &[
                ("name", "Coop Libre Bretagne"),
                ("pitch", "Nouvelle présentation, encore en relecture."),
            ],
        )
        .await;
    assert_eq!(edited.status(), 303);
    app.refresh().await;
    let public = app
        .visitor()
        .get(&format!("/annuaire/{slug}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        public.contains("Nous accompagnons les associations bretonnes"),
        "the published version stays"
    );
    assert!(!public.contains("Nouvelle présentation"));
    let overview = provider
        .get(&format!("/espace-prestataire/fiches/{slug}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(overview.contains("pas encore publiées"));

    provider
        .submit(&format!("/espace-prestataire/fiches/{slug}/soumettre"), &[])
        .await;
    let review = moderator
        .get(&format!("/moderation/fiches/{slug}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(review.contains("Nouvelle version") && review.contains("class=\"changed\""));
    assert!(review.contains("Nouvelle présentation, encore en relecture."));
    moderator
        .submit(
            &format!("/moderation/fiches/{slug}/decision"),
            &[("action", "approuver")],
        )
        .await;
    app.refresh().await;
    let public = app
        .visitor()
        .get(&format!("/annuaire/{slug}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(public.contains("Nouvelle présentation, encore en relecture."));
    app.stop().await;
}

async fn pause_suspend_and_reinstate(backend: Backend) {
    let app = app!(backend);
    let moderator = app
        .signed_in_as("moderation@exemple.org", Role::Moderateur)
        .await;
    let (provider, slug) = provider_with_complete_draft(&app, "coop@exemple.org").await;
    provider
        .submit(&format!("/espace-prestataire/fiches/{slug}/soumettre"), &[])
        .await;
    moderator
        .submit(
            &format!("/moderation/fiches/{slug}/decision"),
            &[("action", "approuver")],
        )
        .await;
    app.refresh().await;
    assert_eq!(listed(&app, "").await, 1);

    let paused = provider
        .post_form(
            &format!("/espace-prestataire/fiches/{slug}/disponibilite"),
            &[("availability", "en-pause")],
        )
        .await;
    assert_eq!(paused.status(), 303);
    app.refresh().await;
    assert_eq!(
        listed(&app, "").await,
        0,
        "a paused profile is hidden from search"
    );
    assert_eq!(
        listed(&app, "?disponibilite=en-pause").await,
        1,
        "unless asked for"
    );
    assert_eq!(
        app.visitor()
            .get(&format!("/annuaire/{slug}"))
            .await
            .status(),
        200,
        "its page stays"
    );
    provider
        .submit(
            &format!("/espace-prestataire/fiches/{slug}/disponibilite"),
            &[("availability", "disponible")],
        )
        .await;
    app.refresh().await;
    assert_eq!(listed(&app, "").await, 1);

    let no_reason = moderator
        .post_form(
            &format!("/moderation/fiches/{slug}/decision"),
            &[("action", "suspendre")],
        )
        .await;
    assert_eq!(no_reason.status(), 422);
    let suspended = moderator
        .post_form(
            &format!("/moderation/fiches/{slug}/decision"),
            &[
                ("action", "suspendre"),
                (
                    "message",
                    "Plusieurs associations signalent des factures impayées.",
                ),
            ],
        )
        .await;
    assert_eq!(suspended.status(), 303);
    app.refresh().await;
    assert_eq!(
        app.visitor()
            .get(&format!("/annuaire/{slug}"))
            .await
            .status(),
        404
    );
    let mail = app.nth_email_to("coop@exemple.org", 2).await;
    assert!(mail.text.contains("factures impayées"));
    let blocked = provider
        .post_form(
            &format!("/espace-prestataire/fiches/{slug}/identite"),
            &[("name", "Autre nom")],
        )
        .await;
    assert_eq!(
        blocked.status(),
        409,
        "a suspended profile cannot be edited"
    );

    moderator
        .submit(
            &format!("/moderation/fiches/{slug}/decision"),
            &[("action", "retablir")],
        )
        .await;
    app.refresh().await;
    assert_eq!(
        app.visitor()
            .get(&format!("/annuaire/{slug}"))
            .await
            .status(),
        200
    );
    let journal = moderator
        .get("/moderation/journal")
        .await
        .text()
        .await
        .unwrap();
    for kind in [
        "Mise en pause",
        "Reprise",
        "Suspension",
        "Suspension levée",
        "factures impayées",
    ] {
        assert!(journal.contains(kind), "{kind} in the log");
    }
    app.stop().await;
}

async fn listed(app: &crate::harness::TestApp, query: &str) -> u64 {
    let path = format!("/api/v1/prestataires{query}");
    app.get_json(&path).await.1["total"].as_u64().unwrap()
}

async fn a_refusal_gives_its_reason_and_registration_can_ask_for_the_provider_role(
    backend: Backend,
) {
    let app = app!(backend);
    let visitor = app.visitor();
    let registered = visitor
        .post_form(
            "/inscription",
            &[
                ("email", "nouvelle@exemple.org"),
                ("password", crate::harness::PASSWORD),
                ("prestataire", "1"),
            ],
        )
        .await;
    assert_eq!(registered.status(), 303);
    app.wait_for_jobs().await;
    let account = app
        .db()
        .account_by_email(
            &essaim_domain::accounts::EmailAddress::parse("nouvelle@exemple.org").unwrap(),
        )
        .await
        .unwrap()
        .unwrap()
        .account;
    assert_eq!(account.role, Role::Prestataire, "asked at registration");

    let moderator = app
        .signed_in_as("moderation@exemple.org", Role::Moderateur)
        .await;
    let (provider, slug) = provider_with_complete_draft(&app, "coop@exemple.org").await;
    provider
        .submit(&format!("/espace-prestataire/fiches/{slug}/soumettre"), &[])
        .await;
    let no_reason = moderator
        .post_form(
            &format!("/moderation/fiches/{slug}/decision"),
            &[("action", "refuser")],
        )
        .await;
    assert_eq!(no_reason.status(), 422);
    assert!(
        no_reason
            .text()
            .await
            .unwrap()
            .contains("expliquez votre décision")
    );
    let refused = moderator
        .post_form(
            &format!("/moderation/fiches/{slug}/decision"),
            &[
                ("action", "refuser"),
                (
                    "message",
                    "Les deux projets sont des déploiements techniques sans accompagnement.",
                ),
            ],
        )
        .await;
    assert_eq!(refused.status(), 303);
    let mail = app.nth_email_to("coop@exemple.org", 1).await;
    assert!(mail.subject.contains("retenue") && mail.text.contains("déploiements techniques"));
    let overview = provider
        .get(&format!("/espace-prestataire/fiches/{slug}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(overview.contains("Refusée") && overview.contains("Raison du refus"));
    app.refresh().await;
    assert_eq!(
        app.visitor()
            .get(&format!("/annuaire/{slug}"))
            .await
            .status(),
        404
    );
    // The provider may rework the profile and submit it again.
    let edited = provider
        .post_form(
            &format!("/espace-prestataire/fiches/{slug}/identite"),
            &[
                ("name", "Coop Libre Bretagne"),
                ("pitch", "Accompagnement complet des associations."),
            ],
        )
        .await;
    assert_eq!(edited.status(), 303);
    assert_eq!(
        provider
            .post_form(&format!("/espace-prestataire/fiches/{slug}/soumettre"), &[])
            .await
            .status(),
        303
    );
    let journal = moderator
        .get("/moderation/journal")
        .await
        .text()
        .await
        .unwrap();
    assert!(journal.contains("Refus") && journal.contains("déploiements techniques"));
    app.stop().await;
}

//! The course joined to the rest: an association's plan suggests the
//! lessons that fit its items' statuses and the steps it has not ticked;
//! a provider's profile shows, if its managers choose, the courses they
//! completed.

use essaim_domain::accounts::Role;

use super::{answers, install, page, post, units};
use crate::harness::Backend;
use crate::{app, on_both_backends};

on_both_backends!(
    a_plan_suggests_the_lessons_that_fit_it,
    a_profile_shows_its_managers_courses_if_they_choose,
);

async fn a_plan_suggests_the_lessons_that_fit_it(backend: Backend) {
    let app = app!(backend);
    let member = app
        .signed_in_as("tresorier@exemple.org", Role::Membre)
        .await;
    let plan = crate::roadmap::association(&member, "Les Amis du Jardin").await;
    // No course published: nothing suggested.
    install(&app, false).await;
    let (_, before) = page(&member, &plan).await;
    assert!(!before.contains("Pour avancer : des leçons du parcours"));

    let moderator = app
        .signed_in_as("moderation@exemple.org", Role::Moderateur)
        .await;
    moderator
        .submit(
            "/moderation/parcours/transition-numerique",
            &[("decision", "publier"), ("etait", "brouillon")],
        )
        .await;
    member
        .submit(&plan, &crate::roadmap::item("en-test", &[]))
        .await;
    // Every step ticked but the training one.
    let mut steps: Vec<(&str, &str)> = essaim_domain::taxonomy::TransitionStep::ALL
        .iter()
        .filter(|s| s.slug() != "formation")
        .map(|s| ("etape", s.slug()))
        .collect();
    steps.push(("etape", "besoins"));
    member.submit(&format!("{plan}/etapes"), &steps).await;
    let (_, suggested) = page(&member, &plan).await;
    let section = &suggested[suggested
        .find("Pour avancer : des leçons du parcours")
        .expect("suggestions")..];
    // Items "en test" lead first to the lesson on leading change, which
    // also teaches the one step not ticked.
    let first = section.find("Mener le changement").expect("leading change");
    assert!(section[..first].matches("<li>").count() == 1, "{section}");
    assert!(section.contains("/parcours/transition-numerique/mener-le-changement"));
    assert!(section.contains("pour vos outils « En test »"), "{section}");
    assert!(section.contains("Tester avant de migrer"));
    app.stop().await;
}

async fn a_profile_shows_its_managers_courses_if_they_choose(backend: Backend) {
    let app = app!(backend);
    let course = install(&app, true).await;
    let (provider, slug) =
        crate::providers::provider_with_complete_draft(&app, "coop@exemple.org").await;
    crate::providers::publish(&app, &provider, &slug).await;
    let space = format!("/espace-prestataire/fiches/{slug}");
    let (_, overview) = page(&provider, &space).await;
    assert!(
        overview.contains("Aucun gestionnaire de cette fiche n&#39;a encore terminé de parcours.")
    );

    // The manager follows the whole course and asks for the attestation.
    let base = "/parcours/transition-numerique";
    for unit in units(&course) {
        if unit.questions.is_some() {
            post(
                &provider,
                &format!("{base}/{}", unit.slug),
                &answers(unit, true),
            )
            .await;
        } else {
            provider
                .submit(&format!("{base}/{}/terminee", unit.slug), &[])
                .await;
        }
    }
    provider
        .submit(
            &format!("{base}/attestation"),
            &[("nom", "Coop Libre Bretagne")],
        )
        .await;
    let public = format!("/annuaire/{slug}");
    let (_, before) = page(&app.visitor(), &public).await;
    assert!(
        !before.contains("Parcours suivis par l&#39;équipe"),
        "not until they choose"
    );

    // Another provider may not choose for them.
    let stranger = app
        .signed_in_as("autre@exemple.org", Role::Prestataire)
        .await;
    let refused = stranger
        .post_form(&format!("{space}/parcours"), &[("afficher", "oui")])
        .await;
    assert_eq!(refused.status(), 403);

    let (_, overview) = page(&provider, &space).await;
    assert!(overview.contains("Mener la transition numérique de son association"));
    provider
        .submit(&format!("{space}/parcours"), &[("afficher", "oui")])
        .await;
    let (_, shown) = page(&app.visitor(), &public).await;
    assert!(
        shown.contains("Parcours suivis par l&#39;équipe"),
        "{shown}"
    );
    assert!(shown.contains("/parcours/attestation/"));
    provider.submit(&format!("{space}/parcours"), &[]).await;
    let (_, hidden) = page(&app.visitor(), &public).await;
    assert!(!hidden.contains("Parcours suivis par l&#39;équipe"));
    app.stop().await;
}

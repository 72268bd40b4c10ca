//! Provider applications, moderation and freshness, on both databases.

mod contact;
mod lifecycle;
mod logo;
mod managers;
mod permissions;
mod profile_form;
mod refusals;

use essaim_domain::accounts::Role;

use crate::harness::{TestApp, Visitor};

/// The fields of every step of a complete profile, based in Rennes, with
/// two references.
pub fn complete_steps() -> Vec<(&'static str, Vec<(&'static str, &'static str)>)> {
    vec![
        (
            "identite",
            vec![
                ("name", "Coop Libre Bretagne"),
                (
                    "pitch",
                    "Nous accompagnons les associations bretonnes vers Nextcloud et les outils libres.",
                ),
                (
                    "description",
                    "Une **coopérative** de quatre personnes. Nos guides : www.coop-libre.example.org/guides",
                ),
                ("website", "https://coop-libre.example.org"),
                ("founded", "2016"),
            ],
        ),
        (
            "structure",
            vec![
                ("structure", "cooperative"),
                ("team_size", "2-5"),
                ("networks", "Framasoft, Alternatiba"),
            ],
        ),
        (
            "lieu",
            vec![
                ("commune_query", "35000"),
                ("regions", "53"),
                ("remote", "1"),
            ],
        ),
        (
            "offre",
            vec![
                ("support_types", "formation"),
                ("support_types", "migration"),
                ("association_sizes", "sans-salarie"),
                ("association_sizes", "1-9"),
                ("modalities", "distance"),
                ("tools", "nextcloud"),
                ("pricing_text", "Prix libre pour les petites associations"),
                ("pricing_flags", "prix-libre"),
            ],
        ),
        (
            "references",
            vec![
                ("ref1_association", "Les Amis du Jardin Partagé"),
                ("ref1_year", "2023"),
                (
                    "ref1_summary",
                    "Migration de Google Drive vers Nextcloud et formation des bénévoles",
                ),
                ("ref1_support_types", "migration"),
                ("ref1_tools", "nextcloud"),
                ("ref1_referee", "Claire, présidente, 06 00 00 00 01"),
                (
                    "ref2_association",
                    "Une association de 8 salarié·es du secteur social",
                ),
                ("ref2_year", "2024"),
                ("ref2_summary", "Formation à la visioconférence libre"),
                ("ref2_tools", "jitsi-meet"),
            ],
        ),
        ("contact", vec![("availability", "disponible")]),
    ]
}

/// A provider account, signed in, with a complete draft; returns its slug.
pub async fn provider_with_complete_draft(app: &TestApp, email: &str) -> (Visitor, String) {
    let provider = app.signed_in_as(email, Role::Prestataire).await;
    let created = provider
        .post_form(
            "/espace-prestataire/fiches",
            &[("name", "Coop Libre Bretagne")],
        )
        .await;
    assert_eq!(created.status(), 303);
    let location = created.headers()["location"].to_str().unwrap().to_string();
    let slug = location
        .trim_start_matches("/espace-prestataire/fiches/")
        .trim_end_matches("/identite")
        .to_string();
    for (step, fields) in complete_steps() {
        let response = provider
            .post_form(
                &format!("/espace-prestataire/fiches/{slug}/{step}"),
                &fields,
            )
            .await;
        let status = response.status();
        assert_eq!(
            status,
            303,
            "step {step}: {}",
            response.text().await.unwrap()
        );
    }
    (provider, slug)
}

/// Submits the profile and has a moderator approve it.
pub async fn publish(app: &TestApp, provider: &Visitor, slug: &str) {
    let moderator = app
        .signed_in_as(&format!("moderation-{slug}@exemple.org"), Role::Moderateur)
        .await;
    let submitted = provider
        .post_form(&format!("/espace-prestataire/fiches/{slug}/soumettre"), &[])
        .await;
    assert_eq!(submitted.status(), 303);
    let approved = moderator
        .post_form(
            &format!("/moderation/fiches/{slug}/decision"),
            &[("action", "approuver")],
        )
        .await;
    assert_eq!(approved.status(), 303);
    app.refresh().await;
}

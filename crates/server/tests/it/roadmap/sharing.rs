//! The plan beyond the members' space: public choices, exports, providers who can help.

use crate::harness::Backend;
use crate::{app, on_both_backends};
use essaim_domain::accounts::Role;

use super::*;

on_both_backends!(
    a_responsable_publishes_choices_and_members_export_the_plan,
    the_plan_leads_to_providers_nearby_and_a_prefilled_message,
);

async fn a_responsable_publishes_choices_and_members_export_the_plan(backend: Backend) {
    let app = app!(backend);
    let owner = app
        .signed_in_as("tresorier@exemple.org", Role::Membre)
        .await;
    let plan = association(&owner, "Club de handball").await;
    let space = plan.trim_end_matches("/feuille-de-route").to_string();
    assert_eq!(
        owner.post_form(&plan, &item("termine", &[])).await.status(),
        303
    );
    let private_note = "Mot de passe du bureau dans le classeur";
    assert_eq!(
        owner
            .post_form(
                &plan,
                &[
                    ("need", "visio"),
                    ("current_tool", "zoom"),
                    ("chosen_tool", "jitsi-meet"),
                    ("priority", "moyenne"),
                    ("status", "en-test"),
                    ("notes", private_note),
                ],
            )
            .await
            .status(),
        303
    );
    let ids: Vec<i64> = sqlx::query("SELECT id FROM roadmap_items ORDER BY id")
        .fetch_all(app.db().pool())
        .await
        .unwrap()
        .iter()
        .map(|r| sqlx::Row::get(r, 0))
        .collect();
    // Nothing public yet.
    assert_eq!(
        app.visitor()
            .get("/associations/club-de-handball/choix")
            .await
            .status(),
        404
    );

    // A plain member may read the plan but not publish.
    let member = {
        let invited = owner
            .post_form(
                &format!("{space}/invitations"),
                &[
                    ("invite_email", "benevole@exemple.org"),
                    ("invite_role", "membre"),
                ],
            )
            .await;
        assert_eq!(invited.status(), 303);
        let mail = app
            .settled_emails_to("benevole@exemple.org")
            .await
            .pop()
            .unwrap();
        let token = crate::harness::token_in(&mail.text, "/espace-association/invitation");
        let member = app.signed_in_as("benevole@exemple.org", Role::Membre).await;
        member
            .post_form("/espace-association/invitation", &[("jeton", &token)])
            .await;
        member
    };
    let publish = |id: i64| format!("{plan}/{id}/publier");
    assert_eq!(
        member
            .post_form(&publish(ids[0]), &[("public", "1")])
            .await
            .status(),
        403
    );
    assert_eq!(
        owner
            .post_form(&publish(ids[0]), &[("public", "1")])
            .await
            .status(),
        303
    );
    assert_eq!(
        owner
            .post_form(&publish(ids[1]), &[("public", "1")])
            .await
            .status(),
        303
    );
    assert_eq!(
        owner.post_form(&publish(ids[1]), &[]).await.status(),
        303,
        "taken back"
    );

    let public = app
        .visitor()
        .get("/associations/club-de-handball/choix")
        .await;
    assert_eq!(public.status(), 200);
    let public = public.text().await.unwrap();
    assert!(public.contains("Nos choix numériques"));
    assert!(public.contains("Google Drive → <a href=\"/catalogue/nextcloud\">Nextcloud</a>"));
    assert!(!public.contains("Jitsi"), "only what was published");
    assert!(
        !public.contains("tresorier@exemple.org") && !public.contains("2099"),
        "no people, no dates"
    );
    let start = public.find("application/ld+json\">").unwrap() + "application/ld+json\">".len();
    let end = start + public[start..].find("</script>").unwrap();
    let json_ld: serde_json::Value = serde_json::from_str(&public[start..end]).unwrap();
    assert_eq!(json_ld["@type"], "NGO");
    assert_eq!(
        json_ld["subjectOf"]["itemListElement"][0]["item"]["name"],
        "Nextcloud"
    );

    // The tool's page names the association that chose it.
    let tool = app.get("/catalogue/nextcloud").await.text().await.unwrap();
    assert!(tool.contains("href=\"/associations/club-de-handball/choix\""));

    // Exports, for the general assembly, to members only.
    let markdown = member.get(&format!("{plan}.md")).await;
    assert_eq!(markdown.status(), 200);
    assert!(
        markdown.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .contains("feuille-de-route-club-de-handball.md")
    );
    let markdown = markdown.text().await.unwrap();
    assert!(markdown.starts_with("# Feuille de route — Club de handball"));
    assert!(markdown.contains("### Partage et stockage de fichiers"));
    assert!(markdown.contains("- Outil libre choisi : Nextcloud"));
    assert!(markdown.contains("- [ ] 1. Recenser les besoins et les outils"));
    let csv = member
        .get(&format!("{plan}.csv"))
        .await
        .bytes()
        .await
        .unwrap();
    assert!(csv.starts_with(b"\xEF\xBB\xBF"), "a BOM for spreadsheets");
    let csv = String::from_utf8_lossy(&csv);
    assert!(
        csv.contains("Visioconférence;Zoom;Jitsi Meet;En test;Moyenne"),
        "{csv}"
    );
    assert!(csv.contains(private_note));
    let print = member
        .get(&format!("{plan}/imprimer"))
        .await
        .text()
        .await
        .unwrap();
    assert!(print.contains("Jitsi Meet") && print.contains("Ctrl+P"));

    let stranger = app.signed_in_as("ailleurs@exemple.org", Role::Membre).await;
    for path in [
        format!("{plan}.md"),
        format!("{plan}.csv"),
        format!("{plan}/imprimer"),
    ] {
        assert_eq!(stranger.get(&path).await.status(), 403, "{path}");
    }
    app.stop().await;
}

async fn the_plan_leads_to_providers_nearby_and_a_prefilled_message(backend: Backend) {
    let app = app!(backend);
    app.import(&essaim_server::demo_data(72, 2026)).await;
    // Profiles nobody manages relay their messages to the moderators.
    app.signed_in_as("moderation@exemple.org", Role::Moderateur)
        .await;
    let me = app
        .signed_in_as("tresorier@exemple.org", Role::Membre)
        .await;
    let plan = association(&me, "Club de handball").await;
    assert_eq!(
        me.post_form(&plan, &item("a-faire", &[])).await.status(),
        303
    );

    let help = me.get(&format!("{plan}/aide")).await;
    assert_eq!(help.status(), 200);
    let help = help.text().await.unwrap();
    assert!(help.contains("Outils recherchés : Nextcloud"));
    // The same providers as the directory gives for the tool in the
    // association's département.
    let (_, listed) = app
        .get_json("/api/v1/prestataires?outil=nextcloud&departement=35&tri=nom")
        .await;
    let names: Vec<String> = listed["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap().replace('\'', "&#39;"))
        .collect();
    assert!(!names.is_empty());
    let proposed: Vec<&str> = help
        .split("<h2 class=\"tool-name\"><a href=\"/annuaire/")
        .skip(1)
        .map(|part| {
            let start = part.find("\">").unwrap() + 2;
            &part[start..start + part[start..].find("</a>").unwrap()]
        })
        .collect();
    assert!(!proposed.is_empty());
    for name in &proposed {
        assert!(
            names.iter().any(|n| n == name),
            "{name} covers Ille-et-Vilaine"
        );
    }
    // Those who can come first; among them, those who offer what the
    // stage needs (setting up, moving).
    let cards: Vec<(bool, bool)> = help
        .split("<li class=\"card\">")
        .skip(1)
        .map(|card| {
            let km: i64 = card
                .split("· à ")
                .nth(1)
                .map(|part| part[..part.find(" km").unwrap()].parse().unwrap())
                .unwrap_or(i64::MAX);
            (
                km <= 100,
                card.contains("propose l&#39;accompagnement dont cette étape a besoin"),
            )
        })
        .collect();
    assert!(cards.windows(2).all(|w| w[0] >= w[1]), "{cards:?}");
    assert!(cards.iter().any(|(_, fits)| *fits), "{cards:?}");

    // One click to the contact form, with the plan in it.
    let first = help
        .split("href=\"/annuaire/")
        .nth(1)
        .map(|part| part[..part.find('"').unwrap()].to_string())
        .unwrap();
    let contact = help[help.find("?plan=club-de-handball#contact").unwrap() - 60..]
        .split("href=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .replace("&amp;", "&");
    assert!(
        contact.starts_with(&format!("/annuaire/{first}")),
        "{contact}"
    );
    let form = me.get(&contact).await.text().await.unwrap();
    assert!(form.contains("Nous sommes Club de handball (sans salarié·e), à Vitré (35)"));
    assert!(
        form.contains("- Partage et stockage de fichiers : Google Drive → Nextcloud (à faire)")
    );
    assert!(
        form.contains("value=\"Club de handball\""),
        "the association's name"
    );
    // Sent through the relay as it stands: the moderators receive it.
    let sent = me
        .post_form(
            &format!("/annuaire/{first}/contact"),
            &[
                ("contact_name", "Camille, trésorier"),
                ("contact_sender", "tresorier@exemple.org"),
                ("contact_association", "Club de handball"),
                (
                    "contact_message",
                    "Bonjour,\n\nNous sommes Club de handball. Google Drive → Nextcloud (à faire).",
                ),
            ],
        )
        .await;
    assert_eq!(sent.status(), 303);
    let relayed = app.settled_emails_to("moderation@exemple.org").await;
    assert!(
        relayed
            .iter()
            .any(|m| m.text.contains("Google Drive → Nextcloud"))
    );

    // Anyone else gets the form as usual, and no plan.
    let stranger = app.signed_in_as("ailleurs@exemple.org", Role::Membre).await;
    let form = stranger.get(&contact).await.text().await.unwrap();
    assert!(!form.contains("Nous sommes Club de handball"));
    assert_eq!(stranger.get(&format!("{plan}/aide")).await.status(), 403);
    app.stop().await;
}

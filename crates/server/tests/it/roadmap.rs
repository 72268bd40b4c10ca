//! An association's roadmap: members add tools to replace, move them
//! through statuses with a dated history, tick the steps of a transition;
//! bad input is named and nothing is written; nobody outside the
//! association reads or changes it (403).

use essaim_domain::accounts::Role;

use crate::harness::{Backend, TestApp, Visitor};
use crate::{app, on_both_backends};

on_both_backends!(
    members_build_the_plan_and_follow_its_history,
    bad_items_are_named_and_nothing_is_written,
    nobody_outside_the_association_reads_or_changes_the_plan,
    a_responsable_publishes_choices_and_members_export_the_plan,
    the_plan_leads_to_providers_nearby_and_a_prefilled_message,
);

/// Creates an association through its form; returns its plan's path.
async fn association(visitor: &Visitor, name: &str) -> String {
    let created = visitor
        .post_form(
            "/espace-association",
            &[
                ("name", name),
                ("size", "sans-salarie"),
                ("commune_query", "Vitré (35500)"),
            ],
        )
        .await;
    assert_eq!(created.status(), 303);
    let space = created.headers()["location"].to_str().unwrap();
    format!("{}/feuille-de-route", space.split('?').next().unwrap())
}

fn item<'a>(status: &'a str, extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut fields = vec![
        ("need", "partage-fichiers"),
        ("current_tool", "google-drive"),
        ("chosen_tool", "nextcloud"),
        ("priority", "haute"),
        ("status", status),
        ("target_date", "2099-06-30"),
        ("notes", "Commencer par le bureau."),
    ];
    fields.extend_from_slice(extra);
    fields
}

async fn item_count(app: &TestApp) -> i64 {
    sqlx::Row::get(
        &sqlx::query("SELECT COUNT(*) FROM roadmap_items")
            .fetch_one(app.db().pool())
            .await
            .unwrap(),
        0,
    )
}

async fn members_build_the_plan_and_follow_its_history(backend: Backend) {
    let app = app!(backend);
    let me = app
        .signed_in_as("tresorier@exemple.org", Role::Membre)
        .await;
    let plan = association(&me, "Club de handball").await;
    let page = me.get(&plan).await.text().await.unwrap();
    assert!(page.contains("Aucun élément pour l&#39;instant"));

    let added = me.post_form(&plan, &item("a-faire", &[])).await;
    assert_eq!(added.status(), 303);
    let page = me
        .get(&format!("{plan}?fait=ajoute"))
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("L&#39;outil est ajouté"));
    assert!(page.contains("Google Drive → <a href=\"/catalogue/nextcloud\">Nextcloud</a>"));
    assert!(page.contains("<svg class=\"progress-chart\""));
    let id: i64 = sqlx::Row::get(
        &sqlx::query("SELECT id FROM roadmap_items")
            .fetch_one(app.db().pool())
            .await
            .unwrap(),
        0,
    );
    let item_path = format!("{plan}/{id}");
    for status in ["en-test", "termine"] {
        assert_eq!(
            me.post_form(&item_path, &item(status, &[])).await.status(),
            303
        );
    }
    // A note changed alone leaves the history as it is.
    let mut note = item("termine", &[]);
    note.retain(|(k, _)| *k != "notes");
    note.push(("notes", "Fait en mars."));
    assert_eq!(me.post_form(&item_path, &note).await.status(), 303);
    let page = me.get(&item_path).await.text().await.unwrap();
    let start = page.find("id=\"historique\"").unwrap();
    let history = &page[start..start + page[start..].find("</ol>").unwrap()];
    assert_eq!(history.matches("<li>").count(), 3, "{history}");
    assert!(
        history.contains("À faire") && history.contains("En test") && history.contains("Terminé")
    );

    // Kept on purpose, with the reason, in a second item.
    let kept = me
        .post_form(
            &plan,
            &[
                ("need", "reseaux-sociaux"),
                ("current_tool", "facebook"),
                ("priority", "basse"),
                ("status", "conserve"),
                ("reason", "Facebook, pour toucher notre public"),
            ],
        )
        .await;
    assert_eq!(kept.status(), 303);
    let page = me.get(&plan).await.text().await.unwrap();
    assert!(
        page.contains("Terminé : 1") && page.contains("Conservé : 1"),
        "the chart's words"
    );
    assert!(page.contains("Facebook, pour toucher notre public"));
    assert!(
        page.find("Partage et stockage").unwrap() < page.find("Réseaux sociaux").unwrap(),
        "the most urgent first"
    );

    // The steps of a transition.
    let steps = me
        .post_form(
            &format!("{plan}/etapes"),
            &[("etape", "besoins"), ("etape", "choix-outils")],
        )
        .await;
    assert_eq!(steps.status(), 303);
    let page = me.get(&plan).await.text().await.unwrap();
    assert!(page.contains("id=\"etape-besoins\" name=\"etape\" value=\"besoins\" checked"));
    assert!(!page.contains("value=\"formation\" checked"));
    me.post_form(&format!("{plan}/etapes"), &[("etape", "choix-outils")])
        .await;
    let page = me.get(&plan).await.text().await.unwrap();
    assert!(!page.contains("value=\"besoins\" checked"), "unticked");

    // A date passed since it was set stays when something else changes.
    sqlx::query("UPDATE roadmap_items SET target_date = '2020-01-01' WHERE id = $1")
        .bind(id)
        .execute(app.db().pool())
        .await
        .unwrap();
    let mut old_date = item("termine", &[]);
    old_date.retain(|(k, _)| *k != "target_date");
    old_date.push(("target_date", "2020-01-01"));
    assert_eq!(me.post_form(&item_path, &old_date).await.status(), 303);

    // The person's export holds the plan and its history.
    let export: serde_json::Value = me.get("/compte/export").await.json().await.unwrap();
    let items = export["associations"][0]["roadmap"].as_array().unwrap();
    assert_eq!(items.len(), 2);
    assert_eq!(items[0]["chosen_tool"], "nextcloud");
    assert_eq!(items[0]["history"].as_array().unwrap().len(), 3);

    // The only association: /feuille-de-route leads to its plan.
    let mine = me.get("/feuille-de-route").await;
    assert_eq!(mine.headers()["location"], plan.as_str());
    assert_eq!(
        me.post_form(&format!("{item_path}/supprimer"), &[])
            .await
            .status(),
        303
    );
    assert_eq!(item_count(&app).await, 1);
    app.stop().await;
}

async fn bad_items_are_named_and_nothing_is_written(backend: Backend) {
    let app = app!(backend);
    let me = app
        .signed_in_as("tresorier@exemple.org", Role::Membre)
        .await;
    let plan = association(&me, "Club de handball").await;
    let stranger_id = {
        app.signed_in_as("ailleurs@exemple.org", Role::Membre).await;
        let address = essaim_domain::accounts::EmailAddress::parse("ailleurs@exemple.org").unwrap();
        app.db()
            .account_by_email(&address)
            .await
            .unwrap()
            .unwrap()
            .account
            .id
            .to_string()
    };
    let cases: Vec<(Vec<(&str, &str)>, &str)> = vec![
        (
            item("conserve", &[]),
            "dites pourquoi l&#39;outil est conservé",
        ),
        (
            item("a-faire", &[])
                .into_iter()
                .map(|(k, v)| {
                    if k == "target_date" {
                        (k, "2020-05-01")
                    } else {
                        (k, v)
                    }
                })
                .collect(),
            "la date visée (2020-05-01) est déjà passée",
        ),
        (
            item("a-faire", &[])
                .into_iter()
                .map(|(k, v)| {
                    if k == "target_date" {
                        (k, "31/02/2027")
                    } else {
                        (k, v)
                    }
                })
                .collect(),
            "n&#39;est pas une date",
        ),
        (
            item("a-faire", &[])
                .into_iter()
                .map(|(k, v)| {
                    if k == "need" {
                        (k, "teleportation")
                    } else {
                        (k, v)
                    }
                })
                .collect(),
            "le besoin « teleportation » n&#39;est pas dans le catalogue",
        ),
        (
            item("a-faire", &[])
                .into_iter()
                .map(|(k, v)| {
                    if k == "chosen_tool" {
                        (k, "gmail")
                    } else {
                        (k, v)
                    }
                })
                .collect(),
            "« gmail » n&#39;est pas un logiciel libre du catalogue",
        ),
        (
            item("a-faire", &[])
                .into_iter()
                .map(|(k, v)| if k == "status" { (k, "fini") } else { (k, v) })
                .collect(),
            "choisissez une valeur de la liste",
        ),
        (
            item("a-faire", &[("owner", stranger_id.as_str())]),
            "ne fait pas partie de l&#39;association",
        ),
    ];
    for (fields, message) in &cases {
        let refused = me.post_form(&plan, fields).await;
        assert_eq!(refused.status(), 422, "{message}");
        let page = refused.text().await.unwrap();
        assert!(page.contains(message), "{message}");
        assert!(
            page.contains("Commencer par le bureau."),
            "what was typed stays"
        );
    }
    assert_eq!(item_count(&app).await, 0, "nothing written");
    app.stop().await;
}

async fn nobody_outside_the_association_reads_or_changes_the_plan(backend: Backend) {
    let app = app!(backend);
    let owner = app
        .signed_in_as("tresorier@exemple.org", Role::Membre)
        .await;
    let plan = association(&owner, "Club de handball").await;
    assert_eq!(
        owner
            .post_form(&plan, &item("en-cours", &[]))
            .await
            .status(),
        303
    );
    let id: i64 = sqlx::Row::get(
        &sqlx::query("SELECT id FROM roadmap_items")
            .fetch_one(app.db().pool())
            .await
            .unwrap(),
        0,
    );
    let other = app
        .signed_in_as("voisin@exemple.org", Role::Moderateur)
        .await;
    let other_plan = association(&other, "Chorale du quartier").await;

    for path in [plan.clone(), format!("{plan}/{id}")] {
        assert_eq!(other.get(&path).await.status(), 403, "{path}");
    }
    for path in [
        plan.clone(),
        format!("{plan}/{id}"),
        format!("{plan}/{id}/supprimer"),
        format!("{plan}/etapes"),
        // Through their own association's address, the item is not theirs.
        format!("{other_plan}/{id}"),
        format!("{other_plan}/{id}/supprimer"),
    ] {
        let refused = other
            .post_form(&path, &item("termine", &[("etape", "besoins")]))
            .await;
        assert_eq!(refused.status(), 403, "{path}");
    }
    let row = app.db().roadmap_item(id).await.unwrap().unwrap();
    assert_eq!(row.item.status.slug(), "en-cours", "unchanged");
    assert_eq!(item_count(&app).await, 1);
    let signed_out = app.visitor().get(&plan).await;
    assert_eq!(signed_out.status(), 303);
    app.stop().await;
}

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
    // Those who can come first.
    let distances: Vec<i64> = help
        .split("· à ")
        .skip(1)
        .map(|part| part[..part.find(" km").unwrap()].parse().unwrap())
        .collect();
    let nearby: Vec<bool> = distances.iter().map(|d| *d <= 100).collect();
    assert!(nearby.windows(2).all(|w| w[0] >= w[1]), "{distances:?}");

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

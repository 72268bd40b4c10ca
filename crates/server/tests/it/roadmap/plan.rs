//! Building the plan: items, statuses and their history, steps, bad input and who may touch it.

use crate::harness::Backend;
use crate::{app, on_both_backends};
use essaim_domain::accounts::Role;

use super::*;

on_both_backends!(
    members_build_the_plan_and_follow_its_history,
    bad_items_are_named_and_nothing_is_written,
    nobody_outside_the_association_reads_or_changes_the_plan,
);

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

//! An association's roadmap: members add tools to replace, move them
//! through statuses with a dated history, tick the steps of a transition;
//! bad input is named and nothing is written; nobody outside the
//! association reads or changes it (403).

mod plan;
mod sharing;

use crate::harness::{TestApp, Visitor};

/// Creates an association through its form; returns its plan's path.
pub(super) async fn association(visitor: &Visitor, name: &str) -> String {
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

pub(super) fn item<'a>(status: &'a str, extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
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

pub(super) async fn item_count(app: &TestApp) -> i64 {
    sqlx::Row::get(
        &sqlx::query("SELECT COUNT(*) FROM roadmap_items")
            .fetch_one(app.db().pool())
            .await
            .unwrap(),
        0,
    )
}

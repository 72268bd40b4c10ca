//! Pooled needs: proposed with their forum topic, joined by associations
//! (counted by size and région), a specification with its history, the
//! statuses their author or moderators move (`needs.rs`); providers'
//! quotes, votes, the campaign with its pledges in whole cents, reached or
//! released once, with its emails and public ledger (`campaigns.rs`,
//! `once.rs`);
//! shared maintenance (`maintenance.rs`); the API (`api.rs`).

mod api;
mod campaigns;
mod maintenance;
mod needs;
mod once;

use essaim_domain::accounts::Role;

use crate::harness::{TestApp, Visitor};

/// A member who creates an association (size and commune as its form
/// takes them); returns them and the association's slug.
pub(crate) async fn association(
    app: &TestApp,
    email: &str,
    name: &str,
    size: &str,
    commune: &str,
) -> (Visitor, String) {
    let member = app.signed_in_as(email, Role::Membre).await;
    let slug = create_association(&member, name, size, commune).await;
    (member, slug)
}

/// The three associations the tests pool with: two without staff in
/// Brittany, a school of music with staff in Burgundy.
pub(crate) async fn garden(app: &TestApp) -> (Visitor, String) {
    association(
        app,
        "tresorier@jardin.example",
        "Les Amis du Jardin",
        "sans-salarie",
        "Vitré (35500)",
    )
    .await
}

pub(crate) async fn school(app: &TestApp) -> (Visitor, String) {
    association(
        app,
        "bureau@ecole.example",
        "École de musique",
        "1-9",
        "Dijon (21000)",
    )
    .await
}

pub(crate) async fn theatre(app: &TestApp) -> (Visitor, String) {
    association(
        app,
        "bureau@theatre.example",
        "Théâtre du Pont",
        "sans-salarie",
        "Rennes (35000)",
    )
    .await
}

async fn create_association(member: &Visitor, name: &str, size: &str, commune: &str) -> String {
    let created = member
        .post_form(
            "/espace-association",
            &[("name", name), ("size", size), ("commune_query", commune)],
        )
        .await;
    assert_eq!(created.status(), 303, "{}", created.text().await.unwrap());
    let space = created.headers()["location"].to_str().unwrap().to_string();
    space
        .split('?')
        .next()
        .unwrap()
        .trim_start_matches("/espace-association/")
        .to_string()
}

/// Proposes a need for the association; returns its page's path.
pub(super) async fn propose(member: &Visitor, association: &str, title: &str) -> String {
    let handle = format!("membre{}", association.len() + title.len());
    let response = member
        .submit(
            "/mutualisation/proposer",
            &[
                ("association", association),
                ("titre", title),
                (
                    "description",
                    "Nos adhérents renouvellent leur adhésion sur papier : nous voulons un formulaire en ligne relié à la comptabilité.",
                ),
                ("logiciel", "paheko"),
                ("type", "fonctionnalite"),
                ("handle", &handle),
                ("display_name", "Trésorerie"),
            ],
        )
        .await;
    let location = response.headers()["location"].to_str().unwrap();
    location.split('?').next().unwrap().to_string()
}

/// The page's HTML and its status.
pub(crate) async fn page(visitor: &Visitor, path: &str) -> (u16, String) {
    let response = visitor.get(path).await;
    let status = response.status().as_u16();
    (status, response.text().await.unwrap())
}

pub(super) async fn count(app: &TestApp, sql: &str) -> i64 {
    sqlx::Row::get(
        &sqlx::query(sql).fetch_one(app.db().pool()).await.unwrap(),
        0,
    )
}

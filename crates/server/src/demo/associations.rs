//! Three fictional associations, made as their members would: a local
//! currency run by two volunteers, a sports club without staff, and a
//! neighbourhood centre with employees. The demonstration's member account
//! runs the first and belongs to the second.

use anyhow::Context;
use essaim_app::App;
use essaim_app::accounts::create_admin::create_account;
use essaim_app::associations::create::create;
use essaim_domain::accounts::Role;
use essaim_domain::associations::AssociationDetails;
use essaim_domain::taxonomy::{AssociationField, AssociationSize, MemberRole};
use essaim_store::Account;

use super::DEMO_PASSWORD;

struct DemoAssociation {
    name: &'static str,
    size: AssociationSize,
    /// INSEE code.
    commune: &'static str,
    field: AssociationField,
    website: Option<&'static str>,
    /// Who created it (and so runs it).
    founder: &'static str,
    /// The others and their role.
    members: &'static [(&'static str, MemberRole)],
}

const MEMBER: &str = "membre@essaim.example";

const ASSOCIATIONS: &[DemoAssociation] = &[
    DemoAssociation {
        name: "Monnaie locale du Pays de Rance",
        size: AssociationSize::Small,
        commune: "22050",
        field: AssociationField::LocalEconomy,
        website: Some("https://monnaie-rance.example.org"),
        founder: MEMBER,
        members: &[("tresoriere.rance@essaim.example", MemberRole::Responsable)],
    },
    DemoAssociation {
        name: "Club de handball de Vitré",
        size: AssociationSize::NoStaff,
        commune: "35360",
        field: AssociationField::Sport,
        website: None,
        founder: "tresorier.handball@essaim.example",
        members: &[(MEMBER, MemberRole::Member)],
    },
    DemoAssociation {
        name: "Maison de quartier des Lices",
        size: AssociationSize::Medium,
        commune: "35238",
        field: AssociationField::Social,
        website: Some("https://maison-des-lices.example.org"),
        founder: "coordination.lices@essaim.example",
        members: &[("animation.lices@essaim.example", MemberRole::Member)],
    },
];

pub async fn load(app: &App) -> anyhow::Result<()> {
    for demo in ASSOCIATIONS {
        let founder = account(app, demo.founder).await?;
        let details = AssociationDetails {
            name: demo.name.into(),
            size: Some(demo.size),
            commune: demo.commune.into(),
            field: Some(demo.field),
            website: demo.website.map(String::from),
        };
        let slug = create(app, &founder, &details, "")
            .await
            .with_context(|| format!("association de démonstration {}", demo.name))?;
        let row = app
            .db()
            .association_by_slug(&slug)
            .await?
            .context("association de démonstration introuvable")?;
        let mut members = Vec::new();
        for (email, role) in demo.members {
            members.push((account(app, email).await?, *role));
        }
        let mut tx = app.db().begin().await?;
        for (member, role) in members {
            tx.add_association_member(row.id, member.id, role, essaim_app::now())
                .await?;
        }
        tx.commit().await?;
    }
    Ok(())
}

/// The account of `email`, created with the demonstration's password if it
/// does not exist yet.
async fn account(app: &App, email: &str) -> anyhow::Result<Account> {
    let address = essaim_domain::accounts::EmailAddress::parse(email).context("adresse")?;
    if let Some(found) = app.db().account_by_email(&address).await? {
        return Ok(found.account);
    }
    let id = create_account(app.db(), email, Role::Membre, DEMO_PASSWORD).await?;
    app.db()
        .account_by_id(id)
        .await?
        .context("compte de démonstration")
}

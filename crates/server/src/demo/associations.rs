//! Three fictional associations, made as their members would: a local
//! currency run by two volunteers, a sports club without staff, and a
//! neighbourhood centre with employees. The demonstration's member account
//! runs the first and belongs to the second. Their roadmaps stand at
//! three stages: well under way, begun, not started.

use anyhow::Context;
use essaim_app::App;
use essaim_app::accounts::create_admin::create_account;
use essaim_app::associations::create::create;
use essaim_domain::accounts::Role;
use essaim_domain::associations::AssociationDetails;
use essaim_domain::date::Date;
use essaim_domain::roadmap::Item;
use essaim_domain::taxonomy::{
    AssociationField, AssociationSize, ItemStatus, MemberRole, Priority, TransitionStep,
};
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
    /// Its roadmap, and the steps of the transition it went through.
    plan: &'static [DemoItem],
    steps_done: &'static [TransitionStep],
}

/// An item of a demonstration plan; its target is so many days away.
struct DemoItem {
    need: &'static str,
    current: Current,
    chosen: Option<&'static str>,
    priority: Priority,
    status: ItemStatus,
    reason: Option<&'static str>,
    in_days: Option<i64>,
    /// On the association's public page.
    public: bool,
}

enum Current {
    Catalogue(&'static str),
    Words(&'static str),
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
        // The local currency's story: files half moved, video calls done,
        // the computers next, the transactions tool kept for now.
        plan: &[
            DemoItem {
                need: "partage-fichiers",
                current: Current::Catalogue("google-drive"),
                chosen: Some("nextcloud"),
                priority: Priority::High,
                status: ItemStatus::Partial,
                reason: None,
                in_days: Some(60),
                public: true,
            },
            DemoItem {
                need: "visio",
                current: Current::Catalogue("zoom"),
                chosen: Some("bigbluebutton"),
                priority: Priority::High,
                status: ItemStatus::Done,
                reason: None,
                in_days: None,
                public: true,
            },
            DemoItem {
                need: "systeme-poste",
                current: Current::Catalogue("windows"),
                chosen: Some("linux-mint"),
                priority: Priority::Medium,
                status: ItemStatus::ToDo,
                reason: None,
                in_days: Some(180),
                public: false,
            },
            DemoItem {
                need: "adherents-compta",
                current: Current::Words("L'outil de transactions du réseau des monnaies locales"),
                chosen: None,
                priority: Priority::Low,
                status: ItemStatus::Kept,
                reason: Some(
                    "Partagé avec les autres monnaies du réseau : gardé tant qu'elles l'utilisent",
                ),
                in_days: None,
                public: false,
            },
        ],
        steps_done: &[
            TransitionStep::Needs,
            TransitionStep::Awareness,
            TransitionStep::Strategy,
            TransitionStep::ToolChoice,
        ],
    },
    DemoAssociation {
        name: "Club de handball de Vitré",
        size: AssociationSize::NoStaff,
        commune: "35360",
        field: AssociationField::Sport,
        website: None,
        founder: "tresorier.handball@essaim.example",
        members: &[(MEMBER, MemberRole::Member)],
        plan: &[
            DemoItem {
                need: "messagerie",
                current: Current::Catalogue("gmail"),
                chosen: Some("roundcube"),
                priority: Priority::High,
                status: ItemStatus::Testing,
                reason: None,
                in_days: Some(45),
                public: false,
            },
            DemoItem {
                need: "messagerie-instantanee",
                current: Current::Catalogue("whatsapp"),
                chosen: Some("signal"),
                priority: Priority::Medium,
                status: ItemStatus::ToDo,
                reason: None,
                in_days: Some(90),
                public: false,
            },
            DemoItem {
                need: "reseaux-sociaux",
                current: Current::Catalogue("facebook"),
                chosen: None,
                priority: Priority::Low,
                status: ItemStatus::Kept,
                reason: Some("Facebook, pour toucher notre public"),
                in_days: None,
                public: false,
            },
        ],
        steps_done: &[TransitionStep::Needs],
    },
    DemoAssociation {
        name: "Maison de quartier des Lices",
        size: AssociationSize::Medium,
        commune: "35238",
        field: AssociationField::Social,
        website: Some("https://maison-des-lices.example.org"),
        founder: "coordination.lices@essaim.example",
        members: &[("animation.lices@essaim.example", MemberRole::Member)],
        // Just starting: no plan yet.
        plan: &[],
        steps_done: &[],
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
        let today = app.today();
        for step in demo.plan {
            let item = step.item(today);
            let id = essaim_app::roadmap::add(app, &founder, &slug, &item)
                .await
                .with_context(|| format!("feuille de route de démonstration {}", demo.name))?;
            if step.public {
                essaim_app::roadmap::publish(app, &founder, &slug, id, true).await?;
            }
        }
        for step in demo.steps_done {
            essaim_app::roadmap::set_step(app, &founder, &slug, Some(*step), true).await?;
        }
    }
    Ok(())
}

impl DemoItem {
    fn item(&self, today: Date) -> Item {
        let (current_tool, current_other) = match self.current {
            Current::Catalogue(slug) => (Some(slug.to_string()), None),
            Current::Words(words) => (None, Some(words.to_string())),
        };
        Item {
            need: self.need.into(),
            current_tool,
            current_other,
            chosen_tool: self.chosen.map(String::from),
            priority: self.priority,
            status: self.status,
            reason: self.reason.map(String::from),
            target_date: self
                .in_days
                .map(|days| Date::from_unix(today.to_unix() + days * 86_400)),
            owner_id: None,
            notes: String::new(),
        }
    }
}

/// The account of `email`, created with the demonstration's password if it
/// does not exist yet.
pub(super) async fn account(app: &App, email: &str) -> anyhow::Result<Account> {
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

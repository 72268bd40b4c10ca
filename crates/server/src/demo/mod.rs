//! Demonstration data: fictional but realistic providers, loaded by
//! `serve --demo` into an empty database only, with one account per role so
//! that a newcomer can try every side; and providers generated in any number
//! for benchmarks (`essaim demo-data --count N`).

mod generator;
mod words;

use anyhow::Context;
use essaim_app::accounts::create_admin::create_account;
use essaim_domain::accounts::Role;
use essaim_domain::taxonomy::ProviderStatus;
use essaim_store::{Database, ProviderUpdate, PublicEffect};

pub use generator::generate;

/// How many providers `serve --demo` loads.
pub const DEMO_PROVIDERS: usize = 72;

/// The accounts of the demonstration, all with [`DEMO_PASSWORD`]. The
/// moderators receive the messages of the profiles nobody manages; the
/// provider manages the first profile. No administrator: `serve` says how
/// to create one.
pub const DEMO_ACCOUNTS: [(&str, Role); 3] = [
    ("moderation@essaim.example", Role::Moderateur),
    ("prestataire@essaim.example", Role::Prestataire),
    ("membre@essaim.example", Role::Membre),
];

/// Written in the log and the README: a demonstration is local and public.
pub const DEMO_PASSWORD: &str = "ruche-de-demonstration";

pub async fn load_if_empty(db: &Database) -> anyhow::Result<()> {
    if db.has_content().await? {
        tracing::warn!(
            "la base contient déjà des données : les données de démonstration ne sont pas chargées"
        );
        return Ok(());
    }
    let document = generate(DEMO_PROVIDERS, 2026);
    let loaded = db.import_providers(&document).await?;
    tracing::info!(prestataires = loaded, "données de démonstration chargées");
    let mut ids = Vec::new();
    for (email, role) in DEMO_ACCOUNTS {
        let id = create_account(db, email, role, DEMO_PASSWORD)
            .await
            .with_context(|| format!("compte de démonstration {email}"))?;
        ids.push((id, role));
    }
    let managed = &document.providers[0].profile.slug;
    let row = db
        .provider_by_slug(managed)
        .await?
        .context("fiche de démonstration introuvable")?;
    let now = essaim_app::now();
    let mut tx = db.begin().await?;
    for (id, role) in ids {
        if role == Role::Prestataire {
            tx.add_provider_manager(row.id, id, now).await?;
        }
    }
    // The provider has sent an update of its pitch: the moderators have
    // something to review, side by side with the published version.
    let mut update = row.profile.clone();
    update.pitch = format!(
        "{} Nouveau : des ateliers Nextcloud pour les bénévoles.",
        update.pitch
    );
    let submitted = ProviderUpdate {
        status: ProviderStatus::Submitted,
        profile: &update,
        published: None,
        submitted_at: Some(now),
        decision_message: None,
        verified_at: None,
        effect: PublicEffect::None,
        approved: false,
        sent_back: false,
    };
    tx.update_provider(row.id, row.status, &submitted, now)
        .await?;
    tx.commit().await?;
    tracing::warn!(
        comptes = %DEMO_ACCOUNTS.map(|(email, _)| email).join(", "),
        mot_de_passe = DEMO_PASSWORD,
        fiche_du_prestataire = %managed,
        "comptes de démonstration créés (à ne pas garder en production)"
    );
    Ok(())
}

//! Demonstration data: fictional but realistic providers, loaded by
//! `serve --demo` into an empty database only, with one account per role so
//! that a newcomer can try every side; and providers generated in any number
//! for benchmarks (`essaim demo-data --count N`).

mod associations;
mod community;
mod course;
mod forum;
mod generator;
mod library;
mod pooling;

pub use library::load_generated as load_library;
mod words;

use anyhow::Context;
use essaim_app::App;
use essaim_app::accounts::create_admin::create_account;
use essaim_domain::accounts::Role;

pub use forum::load as load_forum;
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

pub async fn load_if_empty(app: &App) -> anyhow::Result<()> {
    let db = app.db();
    if db.has_content().await? {
        tracing::warn!(
            "la base contient déjà des données : les données de démonstration ne sont pas chargées"
        );
        return Ok(());
    }
    let document = generate(DEMO_PROVIDERS, 2026);
    let loaded = db.import_providers(&document).await?;
    tracing::info!(prestataires = loaded, "données de démonstration chargées");
    let mut provider = None;
    for (email, role) in DEMO_ACCOUNTS {
        let id = create_account(db, email, role, DEMO_PASSWORD)
            .await
            .with_context(|| format!("compte de démonstration {email}"))?;
        if role == Role::Prestataire {
            provider = db.account_by_id(id).await?;
        }
    }
    let provider = provider.context("compte prestataire de démonstration")?;
    let managed = &document.providers[0].profile.slug;
    let row = db
        .provider_by_slug(managed)
        .await?
        .context("fiche de démonstration introuvable")?;
    let mut tx = db.begin().await?;
    tx.add_provider_manager(row.id, provider.id, essaim_app::now())
        .await?;
    tx.commit().await?;
    // The provider has sent an update of its pitch, as anyone would: the
    // moderators have something to review, side by side with the
    // published version, and the log shows the submission.
    let mut update = row.profile.clone();
    update.pitch = format!(
        "{} Nouveau : des ateliers Nextcloud pour les bénévoles.",
        update.pitch
    );
    essaim_app::providers::save::save(app, &provider, managed, update).await?;
    essaim_app::providers::submit::submit(app, &provider, managed).await?;
    associations::load(app).await?;
    community::load(app).await?;
    library::load(app).await?;
    course::load(app).await?;
    pooling::load(app).await?;
    tracing::warn!(
        comptes = %DEMO_ACCOUNTS.map(|(email, _)| email).join(", "),
        mot_de_passe = DEMO_PASSWORD,
        fiche_du_prestataire = %managed,
        "comptes de démonstration créés (à ne pas garder en production)"
    );
    Ok(())
}

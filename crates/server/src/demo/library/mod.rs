//! The library as a network would start it: public guides, courses,
//! videos and testimonies that exist (their titles, authors and addresses
//! are facts; the summaries are ours), across every theme and format.
//! Proposed by a member and published by the moderators, through the use
//! cases; one proposal still waits in the moderation queue.

use anyhow::Context;
use essaim_app::App;
use essaim_app::library::review::{Decision, decide};
use essaim_domain::library::{
    Audience, CatalogueLinks, Format, Resource, ResourceFields, Status, Theme,
};
use essaim_domain::taxonomy::TransitionStep;
use essaim_store::Database;

use super::generator::Dice;

use super::associations::account;

mod shelf;

use shelf::{SHELF, Shelved, WAITING};

fn fields(shelved: &Shelved) -> ResourceFields {
    ResourceFields {
        title: shelved.title.into(),
        url: shelved.url.into(),
        summary: shelved.summary.into(),
        audience: Some(shelved.audience),
        themes: shelved.themes.to_vec(),
        format: Some(shelved.format),
        language: shelved.language.into(),
        source: shelved.source.into(),
        licence: shelved.licence.into(),
        year: shelved.year,
        links: links(shelved.title),
        file: None,
    }
}

/// What some of the shelf helps with, in the catalogue and in a transition.
fn links(title: &str) -> CatalogueLinks {
    use TransitionStep::*;
    let (needs, tools, steps): (&[&str], &[&str], &[TransitionStep]) = match title {
        "Dégooglisons Internet" => (&[], &[], &[Awareness, ToolChoice]),
        "Emancip'Asso" => (&[], &[], &[Needs, Strategy, ToolChoice]),
        "Guide Libre Association" => (&[], &[], &[Awareness, ToolChoice]),
        "MOOC CHATONS" => (&["hebergement"], &[], &[Training]),
        "RGPD : par où commencer" => (&["adherents-compta", "contacts"], &[], &[Needs]),
        "Manuel utilisateur de Nextcloud" => (
            &["partage-fichiers", "agenda", "contacts"],
            &["nextcloud"],
            &[Processes, Training],
        ),
        "Frama.space" => (
            &["partage-fichiers", "bureautique"],
            &["nextcloud", "collabora-online"],
            &[ToolChoice],
        ),
        "PeerTube documentation" => (&["video"], &["peertube"], &[Training]),
        "Mobilizon" => (&["reseaux-sociaux"], &["mobilizon"], &[Collaboration]),
        "Matrix documentation" => (
            &["messagerie-instantanee"],
            &["element-matrix"],
            &[Training],
        ),
        "Framatube" => (&["video"], &["peertube"], &[Awareness]),
        "Université du Nous" => (&[], &[], &[Collaboration, Continuous]),
        "Pix" => (&[], &[], &[Training]),
        "La Fresque du Numérique" => (&[], &[], &[Awareness]),
        _ => (&[], &[], &[]),
    };
    CatalogueLinks {
        needs: needs.iter().map(|s| s.to_string()).collect(),
        tools: tools.iter().map(|s| s.to_string()).collect(),
        steps: steps.to_vec(),
    }
}

pub async fn load(app: &App) -> anyhow::Result<()> {
    let member = account(app, "membre@essaim.example").await?;
    let moderator = account(app, "moderation@essaim.example").await?;
    for shelved in SHELF {
        let proposed = essaim_app::library::propose::propose(app, &member, &fields(shelved), None)
            .await
            .with_context(|| format!("ressource « {} »", shelved.title))?;
        decide(
            app,
            &moderator,
            proposed.id,
            proposed.status,
            Decision::Publish,
            &fields(shelved),
            "",
        )
        .await
        .with_context(|| format!("publication de « {} »", shelved.title))?;
    }
    essaim_app::library::propose::propose(app, &member, &fields(&WAITING), None).await?;
    tracing::info!(
        ressources = SHELF.len(),
        "bibliothèque de démonstration chargée"
    );
    Ok(())
}

/// A large invented library for benchmarks (`essaim demo-data --library
/// N`): N published resources mixing the shelf's words, written straight
/// into the database.
pub async fn load_generated(db: &Database, count: usize, seed: u64) -> anyhow::Result<usize> {
    const SUBJECTS: &[&str] = &[
        "la messagerie",
        "le partage de fichiers",
        "la visioconférence",
        "les sondages",
        "la comptabilité",
        "les adhésions",
        "le site web",
        "la lettre d'information",
        "l'agenda partagé",
        "la sauvegarde",
        "les mots de passe",
        "le RGPD",
        "la sobriété numérique",
        "la gouvernance partagée",
        "les subventions",
        "la formation des bénévoles",
        "Nextcloud",
        "PeerTube",
        "Mobilizon",
        "Matrix",
    ];
    const KINDS: &[&str] = &[
        "Guide pratique de",
        "Bien démarrer avec",
        "Comprendre",
        "Migrer vers",
        "Former l'équipe à",
        "Témoignage sur",
        "Fiche réflexe :",
        "Mettre en place",
    ];
    let mut dice = Dice(seed);
    let now = essaim_app::now();
    let mut tx = db.begin().await?;
    for i in 0..count {
        let base = dice.one(SHELF);
        let subject = dice.one(SUBJECTS);
        let title = format!("{} {subject} ({i})", dice.one(KINDS));
        let other = dice.one(SHELF);
        // In order, once each, as the checks leave them.
        let mut themes = vec![*dice.one(&Theme::ALL), *dice.one(&Theme::ALL)];
        themes.sort_unstable();
        themes.dedup();
        let resource = Resource {
            title: title.clone(),
            url: format!("https://exemple.org/ressources/{i}"),
            summary: format!("{} {}", base.summary, other.summary),
            audience: *dice.one(&Audience::ALL),
            themes,
            format: *dice.one(&Format::ALL),
            language: if dice.below(10) == 0 { "en" } else { "fr" }.into(),
            source: base.source.into(),
            licence: String::new(),
            year: Some(2015 + dice.below(11) as i32),
            links: links(base.title),
            file: None,
        };
        let slug = format!("{}-{i}", essaim_domain::text::slugify(&title));
        let published = now - (count - i) as i64 * 3600;
        tx.insert_library_resource(&slug, &resource, Status::Published, None, published)
            .await?;
        if i % 500 == 499 {
            tx.commit().await?;
            tx = db.begin().await?;
        }
    }
    tx.commit().await?;
    Ok(count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demonstration_shelf_covers_every_theme_and_format_and_passes_its_checks() {
        assert!(SHELF.len() >= 30);
        for theme in Theme::ALL {
            assert!(SHELF.iter().any(|s| s.themes.contains(&theme)), "{theme:?}");
        }
        for format in Format::ALL {
            assert!(SHELF.iter().any(|s| s.format == format), "{format:?}");
        }
        for shelved in SHELF.iter().chain([&WAITING]) {
            let catalogue = essaim_domain::catalogue::Catalogue::builtin();
            assert!(
                fields(shelved).check(2026, &catalogue).is_ok(),
                "{}",
                shelved.title
            );
        }
    }
}

//! Pooling in the demonstration, made through the same use cases as the
//! pages: three needs at three stages (an idea, a campaign under way, a
//! translation delivered) and a shared maintenance pool with subscribers.
//! The demonstration's member runs the local currency, which joined the
//! campaign under way and may change its pledge.

use anyhow::Context;
use essaim_app::App;
use essaim_app::community::member::NameChoice;
use essaim_app::pooling::{maintenance, needs, pledges, quotes};
use essaim_domain::pooling::maintenance::PoolFields;
use essaim_domain::pooling::{NeedFields, NeedKind, NeedStatus, QuoteFields};
use essaim_store::Account;

use super::associations::account;

const PROVIDER: &str = "prestataire@essaim.example";

/// The three demonstration associations' slugs.
struct Associations {
    rance: String,
    handball: String,
    lices: String,
}

/// The association a founder runs.
async fn slug_of(app: &App, founder: &Account) -> anyhow::Result<String> {
    Ok(app
        .db()
        .associations_of(founder.id)
        .await?
        .into_iter()
        .find(|m| m.role == essaim_domain::taxonomy::MemberRole::Responsable)
        .context("association de démonstration")?
        .association
        .slug)
}

/// The demonstration provider and the profile it manages.
async fn provider(app: &App) -> anyhow::Result<(Account, String)> {
    let provider = account(app, PROVIDER).await?;
    let slug = app
        .db()
        .providers_managed_by(provider.id)
        .await?
        .into_iter()
        .next()
        .context("fiche du prestataire de démonstration")?
        .slug;
    Ok((provider, slug))
}

/// The forum name a founder writes with, if they have none yet.
fn name(handle: &str, display: &str) -> NameChoice {
    NameChoice {
        handle: handle.into(),
        display_name: display.into(),
    }
}

struct Need<'a> {
    author: &'a Account,
    association: &'a str,
    title: &'static str,
    description: &'static str,
    tool: &'static str,
    kind: NeedKind,
    name: NameChoice,
}

async fn propose(app: &App, need: Need<'_>) -> anyhow::Result<i64> {
    let fields = NeedFields {
        title: need.title.into(),
        description: need.description.into(),
        tool: Some(need.tool.into()),
        kind: Some(need.kind),
    };
    Ok(needs::propose(
        app,
        need.author,
        &needs::Proposal {
            fields: &fields,
            association: need.association,
            name: Some(&need.name),
        },
    )
    .await?)
}

/// A quote by the demonstration provider, voted by the joined
/// associations' founders and confirmed by the author: the campaign opens.
async fn fund(
    app: &App,
    need: i64,
    amount: &str,
    deliverables: &str,
    voters: &[(&Account, &str)],
    author: &Account,
) -> anyhow::Result<()> {
    let (provider, slug) = provider(app).await?;
    let quote = quotes::quote(
        app,
        &provider,
        need,
        &slug,
        &QuoteFields {
            amount: amount.into(),
            deliverables: deliverables.into(),
            milestones: "Maquette validée par les associations\nDéveloppement et tests\nMise en production et documentation".into(),
            valid_until: app.today().add_days(90).to_string(),
        },
    )
    .await?;
    for (voter, association) in voters {
        quotes::vote(app, voter, need, quote, association).await?;
    }
    quotes::choose(
        app,
        author,
        need,
        quote,
        &app.today().add_days(21).to_string(),
    )
    .await?;
    Ok(())
}

pub async fn load(app: &App) -> anyhow::Result<()> {
    let member = account(app, "membre@essaim.example").await?;
    let handball = account(app, "tresorier.handball@essaim.example").await?;
    let lices = account(app, "coordination.lices@essaim.example").await?;
    let at = Associations {
        rance: slug_of(app, &member).await?,
        handball: slug_of(app, &handball).await?,
        lices: slug_of(app, &lices).await?,
    };

    // A campaign under way: online membership renewal in Paheko.
    let renewal = propose(
        app,
        Need {
            author: &lices,
            association: &at.lices,
            title: "Renouvellement des adhésions en ligne dans Paheko",
            description: "Chaque rentrée, nos adhérents renouvellent sur papier et la trésorière saisit tout à la main. Nous voulons un formulaire de renouvellement en ligne, avec paiement par virement ou chèque, qui crée l'écriture comptable et met à jour la fiche du membre.",
            tool: "paheko",
            kind: NeedKind::Feature,
            name: name("lices", "Maison de quartier des Lices"),
        },
    )
    .await?;
    needs::join(app, &member, renewal, &at.rance).await?;
    needs::join(app, &handball, renewal, &at.handball).await?;
    needs::specify(
        app,
        &lices,
        renewal,
        &at.lices,
        "## Ce qui est attendu\n\n- un formulaire public de renouvellement, lié à la fiche du membre ;\n- le choix du montant selon le tarif (plein, réduit, famille) ;\n- l'écriture comptable créée à la validation ;\n- un reçu envoyé par courriel.\n\n## Hors du périmètre\n\n- le paiement par carte en ligne.",
        0,
    )
    .await?;
    needs::move_status(
        app,
        &lices,
        renewal,
        NeedStatus::Idea,
        NeedStatus::Specification,
    )
    .await?;
    fund(
        app,
        renewal,
        "2 400",
        "Un module de renouvellement des adhésions pour Paheko, publié sous licence libre, avec sa documentation en français.",
        &[(&lices, &at.lices), (&member, &at.rance), (&handball, &at.handball)],
        &lices,
    )
    .await?;
    pledges::pledge(app, &lices, renewal, &at.lices, "1 000", true).await?;
    pledges::pledge(app, &member, renewal, &at.rance, "600", false).await?;

    // Delivered: the French translation of Mobilizon's group pages.
    let translation = propose(
        app,
        Need {
            author: &handball,
            association: &at.handball,
            title: "Traduction complète des pages de groupe de Mobilizon",
            description: "Les pages de groupe de Mobilizon sont en partie en anglais : nos bénévoles s'y perdent. Nous voulons une traduction française complète et relue, versée au projet pour que toutes les instances en profitent.",
            tool: "mobilizon",
            kind: NeedKind::Translation,
            name: name("handball-vitre", "Club de handball de Vitré"),
        },
    )
    .await?;
    needs::join(app, &member, translation, &at.rance).await?;
    fund(
        app,
        translation,
        "900",
        "La traduction française des pages de groupe, relue par deux associations et proposée au projet Mobilizon.",
        &[(&handball, &at.handball), (&member, &at.rance)],
        &handball,
    )
    .await?;
    pledges::pledge(app, &handball, translation, &at.handball, "450", true).await?;
    pledges::pledge(app, &member, translation, &at.rance, "450", true).await?;
    needs::move_status(
        app,
        &handball,
        translation,
        NeedStatus::InDevelopment,
        NeedStatus::Delivered,
    )
    .await?;

    // An idea: a shared Nextcloud for the associations around the Rance.
    propose(
        app,
        Need {
            author: &member,
            association: &at.rance,
            title: "Un Nextcloud partagé pour les associations du Pays de Rance",
            description: "Plusieurs associations du Pays de Rance cherchent à quitter Google Drive. Un Nextcloud hébergé en commun, chacune avec son espace, coûterait moins cher qu'un serveur par association.",
            tool: "nextcloud",
            kind: NeedKind::Hosting,
            name: name("monnaie-rance", "Monnaie locale du Pays de Rance"),
        },
    )
    .await?;

    // A shared maintenance pool with two subscribers.
    let (provider, slug) = provider(app).await?;
    let pool = maintenance::offer(
        app,
        &provider,
        &slug,
        &PoolFields {
            title: "Maintenance partagée en Bretagne nord".into(),
            description: "Un technicien passe chaque mois dans vos locaux : postes de travail, réseau, imprimantes, mises à jour et petites formations. Les jours non utilisés se reportent au mois suivant.".into(),
            days_per_month: "6".into(),
            day_rate: "320".into(),
            services: "Sauvegardes chiffrées hors site : 45\nSupervision des serveurs : 30".into(),
            departements: "22 35".into(),
        },
    )
    .await?;
    maintenance::subscribe(app, &member, pool, &at.rance, "1").await?;
    maintenance::subscribe(app, &lices, pool, &at.lices, "2").await?;
    Ok(())
}

//! The library as a network would start it: public guides, courses,
//! videos and testimonies that exist (their titles, authors and addresses
//! are facts; the summaries are ours), across every theme and format.
//! Proposed by a member and published by the moderators, through the use
//! cases; one proposal still waits in the moderation queue.

use anyhow::Context;
use essaim_app::App;
use essaim_app::library::review::{Decision, decide};
use essaim_domain::library::{Audience, Format, Resource, ResourceFields, Status, Theme};
use essaim_store::Database;

use super::generator::Dice;

use super::associations::account;

use Audience::{Associations, Everyone, Providers};
use Format::{Article, Course, Guide, Sheet, Testimony, Video};
use Theme::{Funding, Governance, LawAndPrivacy, Sobriety, Strategy, Tools, Training};

struct Shelved {
    title: &'static str,
    url: &'static str,
    summary: &'static str,
    audience: Audience,
    themes: &'static [Theme],
    format: Format,
    language: &'static str,
    source: &'static str,
    licence: &'static str,
    year: Option<i32>,
}

const SHELF: &[Shelved] = &[
    Shelved {
        title: "Dégooglisons Internet",
        url: "https://degooglisons-internet.org",
        summary: "La campagne qui a popularisé l'idée : pour chaque service d'un géant du web, une alternative libre, et l'explication de ce qu'on gagne à changer. Un bon point de départ pour convaincre un bureau.",
        audience: Everyone,
        themes: &[Strategy, Tools],
        format: Article,
        language: "fr",
        source: "Framasoft",
        licence: "",
        year: Some(2014),
    },
    Shelved {
        title: "Déframasoftisons Internet !",
        url: "https://framablog.org/2019/09/24/deframasoftisons-internet/",
        summary: "Après cinq ans de services libres ouverts à tous, Framasoft raconte pourquoi elle en ferme une partie et renvoie vers des hébergeurs de proximité : un retour d'expérience sur ce que coûte vraiment l'hébergement pour des milliers de personnes.",
        audience: Everyone,
        themes: &[Strategy, Governance],
        format: Testimony,
        language: "fr",
        source: "Framasoft",
        licence: "",
        year: Some(2019),
    },
    Shelved {
        title: "CHATONS, le Collectif des Hébergeurs Alternatifs, Transparents, Ouverts, Neutres et Solidaires",
        url: "https://www.chatons.org",
        summary: "Le collectif des petits hébergeurs engagés : qui ils sont, ce qu'ils promettent, et la carte pour trouver celui qui hébergera la messagerie ou le cloud de votre association près de chez vous.",
        audience: Associations,
        themes: &[Tools, Strategy],
        format: Article,
        language: "fr",
        source: "Collectif CHATONS",
        licence: "",
        year: None,
    },
    Shelved {
        title: "La charte du collectif CHATONS",
        url: "https://www.chatons.org/charte",
        summary: "Les engagements que prend chaque membre du collectif : transparence, données non exploitées, logiciels libres, modèle économique éthique. Utile à un prestataire qui veut rejoindre le collectif, et à une association qui veut savoir quoi exiger.",
        audience: Providers,
        themes: &[Governance, LawAndPrivacy],
        format: Sheet,
        language: "fr",
        source: "Collectif CHATONS",
        licence: "",
        year: None,
    },
    Shelved {
        title: "MOOC CHATONS",
        url: "https://mooc.chatons.org",
        summary: "Un cours en ligne gratuit pour comprendre comment fonctionne Internet, pourquoi les services centralisés posent problème, et comment devenir soi-même un hébergeur alternatif.",
        audience: Providers,
        themes: &[Training, Strategy],
        format: Course,
        language: "fr",
        source: "Collectif CHATONS",
        licence: "",
        year: None,
    },
    Shelved {
        title: "Emancip'Asso",
        url: "https://emancipasso.org",
        summary: "Le programme qui forme des prestataires à accompagner les associations vers des outils libres et éthiques, et qui aide les associations à trouver cet accompagnement.",
        audience: Everyone,
        themes: &[Strategy, Training],
        format: Course,
        language: "fr",
        source: "Framasoft",
        licence: "",
        year: Some(2023),
    },
    Shelved {
        title: "Framalibre, l'annuaire du logiciel libre",
        url: "https://framalibre.org",
        summary: "Des centaines de logiciels libres décrits en français, classés par usage : le réflexe pour trouver l'équivalent libre d'un outil que l'association utilise aujourd'hui.",
        audience: Everyone,
        themes: &[Tools],
        format: Article,
        language: "fr",
        source: "Framasoft",
        licence: "",
        year: None,
    },
    Shelved {
        title: "Guide Libre Association",
        url: "https://www.april.org/guide-libre-association",
        summary: "Un guide pensé pour les associations : quels logiciels libres pour la bureautique, la communication, la gestion, et comment les adopter sans brusquer les bénévoles.",
        audience: Associations,
        themes: &[Tools, Strategy],
        format: Guide,
        language: "fr",
        source: "April",
        licence: "",
        year: None,
    },
    Shelved {
        title: "Guide de la sécurité des données personnelles",
        url: "https://www.cnil.fr/fr/guide-de-la-securite-des-donnees-personnelles",
        summary: "Les précautions élémentaires pour protéger les données des adhérents et des bénéficiaires : mots de passe, sauvegardes, droits d'accès, sous-traitants. Chaque fiche se lit seule.",
        audience: Everyone,
        themes: &[LawAndPrivacy],
        format: Guide,
        language: "fr",
        source: "CNIL",
        licence: "",
        year: Some(2024),
    },
    Shelved {
        title: "RGPD : par où commencer",
        url: "https://www.cnil.fr/fr/rgpd-par-ou-commencer",
        summary: "Les premières étapes pour mettre une petite structure en conformité : recenser ses fichiers, faire le tri, informer les personnes, sécuriser. Idéal pour un bureau qui découvre le sujet.",
        audience: Associations,
        themes: &[LawAndPrivacy],
        format: Sheet,
        language: "fr",
        source: "CNIL",
        licence: "",
        year: None,
    },
    Shelved {
        title: "L'atelier RGPD",
        url: "https://atelier-rgpd.cnil.fr",
        summary: "Le cours en ligne gratuit de la CNIL : quelques heures pour comprendre les notions clés du règlement et savoir les appliquer, avec une attestation à la fin.",
        audience: Everyone,
        themes: &[LawAndPrivacy, Training],
        format: Course,
        language: "fr",
        source: "CNIL",
        licence: "",
        year: None,
    },
    Shelved {
        title: "Guide d'hygiène informatique",
        url: "https://cyber.gouv.fr/publications/guide-dhygiene-informatique",
        summary: "Quarante-deux mesures pour sécuriser un système d'information, de l'inventaire des postes aux sauvegardes. Une référence pour le prestataire qui installe et maintient les outils d'une association.",
        audience: Providers,
        themes: &[Tools, LawAndPrivacy],
        format: Guide,
        language: "fr",
        source: "ANSSI",
        licence: "",
        year: Some(2017),
    },
    Shelved {
        title: "SecNumacadémie",
        url: "https://secnumacademie.gouv.fr",
        summary: "Le cours en ligne gratuit de l'ANSSI sur la sécurité numérique : authentification, sécurité sur Internet, poste de travail. À proposer aux bénévoles qui gèrent les comptes de l'association.",
        audience: Everyone,
        themes: &[Training],
        format: Course,
        language: "fr",
        source: "ANSSI",
        licence: "",
        year: None,
    },
    Shelved {
        title: "Cybermalveillance.gouv.fr",
        url: "https://www.cybermalveillance.gouv.fr",
        summary: "Le dispositif national d'assistance aux victimes d'actes de cybermalveillance, avec des fiches de prévention claires : hameçonnage, rançongiciels, mots de passe, mises à jour.",
        audience: Everyone,
        themes: &[Training, Tools],
        format: Sheet,
        language: "fr",
        source: "GIP ACYMA",
        licence: "",
        year: None,
    },
    Shelved {
        title: "Référentiel général d'écoconception de services numériques (RGESN)",
        url: "https://ecoresponsable.numerique.gouv.fr/publications/referentiel-general-ecoconception/",
        summary: "Les critères pour concevoir un site ou un service numérique plus sobre, de la stratégie à l'hébergement. Pour le prestataire qui refait le site d'une association.",
        audience: Providers,
        themes: &[Sobriety],
        format: Guide,
        language: "fr",
        source: "Mission interministérielle numérique responsable",
        licence: "",
        year: None,
    },
    Shelved {
        title: "Guide de bonnes pratiques numérique responsable pour les organisations",
        url: "https://ecoresponsable.numerique.gouv.fr/publications/bonnes-pratiques/",
        summary: "Des actions concrètes pour réduire l'empreinte du numérique d'une organisation : allonger la vie du matériel, acheter reconditionné, limiter les impressions et les envois lourds.",
        audience: Associations,
        themes: &[Sobriety, Strategy],
        format: Guide,
        language: "fr",
        source: "Mission interministérielle numérique responsable",
        licence: "",
        year: None,
    },
    Shelved {
        title: "Référentiel des bonnes pratiques d'écoconception web",
        url: "https://github.com/cnumr/best-practices",
        summary: "Le référentiel collaboratif des bonnes pratiques d'écoconception, chacune avec son niveau de difficulté et son gain : une liste de contrôle pour les développeurs.",
        audience: Providers,
        themes: &[Sobriety],
        format: Sheet,
        language: "fr",
        source: "Collectif Conception Numérique Responsable",
        licence: "",
        year: None,
    },
    Shelved {
        title: "Lean ICT : pour une sobriété numérique",
        url: "https://theshiftproject.org/article/pour-une-sobriete-numerique-rapport-shift/",
        summary: "Le rapport qui a chiffré l'empreinte énergétique du numérique et sa croissance, et proposé la sobriété comme cap. Pour étayer un argumentaire devant un conseil d'administration.",
        audience: Everyone,
        themes: &[Sobriety, Strategy],
        format: Article,
        language: "fr",
        source: "The Shift Project",
        licence: "",
        year: Some(2018),
    },
    Shelved {
        title: "La Fresque du Numérique",
        url: "https://www.fresquedunumerique.org",
        summary: "Un atelier collaboratif de trois heures pour comprendre les impacts environnementaux du numérique et trouver des leviers d'action ; il peut être animé dans l'association.",
        audience: Everyone,
        themes: &[Sobriety, Training],
        format: Course,
        language: "fr",
        source: "La Fresque du Numérique",
        licence: "",
        year: None,
    },
    Shelved {
        title: "Institut du Numérique Responsable",
        url: "https://institutnr.org",
        summary: "Un réseau qui outille les organisations pour une démarche de numérique responsable : guides, formations, label. Des repères pour structurer la démarche sur plusieurs années.",
        audience: Everyone,
        themes: &[Sobriety, Strategy],
        format: Article,
        language: "fr",
        source: "Institut du Numérique Responsable",
        licence: "",
        year: None,
    },
    Shelved {
        title: "Manuel utilisateur de Nextcloud",
        url: "https://docs.nextcloud.com/server/latest/user_manual/fr/",
        summary: "La documentation officielle pour les utilisateurs : partager un dossier, synchroniser son ordinateur, utiliser l'agenda et les contacts. À transmettre aux bénévoles après une migration des fichiers partagés.",
        audience: Everyone,
        themes: &[Tools, Training],
        format: Guide,
        language: "fr",
        source: "Nextcloud",
        licence: "",
        year: None,
    },
    Shelved {
        title: "Frama.space",
        url: "https://www.frama.space",
        summary: "Un espace Nextcloud offert aux petites associations et collectifs militants : fichiers, agenda, bureautique en ligne. Une porte d'entrée sans installation pour quitter un drive commercial.",
        audience: Associations,
        themes: &[Tools],
        format: Article,
        language: "fr",
        source: "Framasoft",
        licence: "",
        year: Some(2022),
    },
    Shelved {
        title: "PeerTube documentation",
        url: "https://docs.joinpeertube.org",
        summary: "How to install, run and use PeerTube, the federated video platform: for the provider who hosts the videos of a network of associations instead of YouTube.",
        audience: Providers,
        themes: &[Tools],
        format: Guide,
        language: "en",
        source: "Framasoft",
        licence: "",
        year: None,
    },
    Shelved {
        title: "Mobilizon",
        url: "https://joinmobilizon.org",
        summary: "Un outil libre pour publier des événements et animer des groupes sans passer par Facebook : ce qu'il permet, comment s'inscrire sur une instance ou en ouvrir une.",
        audience: Associations,
        themes: &[Tools],
        format: Article,
        language: "fr",
        source: "Framasoft",
        licence: "",
        year: None,
    },
    Shelved {
        title: "Matrix documentation",
        url: "https://matrix.org/docs/",
        summary: "The open standard behind Element and many decentralised chats: concepts, servers and bridges, for the provider who replaces WhatsApp groups with a messaging service of its own.",
        audience: Providers,
        themes: &[Tools],
        format: Guide,
        language: "en",
        source: "The Matrix.org Foundation",
        licence: "",
        year: None,
    },
    Shelved {
        title: "Socle interministériel de logiciels libres (SILL)",
        url: "https://code.gouv.fr/sill/",
        summary: "Les logiciels libres recommandés et utilisés par les administrations, avec leurs référents : une liste rassurante pour qui doute qu'un outil libre soit assez solide.",
        audience: Everyone,
        themes: &[Tools],
        format: Sheet,
        language: "fr",
        source: "DINUM",
        licence: "",
        year: None,
    },
    Shelved {
        title: "Comptoir du Libre",
        url: "https://comptoir-du-libre.org",
        summary: "Un catalogue de logiciels libres métiers, avec les structures qui les utilisent et les prestataires qui les maintiennent : utile pour trouver qui accompagne un outil précis.",
        audience: Everyone,
        themes: &[Tools],
        format: Article,
        language: "fr",
        source: "ADULLACT",
        licence: "",
        year: None,
    },
    Shelved {
        title: "Pix",
        url: "https://pix.fr",
        summary: "Le service public pour évaluer et développer ses compétences numériques, par des défis courts et une certification reconnue : un bon moyen de faire progresser une équipe bénévole.",
        audience: Everyone,
        themes: &[Training],
        format: Course,
        language: "fr",
        source: "GIP Pix",
        licence: "",
        year: None,
    },
    Shelved {
        title: "Le Compte Asso",
        url: "https://lecompteasso.associations.gouv.fr",
        summary: "Le service en ligne pour déposer une demande de subvention auprès de l'État et de nombreuses collectivités, y compris pour financer un projet de transition numérique.",
        audience: Associations,
        themes: &[Funding],
        format: Sheet,
        language: "fr",
        source: "Ministère chargé de la vie associative",
        licence: "",
        year: None,
    },
    Shelved {
        title: "Le Fonds pour le développement de la vie associative (FDVA)",
        url: "https://www.associations.gouv.fr/fdva.html",
        summary: "Ce que finance le FDVA (formation des bénévoles, fonctionnement, projets innovants) et comment le demander dans votre département : une piste pour financer un accompagnement.",
        audience: Associations,
        themes: &[Funding, Training],
        format: Sheet,
        language: "fr",
        source: "Ministère chargé de la vie associative",
        licence: "",
        year: None,
    },
    Shelved {
        title: "Université du Nous",
        url: "https://www.universite-du-nous.org",
        summary: "Des outils et des formations à la gouvernance partagée : prise de décision par consentement, élection sans candidat, rôles clairs. Pour que la transition soit décidée ensemble.",
        audience: Associations,
        themes: &[Governance, Training],
        format: Course,
        language: "fr",
        source: "Université du Nous",
        licence: "",
        year: None,
    },
    Shelved {
        title: "Framatube",
        url: "https://framatube.org",
        summary: "Les vidéos de Framasoft et de ses partenaires : conférences sur les communs, présentations des logiciels libres, tutoriels. À projeter lors d'une réunion de sensibilisation.",
        audience: Everyone,
        themes: &[Strategy, Training],
        format: Video,
        language: "fr",
        source: "Framasoft",
        licence: "",
        year: None,
    },
    Shelved {
        title: "GendBuntu",
        url: "https://fr.wikipedia.org/wiki/GendBuntu",
        summary: "L'histoire de la Gendarmerie nationale, passée de Windows à un poste de travail libre sur des dizaines de milliers d'ordinateurs : la preuve qu'une migration progressive tient dans la durée.",
        audience: Everyone,
        themes: &[Strategy, Tools],
        format: Testimony,
        language: "fr",
        source: "Wikipédia",
        licence: "CC BY-SA 4.0",
        year: None,
    },
];

/// A member's proposal the moderators have not read yet.
const WAITING: Shelved = Shelved {
    title: "Contributopia",
    url: "https://contributopia.org",
    summary: "La suite de Dégooglisons Internet : après avoir proposé des alternatives, Framasoft invite à construire des outils et des pratiques qui favorisent la contribution plutôt que la consommation.",
    audience: Everyone,
    themes: &[Strategy],
    format: Article,
    language: "fr",
    source: "Framasoft",
    licence: "",
    year: Some(2017),
};

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
    }
}

pub async fn load(app: &App) -> anyhow::Result<()> {
    let member = account(app, "membre@essaim.example").await?;
    let moderator = account(app, "moderation@essaim.example").await?;
    for shelved in SHELF {
        let proposed = essaim_app::library::propose::propose(app, &member, &fields(shelved))
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
    essaim_app::library::propose::propose(app, &member, &fields(&WAITING)).await?;
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
            assert!(fields(shelved).check(2026).is_ok(), "{}", shelved.title);
        }
    }
}

//! A large invented forum for benchmarks (`essaim demo-data --forum N`):
//! N topics of about twenty posts each, by a hundred members, spread over
//! the past two years, written straight into the database in batches.

use anyhow::Context;
use essaim_app::accounts::create_admin::create_account;
use essaim_domain::accounts::Role;
use essaim_domain::community::trust::Trust;
use essaim_domain::markup::markdown_to_html;
use essaim_store::Database;

use super::DEMO_PASSWORD;
use super::generator::Dice;

const MEMBERS: usize = 100;
const POSTS_PER_TOPIC: usize = 20;
const TOPICS_PER_BATCH: usize = 200;

const SUBJECTS: &[&str] = &[
    "Nextcloud",
    "la visioconférence",
    "notre messagerie",
    "le partage de fichiers",
    "la comptabilité",
    "les adhésions",
    "notre site web",
    "la lettre d'information",
    "les sondages",
    "l'agenda partagé",
    "la sauvegarde",
    "le wiki",
    "les mots de passe",
    "la liste de diffusion",
    "Mastodon",
    "PeerTube",
    "Framadate",
    "Paheko",
    "Jitsi Meet",
    "BigBlueButton",
    "le tableur en ligne",
    "la formation des bénévoles",
];
const TOPIC_STARTS: &[&str] = &[
    "Retour d'expérience sur",
    "Question sur",
    "Comment migrer",
    "Besoin d'aide pour",
    "Quel hébergeur pour",
    "Bonnes pratiques pour",
    "Mutualiser",
    "Former l'équipe à",
];
const SENTENCES: &[&str] = &[
    "Nous sommes une association de quartier avec une vingtaine de bénévoles actifs.",
    "La migration s'est faite en deux week-ends, avec une formation courte pour le bureau.",
    "Le plus dur a été de convaincre les habitués de l'ancien outil.",
    "Notre hébergeur du réseau CHATONS a répondu en moins d'une journée.",
    "Avez-vous une fiche pas à pas à partager pour les débutants ?",
    "Les sauvegardes sont automatiques chaque nuit, et nous avons testé une restauration.",
    "Sur téléphone, l'application fonctionne bien une fois le compte configuré.",
    "Nous avons gardé l'ancien outil trois mois en parallèle, le temps que chacun s'habitue.",
    "Le coût annuel reste inférieur à ce que nous payions pour les licences.",
    "Pensez à vérifier les droits de partage avant d'inviter tout le monde.",
    "Une permanence d'une heure par semaine a suffi pour répondre aux questions.",
    "La documentation en français nous a fait gagner beaucoup de temps.",
    "Les comptes rendus de réunion sont maintenant rangés au même endroit.",
    "Nous cherchons d'autres associations pour partager le coût d'un développement.",
    "Merci pour ces conseils, nous allons essayer dès la semaine prochaine.",
    "Le débit de la salle communale limite la visio au-delà de douze personnes.",
    "L'économie réalisée a financé une journée de formation supplémentaire.",
    "Les adhérents reçoivent désormais un rappel automatique avant l'échéance.",
];

/// Writes the forum; returns (topics, posts).
pub async fn load(db: &Database, topics: usize, seed: u64) -> anyhow::Result<(usize, usize)> {
    let mut dice = Dice(seed);
    let mut members = Vec::with_capacity(MEMBERS);
    for i in 0..MEMBERS {
        let email = format!("forum{i}@essaim.example");
        let id = create_account(db, &email, Role::Membre, DEMO_PASSWORD)
            .await
            .with_context(|| format!("compte {email}"))?;
        members.push(id);
    }
    let categories: Vec<i64> = db
        .community_category_list()
        .await?
        .into_iter()
        .map(|c| c.id)
        .collect();
    let now = essaim_app::now();
    let mut tx = db.begin().await?;
    for (i, id) in members.iter().enumerate() {
        tx.create_community_member(
            *id,
            &format!("membre-{i}"),
            &format!("Membre {i}"),
            now - 800 * 86_400,
        )
        .await?;
        tx.set_community_trust(*id, Some(Trust::Member)).await?;
    }
    tx.commit().await?;
    let mut posts = 0;
    for batch in (0..topics).collect::<Vec<_>>().chunks(TOPICS_PER_BATCH) {
        let mut tx = db.begin().await?;
        for n in batch {
            let asked = now - 730 * 86_400 + (*n as i64 * 730 * 86_400) / topics.max(1) as i64;
            let title = format!("{} {} ({n})", dice.one(TOPIC_STARTS), dice.one(SUBJECTS));
            let author = *dice.one(&members);
            let body = paragraphs(&mut dice);
            let (topic, _) = tx
                .start_community_topic(
                    *dice.one(&categories),
                    &title,
                    author,
                    &body,
                    &markdown_to_html(&body),
                    asked,
                )
                .await?;
            posts += 1;
            for reply in 1..POSTS_PER_TOPIC {
                let at = asked + reply as i64 * 3_600;
                let body = paragraphs(&mut dice);
                tx.add_community_post(
                    topic,
                    *dice.one(&members),
                    &body,
                    &markdown_to_html(&body),
                    at,
                )
                .await?;
                posts += 1;
            }
        }
        tx.commit().await?;
    }
    Ok((topics, posts))
}

fn paragraphs(dice: &mut Dice) -> String {
    let count = 2 + dice.below(4);
    (0..count)
        .map(|_| *dice.one(SENTENCES))
        .collect::<Vec<_>>()
        .join(" ")
}

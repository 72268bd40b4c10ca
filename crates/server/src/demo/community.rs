//! The forum as a network would have it after a few months: topics in
//! every category, written by the demonstration's people, with replies,
//! thanks, a solved question, a pinned announcement and a need to pool.
//! Written with dates in the past, as they would have been.

use anyhow::Context;
use essaim_app::App;
use essaim_domain::community::trust::Trust;
use essaim_domain::community::{Pin, member_path};
use essaim_domain::markup::{SafeHtml, markdown_to_html_mentioning};
use essaim_store::Account;

use super::associations::account;

/// Who writes: (address, handle, display name).
const PEOPLE: &[(&str, &str, &str)] = &[
    ("membre@essaim.example", "camille", "Camille Martin"),
    (
        "tresoriere.rance@essaim.example",
        "sophie-rance",
        "Sophie Le Gall",
    ),
    (
        "tresorier.handball@essaim.example",
        "yannick-hb",
        "Yannick Robert",
    ),
    (
        "coordination.lices@essaim.example",
        "nadia-lices",
        "Nadia Benali",
    ),
    ("animation.lices@essaim.example", "theo", "Théo Garnier"),
    (
        "prestataire@essaim.example",
        "coop-libre",
        "Élise, Coop Libre",
    ),
    (
        "moderation@essaim.example",
        "moderation",
        "L'équipe d'animation",
    ),
];

struct DemoTopic {
    category: &'static str,
    title: &'static str,
    /// Index in [`PEOPLE`].
    author: usize,
    days_ago: i64,
    body: &'static str,
    /// (author, hours after the question, words).
    replies: &'static [(usize, i64, &'static str)],
    /// The reply (index in `replies`) that solved it.
    solution: Option<usize>,
    pin: Option<Pin>,
    /// (reply index, who says thanks).
    thanks: &'static [(usize, usize)],
}

const TOPICS: &[DemoTopic] = &[
    DemoTopic {
        category: "vie-de-la-communaute",
        title: "Bienvenue sur le forum : mode d'emploi en cinq points",
        author: 6,
        days_ago: 60,
        body: "Bonjour à toutes et à tous !\n\nCe forum sert à **s'entraider** pour quitter les outils des géants du numérique.\n\n1. Cherchez d'abord : votre question a peut-être déjà sa réponse.\n2. Un sujet, une question, avec un titre clair.\n3. Quand une réponse vous a débloqué, marquez-la comme solution : elle aidera les suivants.\n4. Dites merci, ça fait plaisir.\n5. Un message vous semble déplacé ? Signalez-le, l'équipe d'animation regarde.\n\nBonne route !",
        replies: &[(
            4,
            30,
            "Merci pour l'accueil ! Hâte de lire les retours des autres associations.",
        )],
        solution: None,
        pin: Some(Pin::Everywhere),
        thanks: &[],
    },
    DemoTopic {
        category: "entraide-technique",
        title: "Nextcloud : les fichiers partagés n'apparaissent pas chez les bénévoles",
        author: 3,
        days_ago: 21,
        body: "Bonjour,\n\nNous avons migré notre Google Drive vers un Nextcloud hébergé par un CHATONS. J'ai partagé le dossier « Planning » avec le groupe *Bénévoles*, mais deux personnes ne le voient pas dans leur application sur téléphone.\n\nSur ordinateur, tout va bien. Une idée ?",
        replies: &[
            (
                5,
                3,
                "Bonjour Nadia,\n\nSur l'application mobile, les partages de groupe n'apparaissent qu'après une synchronisation complète. Demandez-leur de tirer la liste vers le bas dans « Partagés avec vous ».\n\nSi rien ne change, vérifiez dans l'administration que les deux comptes sont bien **dans le groupe** : une faute de frappe dans l'identifiant arrive souvent.",
            ),
            (
                3,
                5,
                "C'était bien ça : l'une des deux n'était pas dans le groupe. Merci beaucoup !",
            ),
            (
                1,
                26,
                "Bon à savoir, on va avoir le même souci à la rentrée. @nadia-lices vous avez fait une fiche pour vos bénévoles ?",
            ),
            (
                3,
                30,
                "Oui, une page d'une feuille avec des captures. Je la partage dès qu'elle est relue.",
            ),
        ],
        solution: Some(0),
        pin: None,
        thanks: &[(0, 3), (0, 1), (0, 0)],
    },
    DemoTopic {
        category: "choisir-ses-outils",
        title: "Quel outil pour remplacer Doodle pour nos réunions de bureau ?",
        author: 2,
        days_ago: 14,
        body: "Nous fixons nos réunions avec Doodle, mais la version gratuite est pleine de publicités et demande des comptes.\n\nQu'utilisez-vous ? Il nous faut quelque chose de simple pour des bénévoles qui ne sont pas à l'aise avec l'informatique.",
        replies: &[
            (
                0,
                2,
                "Nous utilisons Framadate depuis deux ans : pas de compte à créer, un lien à envoyer et c'est tout. Les bénévoles s'y sont faits en une réunion.",
            ),
            (
                5,
                6,
                "Framadate est très bien pour ça. Si vous avez déjà un Nextcloud, l'application *Polls* fait la même chose et garde tout au même endroit.",
            ),
            (
                2,
                20,
                "Merci à vous deux, on part sur Framadate pour commencer.",
            ),
        ],
        solution: Some(0),
        pin: None,
        thanks: &[(0, 2), (1, 2)],
    },
    DemoTopic {
        category: "trouver-un-prestataire",
        title: "Cherche un hébergeur de messagerie près de Rennes pour 15 boîtes",
        author: 1,
        days_ago: 9,
        body: "Notre monnaie locale veut quitter Gmail : une quinzaine d'adresses, dont trois partagées par plusieurs bénévoles.\n\nQuelqu'un a-t-il travaillé avec un hébergeur de la région ? Nous aimerions quelqu'un qui puisse venir une demi-journée pour la bascule.",
        replies: &[
            (
                5,
                4,
                "Bonjour Sophie, c'est exactement ce que nous faisons. Notre fiche est dans l'annuaire ; pour 15 boîtes, comptez une demi-journée de bascule et une heure de formation. Écrivez-nous depuis la fiche, nous regarderons vos adresses partagées ensemble.",
            ),
            (
                0,
                30,
                "Pour info, le catalogue liste aussi les hébergeurs du réseau CHATONS qui proposent le courriel : page « Remplacer Gmail ».",
            ),
        ],
        solution: None,
        pin: None,
        thanks: &[(0, 1), (1, 1)],
    },
    DemoTopic {
        category: "mutualiser-des-besoins",
        title: "Renouvellement des adhésions en ligne dans Paheko : qui serait partant ?",
        author: 0,
        days_ago: 6,
        body: "Nous tenons notre comptabilité dans Paheko et il nous manque une chose : que les adhérents renouvellent leur adhésion en ligne, avec un rappel par courriel.\n\nUne coopérative nous a parlé d'environ **2 400 €** de développement. Seuls, c'est trop ; à cinq ou six associations, c'est jouable.\n\nSi vous êtes intéressés, répondez ici avec la taille de votre association.",
        replies: &[
            (
                2,
                5,
                "Club de handball, 180 licenciés, aucun salarié : très intéressés, c'est notre cauchemar chaque septembre.",
            ),
            (
                3,
                28,
                "Maison de quartier, 400 adhérents. Partants aussi, à condition que le paiement par chèque reste possible.",
            ),
        ],
        solution: None,
        pin: None,
        thanks: &[(0, 0), (1, 0)],
    },
    DemoTopic {
        category: "retours-d-experience",
        title: "Un an après avoir quitté Facebook : notre bilan",
        author: 1,
        days_ago: 30,
        body: "Il y a un an, nous avons fermé notre page Facebook. Ce qui a marché :\n\n- une lettre d'information mensuelle (nous sommes passés de 120 à 340 abonnés) ;\n- un compte Mastodon, modeste mais fidèle ;\n- le bouche-à-oreille chez les commerçants partenaires.\n\nCe qui a été dur : les premiers mois, nous avons perdu du monde aux événements. La deuxième année, c'est revenu.\n\nNous referions pareil, mais en prévenant **trois mois avant** plutôt qu'un.",
        replies: &[
            (
                4,
                10,
                "Merci pour ce retour très concret. La lettre d'information, vous l'envoyez avec quel outil ?",
            ),
            (
                1,
                12,
                "Avec la liste de diffusion de notre hébergeur (Sympa), et les inscriptions depuis notre site.",
            ),
        ],
        solution: None,
        pin: None,
        thanks: &[(1, 4)],
    },
    DemoTopic {
        category: "entraide-technique",
        title: "Visio avec Jitsi : le son coupe au-delà de huit personnes",
        author: 4,
        days_ago: 3,
        body: "Nos réunions d'équipe passent par une instance Jitsi publique. À huit, ça va ; à douze, le son coupe et certains n'ont plus l'image.\n\nFaut-il changer d'instance, ou y a-t-il des réglages à connaître ?",
        replies: &[(
            5,
            6,
            "Quelques pistes : demandez à chacun de couper sa caméra quand il ne parle pas, et choisissez une instance proche de vous. Au-delà de quinze personnes régulières, BigBlueButton tient mieux la charge.",
        )],
        solution: None,
        pin: None,
        thanks: &[],
    },
];

/// A post's HTML, the demonstration's members' mentions linked (they are
/// written in the same unit of work, where the use case could not see them).
fn html(body: &str) -> SafeHtml {
    markdown_to_html_mentioning(body, &|handle| {
        PEOPLE
            .iter()
            .any(|(_, h, _)| *h == handle)
            .then(|| member_path(handle))
    })
}

pub async fn load(app: &App) -> anyhow::Result<()> {
    let now = essaim_app::now();
    let mut people: Vec<Account> = Vec::new();
    let mut tx = app.db().begin().await?;
    for (email, handle, name) in PEOPLE {
        let person = account(app, email).await?;
        tx.create_community_member(person.id, handle, name, now - 90 * 86_400)
            .await
            .with_context(|| format!("membre du forum {handle}"))?;
        // Regulars of the forum, past a new member's limits.
        tx.set_community_trust(person.id, Some(Trust::Member))
            .await?;
        people.push(person);
    }
    for topic in TOPICS {
        let category = app
            .db()
            .community_category(topic.category)
            .await?
            .context("catégorie du forum")?;
        let asked = now - topic.days_ago * 86_400;
        let (topic_id, _) = tx
            .start_community_topic(
                category.id,
                topic.title,
                people[topic.author].id,
                topic.body,
                &html(topic.body),
                asked,
            )
            .await?;
        let mut replies = Vec::new();
        for (author, hours, body) in topic.replies {
            let (post_id, _) = tx
                .add_community_post(
                    topic_id,
                    people[*author].id,
                    body,
                    &html(body),
                    asked + hours * 3600,
                )
                .await?;
            replies.push(post_id);
        }
        if let Some(index) = topic.solution {
            tx.set_community_solution(topic_id, Some(replies[index]))
                .await?;
        }
        if let Some(pin) = topic.pin {
            tx.set_community_topic_pin(topic_id, Some(pin)).await?;
        }
        for (reply, who) in topic.thanks {
            tx.set_community_thanks(replies[*reply], people[*who].id, true, now)
                .await?;
        }
    }
    tx.commit().await?;
    tracing::info!(sujets = TOPICS.len(), "forum de démonstration chargé");
    Ok(())
}

//! The library: members propose resources, which wait in the moderation
//! queue; moderators publish (corrected if need be), refuse or withdraw
//! them with a reason, each decision in the log; the public searches the
//! published ones with facets, sorts and pages in the address. Bad input
//! is named and nothing is written; every refusal of a permission is a 403.

mod files;
mod links;
mod open_data;
mod search;

use essaim_domain::accounts::Role;

use crate::harness::{Backend, TestApp, Visitor};
use crate::{app, on_both_backends};

on_both_backends!(
    members_propose_and_moderators_publish_refuse_or_withdraw,
    bad_proposals_are_named_and_nothing_is_written,
);

pub(super) fn proposal<'a>(title: &'a str, summary: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("title", title),
        ("url", "www.cnil.fr/fr/rgpd-par-ou-commencer"),
        ("summary", summary),
        ("audience", "associations"),
        ("themes", "droit-rgpd"),
        ("themes", "formation"),
        ("format", "fiche"),
        ("language", "fr"),
        ("source", "CNIL"),
        ("licence", ""),
        ("year", "2023"),
    ]
}

pub(super) async fn count(app: &TestApp, sql: &str) -> i64 {
    sqlx::Row::get(
        &sqlx::query(sql).fetch_one(app.db().pool()).await.unwrap(),
        0,
    )
}

pub(super) async fn page(visitor: &Visitor, path: &str) -> (u16, String) {
    let response = visitor.get(path).await;
    (response.status().as_u16(), response.text().await.unwrap())
}

async fn members_propose_and_moderators_publish_refuse_or_withdraw(backend: Backend) {
    let app = app!(backend);
    let visitor = app.visitor();
    // Proposing needs an account.
    let anonymous = visitor.get("/ressources/proposer").await;
    assert_eq!(anonymous.status(), 303);
    assert!(
        anonymous.headers()["location"]
            .to_str()
            .unwrap()
            .starts_with("/connexion")
    );

    let member = app.signed_in_as("nadia@exemple.org", Role::Membre).await;
    let sent = member
        .submit(
            "/ressources/proposer",
            &proposal(
                "RGPD : par où commencer",
                "Les premières étapes pour une petite association : recenser ses fichiers, informer, sécuriser.",
            ),
        )
        .await;
    assert_eq!(
        sent.headers()["location"],
        "/ressources/proposer?fait=envoyee"
    );
    let (_, thanks) = page(&member, "/ressources/proposer?fait=envoyee").await;
    assert!(thanks.contains("Votre proposition attend la relecture"));
    // Waiting: not public, not found, but in the moderators' queue.
    assert_eq!(
        page(&visitor, "/ressources/rgpd-par-ou-commencer").await.0,
        404
    );
    assert!(
        page(&visitor, "/ressources")
            .await
            .1
            .contains("Aucune ressource")
    );
    let moderator = app
        .signed_in_as("moderation@exemple.org", Role::Moderateur)
        .await;
    let (_, queue) = page(&moderator, "/moderation").await;
    assert!(queue.contains("RGPD : par où commencer"));
    assert!(queue.contains("/moderation/ressources/rgpd-par-ou-commencer"));

    // Only moderators review.
    let review = "/moderation/ressources/rgpd-par-ou-commencer";
    assert_eq!(page(&member, review).await.0, 403);
    let mut publish = proposal(
        "RGPD : par où commencer",
        "Les premières étapes, corrigées par la modération.",
    );
    // The moderator links it to the catalogue and to a step.
    publish.extend([
        ("needs", "adherents-compta"),
        ("tools", "paheko"),
        ("steps", "besoins"),
        ("statut", "proposee"),
        ("action", "publier"),
        ("reason", ""),
    ]);
    assert_eq!(member.post_form(review, &publish).await.status(), 403);
    assert_eq!(
        visitor.post_form(review, &publish).await.status(),
        303,
        "to sign in"
    );
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM library_resources WHERE status = 'publiee'"
        )
        .await,
        0
    );

    // Published with a correction: public, searchable without accents.
    moderator.submit(review, &publish).await;
    let (status, public) = page(&visitor, "/ressources/rgpd-par-ou-commencer").await;
    assert_eq!(status, 200);
    assert!(public.contains("Les premières étapes, corrigées par la modération."));
    assert!(public.contains("https://www.cnil.fr/fr/rgpd-par-ou-commencer"));
    assert!(public.contains("Vérifiée le"));
    assert!(!public.contains("À revoir"));
    assert!(
        public.contains("<a href=\"/catalogue/paheko\">Paheko</a>"),
        "{public}"
    );
    assert!(public.contains("href=\"/catalogue#adherents-compta\""));
    assert!(
        public.contains("Recenser les besoins et les outils"),
        "the step's label"
    );
    let (_, tool) = page(&visitor, "/catalogue/paheko").await;
    assert!(
        tool.contains("href=\"/ressources/rgpd-par-ou-commencer\""),
        "the tool's page leads to it"
    );
    let (_, found) = page(&visitor, "/ressources?q=etapes+corrigees").await;
    assert!(found.contains("1 ressource") && found.contains("RGPD : par où commencer"));
    let (_, history) = page(&moderator, review).await;
    assert!(history.contains("Approbation") && history.contains("Soumission"));

    // A second proposal refused: the reason is required, then kept.
    member
        .submit(
            "/ressources/proposer",
            &proposal(
                "Un site publicitaire",
                "Une page qui vend des formations sans rapport avec le sujet.",
            ),
        )
        .await;
    let second = "/moderation/ressources/un-site-publicitaire";
    let mut refuse = proposal(
        "Un site publicitaire",
        "Une page qui vend des formations sans rapport avec le sujet.",
    );
    refuse.extend([
        ("statut", "proposee"),
        ("action", "refuser"),
        ("reason", " "),
    ]);
    let without_reason = moderator.post_form(second, &refuse).await;
    assert_eq!(without_reason.status(), 422);
    assert!(
        without_reason
            .text()
            .await
            .unwrap()
            .contains("Donnez le motif")
    );
    refuse.pop();
    refuse.push(("reason", "Publicité, sans contenu utile."));
    moderator.submit(second, &refuse).await;
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM library_resources WHERE status = 'refusee'"
        )
        .await,
        1
    );
    assert_eq!(
        page(&visitor, "/ressources/un-site-publicitaire").await.0,
        404
    );
    let (_, refused) = page(&moderator, second).await;
    assert!(refused.contains("Publicité, sans contenu utile."));
    // A decision taken from a status that changed meanwhile is refused.
    let mut late = proposal(
        "Un site publicitaire",
        "Une page qui vend des formations sans rapport avec le sujet.",
    );
    late.extend([
        ("statut", "proposee"),
        ("action", "publier"),
        ("reason", ""),
    ]);
    assert_eq!(moderator.post_form(second, &late).await.status(), 409);
    assert_eq!(
        page(&visitor, "/ressources/un-site-publicitaire").await.0,
        404
    );

    // A member reports the published resource: it waits in the queue, on
    // its review page.
    let (status, form) = page(
        &member,
        "/moderation/signaler?cible=ressource&objet=rgpd-par-ou-commencer",
    )
    .await;
    assert_eq!(status, 200);
    assert!(form.contains("RGPD : par où commencer"));
    member
        .submit(
            "/moderation/signaler",
            &[
                ("cible", "ressource"),
                ("objet", "rgpd-par-ou-commencer"),
                ("motif", "lien-casse"),
                ("commentaire", "La page a changé d'adresse."),
            ],
        )
        .await;
    assert!(
        page(&moderator, "/moderation")
            .await
            .1
            .contains("La page a changé d&#39;adresse.")
    );
    assert!(
        page(&moderator, review)
            .await
            .1
            .contains("La page a changé d&#39;adresse.")
    );
    // Withdrawn after publication: gone from the page and the search.
    let mut withdraw = proposal(
        "RGPD : par où commencer",
        "Les premières étapes, corrigées par la modération.",
    );
    withdraw.extend([
        ("statut", "publiee"),
        ("action", "refuser"),
        ("reason", "Page déplacée par la CNIL."),
    ]);
    moderator.submit(review, &withdraw).await;
    assert_eq!(
        page(&visitor, "/ressources/rgpd-par-ou-commencer").await.0,
        404
    );
    assert!(
        page(&visitor, "/ressources?q=etapes")
            .await
            .1
            .contains("Aucune ressource")
    );
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM moderation_log WHERE target_kind = 'ressource'"
        )
        .await,
        5,
        "two submissions, an approval, a refusal, a withdrawal"
    );
}

async fn bad_proposals_are_named_and_nothing_is_written(backend: Backend) {
    let app = app!(backend);
    let member = app.signed_in_as("nadia@exemple.org", Role::Membre).await;
    let bad = [
        ("title", " "),
        ("url", "javascript:alert(1)"),
        ("summary", "<b>court</b>"),
        ("format", "podcast"),
        ("language", "xx"),
        ("source", ""),
        ("year", "deux mille"),
        ("tools", "gmail"),
        ("needs", "teleportation"),
    ];
    let refused = member.post_form("/ressources/proposer", &bad).await;
    assert_eq!(refused.status(), 422);
    let page = refused.text().await.unwrap();
    for message in [
        "Donnez un titre d&#39;au moins 3 caractères.",
        "Cette adresse n&#39;est pas une adresse web valable",
        "Le résumé doit faire au moins 20 caractères.",
        "Choisissez à qui s&#39;adresse la ressource.",
        "Choisissez au moins un thème.",
        "Choisissez le format de la ressource.",
        "Choisissez la langue de la ressource.",
        "Indiquez l&#39;auteur ou la source.",
        "L&#39;année doit être un nombre, par exemple 2024.",
        "Le catalogue n&#39;a pas de logiciel libre « gmail ».",
        "Le catalogue n&#39;a pas de besoin « teleportation ».",
    ] {
        assert!(page.contains(message), "{message}");
    }
    // What was typed comes back, escaped.
    assert!(page.contains("court") && !page.contains("<b>court</b>"));
    assert!(page.contains("value=\"deux mille\""));
    // A year out of range, alone.
    let mut late = proposal(
        "Un guide venu du futur",
        "Un résumé assez long pour passer la vérification.",
    );
    late.retain(|(name, _)| *name != "year");
    late.push(("year", "2999"));
    let refused = member.post_form("/ressources/proposer", &late).await;
    assert_eq!(refused.status(), 422);
    assert!(
        refused
            .text()
            .await
            .unwrap()
            .contains("L&#39;année doit être comprise entre 1990 et")
    );
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM library_resources").await,
        0
    );
    // In English for an English reader.
    let english = app
        .get_with("/ressources", &[("accept-language", "en")])
        .await
        .text()
        .await
        .unwrap();
    assert!(english.contains("Propose a resource") && english.contains("No resource"));
}

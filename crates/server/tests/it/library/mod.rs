//! The library: members propose resources, which wait in the moderation
//! queue; moderators publish (corrected if need be), refuse or withdraw
//! them with a reason, each decision in the log; the public searches the
//! published ones with facets, sorts and pages in the address. Bad input
//! is named and nothing is written; every refusal of a permission is a 403.

mod links;

use essaim_domain::accounts::Role;

use crate::harness::{Backend, TestApp, Visitor};
use crate::{app, on_both_backends};

on_both_backends!(
    members_propose_and_moderators_publish_refuse_or_withdraw,
    bad_proposals_are_named_and_nothing_is_written,
    the_library_is_searched_with_facets_sorts_and_pages,
    open_data_gives_the_published_resources_only,
);

fn proposal<'a>(title: &'a str, summary: &'a str) -> Vec<(&'a str, &'a str)> {
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

async fn count(app: &TestApp, sql: &str) -> i64 {
    sqlx::Row::get(
        &sqlx::query(sql).fetch_one(app.db().pool()).await.unwrap(),
        0,
    )
}

async fn page(visitor: &Visitor, path: &str) -> (u16, String) {
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
    publish.extend([
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

async fn the_library_is_searched_with_facets_sorts_and_pages(backend: Backend) {
    let app = app!(backend);
    let member = app.signed_in_as("nadia@exemple.org", Role::Membre).await;
    let moderator = app
        .signed_in_as("moderation@exemple.org", Role::Moderateur)
        .await;
    // 22 sheets on the law for associations, 3 videos on tools in English
    // for providers, 1 guide for everyone on funding.
    let mut made = Vec::new();
    for i in 0..22 {
        made.push((
            format!("Fiche juridique numéro {i:02}"),
            "associations",
            "droit-rgpd",
            "fiche",
            "fr",
        ));
    }
    for i in 0..3 {
        made.push((
            format!("Hosting video {i}"),
            "prestataires",
            "outils",
            "video",
            "en",
        ));
    }
    made.push((
        "Financer l'économie numérique".to_string(),
        "tous",
        "financement",
        "guide",
        "fr",
    ));
    for (title, audience, theme, format, language) in &made {
        let fields = [
            ("title", title.as_str()),
            ("url", "https://www.exemple.org/ressource"),
            (
                "summary",
                "Un résumé assez long pour passer la vérification.",
            ),
            ("audience", audience),
            ("themes", theme),
            ("format", format),
            ("language", language),
            ("source", "Exemple"),
        ];
        member.submit("/ressources/proposer", &fields).await;
        let slug = essaim_domain::text::slugify(title);
        let mut publish = fields.to_vec();
        publish.extend([("statut", "proposee"), ("action", "publier")]);
        moderator
            .submit(&format!("/moderation/ressources/{slug}"), &publish)
            .await;
    }
    let visitor = app.visitor();
    let (_, all) = page(&visitor, "/ressources").await;
    assert!(all.contains("26 ressources") && all.contains("Page 1 sur 2"));
    // Associations see what is for everyone too; counts say what ticking
    // a value would give.
    let (_, associations) = page(&visitor, "/ressources?public=associations").await;
    assert!(associations.contains("23 ressources"));
    assert!(
        associations
            .contains("value=\"prestataires\"><span>Prestataires <span class=\"count\">4</span>")
    );
    let (_, english) = page(&visitor, "/ressources?langue=en&format=video").await;
    assert!(english.contains("3 ressources") && english.contains("Hosting video 2"));
    // Words without accents, plurals.
    let (_, funding) = page(&visitor, "/ressources?q=economies").await;
    assert!(
        funding.contains("1 ressource") && funding.contains("Financer l&#39;économie numérique")
    );
    // Sorted by title, second page, every choice kept in the links.
    let (_, second) = page(&visitor, "/ressources?theme=droit-rgpd&tri=titre&page=2").await;
    assert!(
        second.contains("Fiche juridique numéro 20")
            && second.contains("Fiche juridique numéro 21")
    );
    assert!(!second.contains("Fiche juridique numéro 19"));
    assert!(second.contains("href=\"/ressources?theme=droit-rgpd&#38;tri=titre\" rel=\"prev\""));
    // A filter that does not exist is named, and the rest still applies.
    let (status, unknown) = page(&visitor, "/ressources?format=podcast&langue=en").await;
    assert_eq!(status, 200);
    assert!(unknown.contains("Le filtre « format = podcast » n&#39;existe pas"));
    assert!(unknown.contains("3 ressources"));
    // Past the last page: an empty page, not an error.
    let (status, past) = page(&visitor, "/ressources?page=99").await;
    assert_eq!(status, 200);
    assert!(past.contains("Aucune ressource ne correspond"));
}

async fn open_data_gives_the_published_resources_only(backend: Backend) {
    let app = app!(backend);
    let member = app.signed_in_as("nadia@exemple.org", Role::Membre).await;
    let moderator = app
        .signed_in_as("moderation@exemple.org", Role::Moderateur)
        .await;
    member
        .submit(
            "/ressources/proposer",
            &proposal(
                "RGPD : par où commencer",
                "Les premières étapes pour une petite association, pas à pas.",
            ),
        )
        .await;
    let mut publish = proposal(
        "RGPD : par où commencer",
        "Les premières étapes pour une petite association, pas à pas.",
    );
    publish.extend([("statut", "proposee"), ("action", "publier")]);
    moderator
        .submit("/moderation/ressources/rgpd-par-ou-commencer", &publish)
        .await;
    // A formula in a title stays text in a spreadsheet.
    member
        .submit(
            "/ressources/proposer",
            &proposal(
                "=HYPERLINK(\"x\") en attente",
                "Une proposition que personne n'a encore relue.",
            ),
        )
        .await;
    let visitor = app.visitor();

    let (status, feed) = page(&visitor, "/ressources/flux.atom").await;
    assert_eq!(status, 200);
    assert!(feed.contains("<title>RGPD : par où commencer</title>"));
    assert!(feed.contains("/ressources/rgpd-par-ou-commencer"));
    assert!(!feed.contains("HYPERLINK"), "a proposal is not published");

    let csv = visitor.get("/ressources/export.csv?theme=droit-rgpd").await;
    assert_eq!(csv.headers()["content-type"], "text/csv; charset=utf-8");
    let csv = csv.text().await.unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 2, "{csv}");
    assert!(lines[0].starts_with("\u{feff}slug;titre;adresse;resume;public;themes"));
    assert!(lines[1].starts_with("rgpd-par-ou-commencer;RGPD : par où commencer;https://www.cnil.fr/fr/rgpd-par-ou-commencer;"));
    assert!(!csv.contains("nadia@exemple.org"));
    let (_, none) = page(&visitor, "/ressources/export.csv?theme=financement").await;
    assert_eq!(none.lines().count(), 1, "the header alone");

    let (status, json) = app.get_json("/ressources/export.json").await;
    assert_eq!(status, 200);
    assert_eq!(json.as_array().unwrap().len(), 1);
    assert_eq!(
        json[0]["themes"],
        serde_json::json!(["formation", "droit-rgpd"])
    );

    // The API, checked against its document.
    let (_, document) = app.get_json("/api/openapi.json").await;
    let resource = crate::directory::api::validator(&document, "LibraryResource");
    let error = crate::directory::api::validator(&document, "Error");
    let (status, list) = app
        .get_json("/api/v1/ressources?q=etapes&public=associations&langue=fr")
        .await;
    assert_eq!(status, 200);
    assert_eq!(
        (list["total"].as_i64(), list["page"].as_i64()),
        (Some(1), Some(1))
    );
    crate::directory::api::assert_valid(&resource, &list["items"][0], "a resource");
    assert_eq!(list["items"][0]["year"], 2023);
    for bad in ["format=podcast", "page=0", "tri=hasard", "langue=klingon"] {
        let (status, body) = app.get_json(&format!("/api/v1/ressources?{bad}")).await;
        assert_eq!(status, 400, "{bad}");
        crate::directory::api::assert_valid(&error, &body, bad);
        assert!(
            body["message"]
                .as_str()
                .unwrap()
                .contains("ne peut pas valoir")
        );
    }
}

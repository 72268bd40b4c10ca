//! Quotes, votes and the conditional campaign: pledges in whole cents,
//! refused when wrong with the ledger unchanged; the goal reached closes
//! the campaign, and each person gets one email, the ledger in it. The
//! campaign a test starts from (`campaign`), shared with `once.rs`.

use super::{count, garden, page, propose, school, theatre};
use crate::harness::{Backend, TestApp, Visitor};
use crate::{app, on_both_backends};

on_both_backends!(
    providers_quote_associations_vote_and_the_goal_is_reached,
    bad_quotes_pledges_and_deadlines_are_named,
);

/// A need joined by three associations, a published provider's quote of
/// 2 400 € voted by them, and its campaign open for three weeks.
pub(super) struct Campaign {
    pub(super) need: String,
    /// Each association's responsable (the need's author first), its
    /// slug and address.
    pub(super) members: Vec<(Visitor, String, &'static str)>,
}

/// An amount as pages and emails print it (narrow no-break spaces).
pub(super) fn eur(amount: &str) -> String {
    amount.replace(' ', "\u{202F}")
}

pub(super) fn in_days(app: &TestApp, days: i64) -> String {
    app.app().today().add_days(days).to_string()
}

/// The manager of a published profile, and the profile's slug.
async fn provider(app: &TestApp) -> (Visitor, String) {
    let (provider, slug) =
        crate::providers::provider_with_complete_draft(app, "devis@coop.example").await;
    crate::providers::publish(app, &provider, &slug).await;
    (provider, slug)
}

pub(super) async fn campaign(app: &TestApp) -> Campaign {
    let (author, jardin) = garden(app).await;
    let need = propose(&author, &jardin, "Adhésions en ligne dans Paheko").await;
    let (ecole_member, ecole) = school(app).await;
    let (theatre_member, theatre) = theatre(app).await;
    for (member, slug) in [(&ecole_member, &ecole), (&theatre_member, &theatre)] {
        member
            .submit(&format!("{need}/nous-aussi"), &[("association", slug)])
            .await;
    }
    let (provider, slug) = provider(app).await;
    let valid = in_days(app, 90);
    provider
        .submit(
            &format!("{need}/devis"),
            &[
                ("prestataire", &slug),
                ("montant_devis", "2 400"),
                (
                    "livrables",
                    "Un module de renouvellement des adhésions en ligne, relié aux écritures.",
                ),
                ("jalons", "Maquette\nDéveloppement\nMise en production"),
                ("validite", &valid),
            ],
        )
        .await;
    let quote: i64 = sqlx::Row::get(
        &sqlx::query("SELECT id FROM pooling_quotes")
            .fetch_one(app.db().pool())
            .await
            .unwrap(),
        0,
    );
    for (member, slug) in [
        (&author, &jardin),
        (&ecole_member, &ecole),
        (&theatre_member, &theatre),
    ] {
        member
            .submit(
                &format!("{need}/devis/{quote}/vote"),
                &[("association", slug)],
            )
            .await;
    }
    let deadline = in_days(app, 21);
    author
        .submit(
            &format!("{need}/devis/{quote}/choisir"),
            &[("echeance", &deadline)],
        )
        .await;
    Campaign {
        need,
        members: vec![
            (author, jardin, "tresorier@jardin.example"),
            (ecole_member, ecole, "bureau@ecole.example"),
            (theatre_member, theatre, "bureau@theatre.example"),
        ],
    }
}

pub(super) async fn pledge(
    member: &Visitor,
    need: &str,
    association: &str,
    amount: &str,
    public: bool,
) -> reqwest::Response {
    let mut fields = vec![("association", association), ("montant", amount)];
    if public {
        fields.push(("public", "1"));
    }
    member
        .post_form(&format!("{need}/engagement"), &fields)
        .await
}

async fn send_quote(
    provider: &Visitor,
    need: &str,
    fields: Vec<(&'static str, String)>,
) -> reqwest::Response {
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    provider.post_form(&format!("{need}/devis"), &pairs).await
}

async fn ledger_lines(app: &TestApp) -> i64 {
    count(app, "SELECT COUNT(*) FROM pooling_ledger").await
}

async fn providers_quote_associations_vote_and_the_goal_is_reached(backend: Backend) {
    let app = app!(backend);
    let c = campaign(&app).await;
    let (_, html) = page(&app.visitor(), &c.need).await;
    assert!(html.contains("Financement"), "{html}");
    assert!(html.contains(&eur("2 400 €")), "{html}");
    assert!(html.contains("3 voix"));
    assert!(html.contains("ne détient jamais d&#39;argent"));

    let [
        (jardin_member, jardin, _),
        (ecole_member, ecole, _),
        (theatre_member, theatre, _),
    ] = &c.members[..]
    else {
        unreachable!()
    };
    assert_eq!(
        pledge(jardin_member, &c.need, jardin, "1 000", true)
            .await
            .status(),
        303
    );
    assert_eq!(
        pledge(ecole_member, &c.need, ecole, "800", false)
            .await
            .status(),
        303
    );
    // Changed, then withdrawn and made again: each in the ledger.
    assert_eq!(
        pledge(ecole_member, &c.need, ecole, "900,50", false)
            .await
            .status(),
        303
    );
    let withdrawn = ecole_member
        .post_form(
            &format!("{}/engagement", c.need),
            &[("association", ecole.as_str()), ("retirer", "1")],
        )
        .await;
    assert_eq!(withdrawn.status(), 303);
    assert_eq!(
        pledge(ecole_member, &c.need, ecole, "900", false)
            .await
            .status(),
        303
    );
    let (_, html) = page(&app.visitor(), &c.need).await;
    assert!(html.contains(&eur("1 900 €")), "{html}");
    // Publicly named, or "une association".
    assert!(
        html.contains(&format!("Les Amis du Jardin : {}", eur("1 000 €"))),
        "{html}"
    );
    assert!(!html.contains("École de musique"), "{html}");
    assert!(html.contains(&format!("Une association : {}", eur("900 €"))));

    // The third reaches the goal: the campaign closes.
    let reached = pledge(theatre_member, &c.need, theatre, "500", true).await;
    assert_eq!(reached.status(), 303);
    assert!(
        reached.headers()["location"]
            .to_str()
            .unwrap()
            .contains("fait=objectif")
    );
    let (_, html) = page(&app.visitor(), &c.need).await;
    assert!(html.contains("Objectif atteint"));
    assert!(html.contains("En développement"));
    assert!(html.contains(&eur("2 400 €")));
    // engagement ×4 (one made again), modification, retrait, objectif.
    assert_eq!(ledger_lines(&app).await, 7);

    // Every pledger and the provider get the final ledger, once.
    for email in [
        "tresorier@jardin.example",
        "bureau@ecole.example",
        "bureau@theatre.example",
    ] {
        let mails = app.settled_emails_to(email).await;
        let reached: Vec<_> = mails
            .iter()
            .filter(|m| m.subject.contains("Objectif atteint"))
            .collect();
        assert_eq!(reached.len(), 1, "{email}: {mails:?}");
        assert!(
            reached[0]
                .text
                .contains(&format!("Les Amis du Jardin : {}", eur("1 000 €")))
        );
        assert!(
            reached[0]
                .text
                .contains(&format!("École de musique : {}", eur("900 €")))
        );
        assert!(
            reached[0]
                .text
                .contains(&format!("Théâtre du Pont : {}", eur("500 €")))
        );
        assert!(reached[0].text.contains("ne détient aucun argent"));
    }
    let to_provider = app.settled_emails_to("devis@coop.example").await;
    let to_provider: Vec<_> = to_provider
        .iter()
        .filter(|m| m.subject.contains("Objectif atteint"))
        .collect();
    assert_eq!(to_provider.len(), 1);
    assert!(
        to_provider[0]
            .text
            .contains("Vous facturez directement chaque association")
    );

    // Closed: no pledge changes any more, and the ledger stays.
    let late = pledge(jardin_member, &c.need, jardin, "1 200", true).await;
    assert_eq!(late.status(), 422);
    assert!(
        late.text()
            .await
            .unwrap()
            .contains("L&#39;objectif est atteint")
    );
    assert_eq!(ledger_lines(&app).await, 7);
    app.stop().await;
}

async fn bad_quotes_pledges_and_deadlines_are_named(backend: Backend) {
    let app = app!(backend);
    let (author, jardin) = garden(&app).await;
    let need = propose(&author, &jardin, "Adhésions en ligne dans Paheko").await;
    // Only managers of a published profile quote.
    let valid = in_days(&app, 90);
    let quote_fields = |amount: &'static str, until: String| {
        vec![
            ("prestataire", "cooperative".to_string()),
            ("montant_devis", amount.to_string()),
            (
                "livrables",
                "Un module de renouvellement des adhésions en ligne, relié aux écritures."
                    .to_string(),
            ),
            ("jalons", "Maquette".to_string()),
            ("validite", until),
        ]
    };
    let refused = send_quote(&author, &need, quote_fields("2 400", valid.clone())).await;
    assert_eq!(refused.status(), 403);
    let (draft_only, _) =
        crate::providers::provider_with_complete_draft(&app, "brouillon@coop.example").await;
    let refused = send_quote(&draft_only, &need, quote_fields("2 400", valid.clone())).await;
    assert_eq!(refused.status(), 403);
    let (provider, slug) = provider(&app).await;
    let with_slug = |amount: &'static str, until: String| {
        let mut fields = quote_fields(amount, until);
        fields[0].1 = slug.clone();
        fields
    };
    let bad = send_quote(&provider, &need, with_slug("12,345", in_days(&app, -1))).await;
    assert_eq!(bad.status(), 422);
    let html = bad.text().await.unwrap();
    assert!(
        html.contains("au plus deux chiffres après la virgule"),
        "{html}"
    );
    assert!(html.contains("La date de validité doit être à venir"));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM pooling_quotes").await, 0);
    let ok = send_quote(&provider, &need, with_slug("2 400", valid.clone())).await;
    assert_eq!(ok.status(), 303);
    let quote: i64 = sqlx::Row::get(
        &sqlx::query("SELECT id FROM pooling_quotes")
            .fetch_one(app.db().pool())
            .await
            .unwrap(),
        0,
    );
    // A plain member of the association neither votes nor pledges.
    let space = format!("/espace-association/{jardin}");
    let plain =
        crate::associations::join(&app, &author, &space, "benevole@jardin.example", "membre").await;
    let vote = plain
        .post_form(
            &format!("{need}/devis/{quote}/vote"),
            &[("association", &jardin)],
        )
        .await;
    assert_eq!(vote.status(), 403);
    // Choosing needs a vote, by the author only, within 60 days.
    let unvoted = author
        .post_form(
            &format!("{need}/devis/{quote}/choisir"),
            &[("echeance", &in_days(&app, 21))],
        )
        .await;
    assert_eq!(unvoted.status(), 422);
    assert!(unvoted.text().await.unwrap().contains("le plus de voix"));
    author
        .submit(
            &format!("{need}/devis/{quote}/vote"),
            &[("association", &jardin)],
        )
        .await;
    let far = author
        .post_form(
            &format!("{need}/devis/{quote}/choisir"),
            &[("echeance", &in_days(&app, 61))],
        )
        .await;
    assert_eq!(far.status(), 422);
    assert!(
        far.text()
            .await
            .unwrap()
            .contains("une campagne dure au plus 60 jours")
    );
    let not_author = provider
        .post_form(
            &format!("{need}/devis/{quote}/choisir"),
            &[("echeance", &in_days(&app, 21))],
        )
        .await;
    assert_eq!(not_author.status(), 403);
    author
        .submit(
            &format!("{need}/devis/{quote}/choisir"),
            &[("echeance", &in_days(&app, 21))],
        )
        .await;
    // Pledges: zero, negative, three decimals, words; a member who is not
    // responsable; the ledger unchanged.
    for (amount, message) in [
        ("0", "supérieur à zéro"),
        ("-50", "supérieur à zéro"),
        ("10,555", "au plus deux chiffres"),
        ("beaucoup", "Écrivez le montant en chiffres"),
    ] {
        let refused = pledge(&author, &need, &jardin, amount, true).await;
        assert_eq!(refused.status(), 422, "{amount}");
        assert!(refused.text().await.unwrap().contains(message), "{amount}");
    }
    let forbidden = pledge(&plain, &need, &jardin, "100", true).await;
    assert_eq!(forbidden.status(), 403);
    assert_eq!(ledger_lines(&app).await, 0);
    // A withdrawal of nothing is named too.
    let nothing = author
        .post_form(
            &format!("{need}/engagement"),
            &[("association", jardin.as_str()), ("retirer", "1")],
        )
        .await;
    assert_eq!(nothing.status(), 422);
    // Once funding started, quotes close.
    let closed = send_quote(&provider, &need, with_slug("2 000", valid)).await;
    assert_eq!(closed.status(), 409);
    app.stop().await;
}

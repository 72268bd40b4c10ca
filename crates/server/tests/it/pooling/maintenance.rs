//! Shared maintenance: a published provider offers a pool; responsables
//! subscribe while days remain (the last days go once, even asked for at
//! the same moment), or wait on the list; each month's ledger says what
//! each owes to the cent, shown only to those concerned; pools are found
//! by place and on the provider's profile.

use super::{association, count, garden, page, theatre};
use crate::harness::{Backend, TestApp, Visitor};
use crate::{app, on_both_backends};

on_both_backends!(
    associations_share_a_pools_days_and_each_owes_its_part,
    bad_offers_and_subscriptions_are_named,
    the_last_days_go_once,
);

const POOL: &str = "/mutualisation/maintenance";

fn eur(amount: &str) -> String {
    amount.replace(' ', "\u{202F}")
}

/// A published provider's manager offers a pool of 4 days at 300 € with
/// 100,01 € of shared services in Ille-et-Vilaine; returns the manager,
/// the profile's slug and the pool's path.
async fn offer(app: &TestApp) -> (Visitor, String, String) {
    let (provider, slug) =
        crate::providers::provider_with_complete_draft(app, "technique@coop.example").await;
    crate::providers::publish(app, &provider, &slug).await;
    let offered = provider
        .submit(
            &format!("{POOL}/proposer"),
            &[
                ("prestataire", &slug),
                ("titre", "Maintenance partagée en Ille-et-Vilaine"),
                ("description", "Un technicien passe chaque mois : postes, réseau, sauvegardes et petites formations."),
                ("jours_par_mois", "4"),
                ("tarif", "300"),
                ("services", "Sauvegardes chiffrées : 40\nSupervision : 60,01"),
                ("departements", "35"),
            ],
        )
        .await;
    let path = offered.headers()["location"].to_str().unwrap().to_string();
    (provider, slug, path)
}

async fn subscribe(
    member: &Visitor,
    pool: &str,
    association: &str,
    days: &str,
) -> reqwest::Response {
    member
        .post_form(pool, &[("association", association), ("jours", days)])
        .await
}

async fn associations_share_a_pools_days_and_each_owes_its_part(backend: Backend) {
    let app = app!(backend);
    let (provider, slug, pool) = offer(&app).await;
    let (jardin_member, jardin) = garden(&app).await;
    let (ecole_member, ecole) = association(
        &app,
        "bureau@ecole.example",
        "École de musique",
        "1-9",
        "Rennes (35000)",
    )
    .await;
    let (theatre_member, theatre) = theatre(&app).await;

    assert_eq!(
        subscribe(&jardin_member, &pool, &jardin, "2")
            .await
            .status(),
        303
    );
    // More than remains: named, nothing written.
    let over = subscribe(&ecole_member, &pool, &ecole, "3").await;
    assert_eq!(over.status(), 422);
    assert!(over.text().await.unwrap().contains("Il reste 2 jour(s)"));
    assert_eq!(
        subscribe(&ecole_member, &pool, &ecole, "2").await.status(),
        303
    );
    // Full: the theatre waits on the list.
    let (_, html) = page(&theatre_member, &pool).await;
    assert!(html.contains("0 jour(s) libre(s) sur 4"), "{html}");
    let waiting = theatre_member
        .post_form(
            &pool,
            &[("association", &theatre), ("jours", "1"), ("attendre", "1")],
        )
        .await;
    assert_eq!(waiting.status(), 303);
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM pooling_waitlist").await,
        1
    );

    // The ledger to the cent: 2 days × 300 € and half of 100,01 €, the
    // odd cent to the first who came.
    let (_, seen) = page(&provider, &pool).await;
    assert!(seen.contains("Les Amis du Jardin"), "{seen}");
    assert!(seen.contains(&eur("650,01 €")), "{seen}");
    assert!(seen.contains(&eur("650 €")), "{seen}");
    assert!(seen.contains(&eur("1 300,01 €")), "{seen}");
    // A subscriber sees it too; the public sees no names.
    let (_, subscriber) = page(&ecole_member, &pool).await;
    assert!(subscriber.contains("Les Amis du Jardin"));
    let (_, public) = page(&app.visitor(), &pool).await;
    assert!(!public.contains("Les Amis du Jardin"));
    assert!(public.contains("2 associations inscrites"), "{public}");

    // Leaving ends with the month, still owed; the next month is without it.
    jardin_member
        .submit(&pool, &[("association", &jardin), ("quitter", "1")])
        .await;
    let (_, now) = page(&provider, &pool).await;
    assert!(now.contains(&eur("650,01 €")));
    let next = app.app().today().add_days(40).to_string()[..7].to_string();
    let (_, later) = page(&provider, &format!("{pool}?mois={next}")).await;
    assert!(!later.contains("Les Amis du Jardin"), "{later}");
    assert!(later.contains(&eur("700,01 €")), "{later}");

    // Found by place, and on the provider's profile.
    let (_, near) = page(&app.visitor(), &format!("{POOL}?lieu=Vitré")).await;
    assert!(near.contains("Maintenance partagée en Ille-et-Vilaine"));
    let (_, far) = page(&app.visitor(), &format!("{POOL}?lieu=Dijon")).await;
    assert!(!far.contains("Maintenance partagée en Ille-et-Vilaine"));
    let (_, unknown) = page(&app.visitor(), &format!("{POOL}?lieu=Zzyzxville")).await;
    assert!(unknown.contains("Aucune commune ne correspond"));
    let (_, profile) = page(&app.visitor(), &format!("/annuaire/{slug}")).await;
    assert!(
        profile.contains("Maintenance partagée en Ille-et-Vilaine"),
        "{profile}"
    );
    app.stop().await;
}

async fn bad_offers_and_subscriptions_are_named(backend: Backend) {
    // Five people sign in from one address within the minute.
    let app = app!(backend, &[("rate_limit_login", "100/min,1000/h")]);
    // Only the managers of a published profile offer a pool.
    let (founder, jardin) = garden(&app).await;
    let (provider, slug, pool) = offer(&app).await;
    let forbidden = founder
        .post_form(
            &format!("{POOL}/proposer"),
            &[
                ("prestataire", &slug),
                ("titre", "Maintenance partagée"),
                ("jours_par_mois", "4"),
            ],
        )
        .await;
    assert_eq!(forbidden.status(), 403);
    let bad = provider
        .post_form(
            &format!("{POOL}/proposer"),
            &[
                ("prestataire", &slug),
                ("titre", "Court"),
                ("description", "Trop court"),
                ("jours_par_mois", "40"),
                ("tarif", "0"),
                ("services", "Sauvegardes 40"),
                ("departements", "35 99"),
            ],
        )
        .await;
    assert_eq!(bad.status(), 422);
    let html = bad.text().await.unwrap();
    for message in [
        "Le titre compte de 8 à 120 caractères",
        "Entre 1 et 23",
        "Le montant doit être supérieur à zéro",
        "Ligne 1 des services",
        "« 99 » n&#39;est pas un numéro de département",
    ] {
        assert!(html.contains(message), "{message}: {html}");
    }
    assert_eq!(count(&app, "SELECT COUNT(*) FROM pooling_pools").await, 1);

    // Subscriptions: a responsable only, a whole number of days.
    let space = format!("/espace-association/{jardin}");
    let plain =
        crate::associations::join(&app, &founder, &space, "benevole@jardin.example", "membre")
            .await;
    assert_eq!(subscribe(&plain, &pool, &jardin, "1").await.status(), 403);
    for days in ["0", "-1", "1,5", "deux"] {
        let refused = subscribe(&founder, &pool, &jardin, days).await;
        assert_eq!(refused.status(), 422, "{days}");
        assert!(
            refused
                .text()
                .await
                .unwrap()
                .contains("nombre entier de jours")
        );
    }
    assert_eq!(subscribe(&founder, &pool, &jardin, "1").await.status(), 303);
    // Twice: refused, still one.
    assert_eq!(subscribe(&founder, &pool, &jardin, "1").await.status(), 409);
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM pooling_subscriptions").await,
        1
    );
    let missing = app.visitor().get(&format!("{POOL}/999")).await;
    assert_eq!(missing.status(), 404);
    app.stop().await;
}

async fn the_last_days_go_once(backend: Backend) {
    let app = app!(backend);
    let (_, _, pool) = offer(&app).await;
    let (a, a_slug) = garden(&app).await;
    let (b, b_slug) = association(
        &app,
        "bureau@ecole.example",
        "École de musique",
        "1-9",
        "Rennes (35000)",
    )
    .await;
    // 3 days each of 4, asked at the same moment: one gets them.
    let (first, second) = tokio::join!(
        subscribe(&a, &pool, &a_slug, "3"),
        subscribe(&b, &pool, &b_slug, "3"),
    );
    let mut statuses = [first.status().as_u16(), second.status().as_u16()];
    statuses.sort();
    assert_eq!(statuses, [303, 422]);
    assert_eq!(
        count(
            &app,
            "SELECT CAST(COALESCE(SUM(days), 0) AS BIGINT) FROM pooling_subscriptions"
        )
        .await,
        3
    );
    app.stop().await;
}

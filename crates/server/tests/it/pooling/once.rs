//! Jobs that happen once: two pledges crossing the goal at the same
//! moment close the campaign once, with one email per person; the
//! deadline releases every pledge once and the reminder goes once, even
//! with two nodes on one database.

use essaim_domain::date::Date;

use super::campaigns::{campaign, in_days, pledge};
use super::{count, page};
use crate::harness::Backend;
use crate::{app, on_both_backends};

on_both_backends!(
    two_pledges_crossing_the_goal_close_it_once,
    the_deadline_releases_every_pledge_once_across_two_nodes,
);

async fn two_pledges_crossing_the_goal_close_it_once(backend: Backend) {
    let app = app!(backend);
    let c = campaign(&app).await;
    let [(a, a_slug, _), (b, b_slug, _), (t, t_slug, _)] = &c.members[..] else {
        unreachable!()
    };
    assert_eq!(
        pledge(t, &c.need, t_slug, "1 600", true).await.status(),
        303
    );
    // Two pledges of 800 € at the same moment: either reaches the goal,
    // only one closes it.
    let (first, second) = tokio::join!(
        pledge(a, &c.need, a_slug, "800", true),
        pledge(b, &c.need, b_slug, "800", true),
    );
    let statuses = [first.status().as_u16(), second.status().as_u16()];
    assert!(statuses.contains(&303), "{statuses:?}");
    assert!(statuses.contains(&422), "{statuses:?}");
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM pooling_ledger WHERE event = 'objectif-atteint'"
        )
        .await,
        1
    );
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM pooling_campaigns WHERE state = 'atteinte'"
        )
        .await,
        1
    );
    app.wait_for_jobs().await;
    let reached: Vec<_> = app
        .emails()
        .into_iter()
        .filter(|m| m.subject.contains("Objectif atteint"))
        .map(|m| m.to)
        .collect();
    // The theatre, one of the two, and the provider: each once.
    assert_eq!(reached.len(), 3, "{reached:?}");
    let mut unique = reached.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), 3);
    app.stop().await;
}

async fn the_deadline_releases_every_pledge_once_across_two_nodes(backend: Backend) {
    let app = app!(backend);
    let c = campaign(&app).await;
    let (a, a_slug, _) = &c.members[0];
    assert_eq!(
        pledge(a, &c.need, a_slug, "1 000", true).await.status(),
        303
    );
    let other = app.start_another_node().await;

    // A week before the deadline, the reminder goes once.
    let week = in_days(&app, 7);
    sqlx::query("UPDATE pooling_campaigns SET deadline = $1")
        .bind(&week)
        .execute(app.db().pool())
        .await
        .unwrap();
    let (one, two) = tokio::join!(
        essaim_app::pooling::settle_due(app.app()),
        essaim_app::pooling::settle_due(other.app()),
    );
    // The second node's own hourly pass, which runs as it starts, may be
    // the one that acts: the count across all of them is what matters.
    assert!(one.unwrap().reminded + two.unwrap().reminded <= 1);
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM pooling_campaigns WHERE reminded_at IS NOT NULL"
        )
        .await,
        1
    );

    // The deadline passed: released once, whichever node looks.
    let yesterday = Date::parse(&in_days(&app, -1)).unwrap().to_string();
    sqlx::query("UPDATE pooling_campaigns SET deadline = $1")
        .bind(&yesterday)
        .execute(app.db().pool())
        .await
        .unwrap();
    let (one, two) = tokio::join!(
        essaim_app::pooling::settle_due(app.app()),
        essaim_app::pooling::settle_due(other.app()),
    );
    assert!(one.unwrap().released + two.unwrap().released <= 1);
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM pooling_campaigns WHERE state = 'liberee'"
        )
        .await,
        1
    );
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM pooling_ledger WHERE event = 'liberation'"
        )
        .await,
        1
    );
    app.wait_for_jobs().await;
    other.wait_for_jobs().await;
    let sent: Vec<_> = app.emails().into_iter().chain(other.emails()).collect();
    let reminders: Vec<_> = sent
        .iter()
        .filter(|m| m.subject.contains("Plus qu'une semaine"))
        .map(|m| m.to.clone())
        .collect();
    // The three associations' responsables, once each.
    assert_eq!(reminders.len(), 3, "{reminders:?}");
    let released: Vec<_> = sent
        .iter()
        .filter(|m| m.subject.contains("Campagne expirée"))
        .map(|m| m.to.clone())
        .collect();
    // The pledger (also the author) and the provider, once each.
    assert_eq!(released.len(), 2, "{released:?}");
    assert!(released.contains(&"tresorier@jardin.example".to_string()));
    assert!(released.contains(&"devis@coop.example".to_string()));

    let (_, html) = page(&app.visitor(), &c.need).await;
    assert!(html.contains("Expirée, engagements libérés"), "{html}");
    assert!(html.contains("Cahier des charges"));
    // After the deadline, nothing more is taken.
    let late = pledge(a, &c.need, a_slug, "1 200", true).await;
    assert_eq!(late.status(), 422);
    assert!(late.text().await.unwrap().contains("La campagne a expiré"));
    other.stop().await;
    app.stop().await;
}

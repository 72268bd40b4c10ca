//! The diagnostic as a volunteer without an account takes it: answers kept
//! on the server under a cookie, what to change first and with what, then,
//! once signed in, the roadmap of their association made from it.

use essaim_domain::accounts::Role;

use crate::harness::{Backend, PASSWORD};
use crate::{app, on_both_backends};

on_both_backends!(
    a_volunteer_without_an_account_gets_a_plan_then_keeps_it,
    bad_answers_are_named_and_nothing_is_kept,
    a_diagnostic_left_for_ninety_days_is_forgotten,
);

const ANSWERS: &[(&str, &str)] = &[
    ("tool-reseaux-sociaux", "facebook"),
    ("people-reseaux-sociaux", "1"),
    ("importance-reseaux-sociaux", "faible"),
    ("attache-reseaux-sociaux", "partenaires"),
    ("attache-reseaux-sociaux", "habitudes"),
    ("tool-messagerie", "gmail"),
    ("people-messagerie", "plus-de-20"),
    ("importance-messagerie", "vitale"),
    ("tool-bureautique", "libreoffice"),
    ("people-bureautique", "6-20"),
    ("importance-bureautique", "importante"),
    ("tool-adherents-compta", "autre"),
    ("other-adherents-compta", "Un cahier et un tableur"),
    ("people-adherents-compta", "2-5"),
    ("importance-adherents-compta", "importante"),
];

async fn a_volunteer_without_an_account_gets_a_plan_then_keeps_it(backend: Backend) {
    let app = app!(backend);
    let visitor = app.visitor();
    let form = visitor.get("/diagnostic").await;
    assert_eq!(form.status(), 200);
    let form = form.text().await.unwrap();
    assert!(
        form.matches("<details class=\"question\"").count() >= 20,
        "every need"
    );
    assert_eq!(
        visitor.get("/diagnostic/resultat").await.status(),
        303,
        "nothing to show before answering"
    );

    let sent = visitor.post_form("/diagnostic", ANSWERS).await;
    assert_eq!(sent.status(), 303);
    let cookie = sent.headers()["set-cookie"].to_str().unwrap().to_string();
    assert!(
        cookie.starts_with("essaim_diagnostic=") && cookie.contains("HttpOnly"),
        "{cookie}"
    );
    let result = visitor
        .get("/diagnostic/resultat")
        .await
        .text()
        .await
        .unwrap();
    let gmail = result.find("Messagerie électronique : Gmail").unwrap();
    let accounting = result
        .find("Adhérents et comptabilité : Un cahier et un tableur")
        .unwrap();
    let facebook = result.find("Réseaux sociaux : Facebook").unwrap();
    assert!(gmail < accounting && accounting < facebook, "impact × ease");
    assert!(result.contains("beaucoup de monde s&#39;en sert et il compte beaucoup"));
    assert!(result.contains("vos partenaires l&#39;utilisent"));
    assert!(result[gmail..].contains("href=\"/catalogue/roundcube\">Roundcube</a> <span class=\"muted\">— le plus conseillé pour le remplacer"));
    assert!(
        result.contains("Suite bureautique : LibreOffice"),
        "already free"
    );
    assert!(result.contains("Créez un compte"));
    // The answers are there to review.
    let again = visitor.get("/diagnostic").await.text().await.unwrap();
    assert!(again.contains("value=\"Un cahier et un tableur\""));
    assert!(again.contains("<option value=\"gmail\" selected>"));

    // Signed in, with an association: the diagnostic becomes its roadmap.
    essaim_app::accounts::create_admin::create_account(
        app.db(),
        "tresorier@exemple.org",
        Role::Membre,
        PASSWORD,
    )
    .await
    .unwrap();
    assert_eq!(
        visitor
            .sign_in("tresorier@exemple.org", PASSWORD)
            .await
            .status(),
        303
    );
    let result = visitor
        .get("/diagnostic/resultat")
        .await
        .text()
        .await
        .unwrap();
    assert!(result.contains("Créez l&#39;espace de votre association"));
    visitor
        .post_form(
            "/espace-association",
            &[
                ("name", "Club de handball"),
                ("size", "sans-salarie"),
                ("commune_query", "Vitré (35500)"),
            ],
        )
        .await;
    let other = app.signed_in_as("voisin@exemple.org", Role::Membre).await;
    other
        .post_form(
            "/espace-association",
            &[
                ("name", "Chorale"),
                ("size", "sans-salarie"),
                ("commune_query", "Rennes"),
            ],
        )
        .await;
    let not_theirs = visitor
        .post_form(
            "/diagnostic/feuille-de-route",
            &[("association", "chorale")],
        )
        .await;
    assert_eq!(not_theirs.status(), 403);
    let made = visitor
        .post_form(
            "/diagnostic/feuille-de-route",
            &[("association", "club-de-handball")],
        )
        .await;
    assert_eq!(made.status(), 303);
    assert_eq!(
        made.headers()["location"],
        "/espace-association/club-de-handball/feuille-de-route?fait=diagnostic"
    );
    let association = app
        .db()
        .association_by_slug("club-de-handball")
        .await
        .unwrap()
        .unwrap();
    let items = app.db().roadmap_items(association.id).await.unwrap();
    assert_eq!(items.len(), 3, "LibreOffice is already free");
    assert_eq!(items[0].item.need, "messagerie");
    assert_eq!(items[0].item.priority.slug(), "haute");
    assert_eq!(items[0].item.chosen_tool.as_deref(), Some("roundcube"));
    assert_eq!(items[2].item.priority.slug(), "basse");
    assert_eq!(
        visitor.get("/diagnostic/resultat").await.status(),
        303,
        "the draft became the plan"
    );
    app.stop().await;
}

async fn bad_answers_are_named_and_nothing_is_kept(backend: Backend) {
    let app = app!(backend);
    let visitor = app.visitor();
    for (fields, message) in [
        (
            vec![
                ("tool-messagerie", "minitel"),
                ("people-messagerie", "1"),
                ("importance-messagerie", "faible"),
            ],
            "l&#39;outil « minitel » n&#39;est pas dans le catalogue",
        ),
        (
            vec![
                ("tool-messagerie", "gmail"),
                ("people-messagerie", "mille"),
                ("importance-messagerie", "faible"),
            ],
            "choisissez une valeur de la liste",
        ),
    ] {
        let refused = visitor.post_form("/diagnostic", &fields).await;
        assert_eq!(refused.status(), 422, "{message}");
        assert!(
            refused
                .headers()
                .get("set-cookie")
                .is_none_or(|c| !c.to_str().unwrap().starts_with("essaim_diagnostic="))
        );
        assert!(refused.text().await.unwrap().contains(message), "{message}");
    }
    let drafts: i64 = sqlx::Row::get(
        &sqlx::query("SELECT COUNT(*) FROM diagnostic_drafts")
            .fetch_one(app.db().pool())
            .await
            .unwrap(),
        0,
    );
    assert_eq!(drafts, 0);
    app.stop().await;
}

async fn a_diagnostic_left_for_ninety_days_is_forgotten(backend: Backend) {
    let app = app!(backend);
    let left = app.visitor();
    assert_eq!(left.post_form("/diagnostic", ANSWERS).await.status(), 303);
    let long_ago = essaim_store::now_unix() - 91 * 24 * 3600;
    sqlx::query("UPDATE diagnostic_drafts SET updated_at = $1")
        .bind(long_ago)
        .execute(app.db().pool())
        .await
        .unwrap();
    let recent = app.visitor();
    assert_eq!(recent.post_form("/diagnostic", ANSWERS).await.status(), 303);
    assert_eq!(
        left.get("/diagnostic/resultat").await.status(),
        303,
        "no longer shown"
    );
    assert_eq!(recent.get("/diagnostic/resultat").await.status(), 200);
    essaim_app::jobs::housekeeping(app.app()).await;
    let drafts: i64 = sqlx::Row::get(
        &sqlx::query("SELECT COUNT(*) FROM diagnostic_drafts")
            .fetch_one(app.db().pool())
            .await
            .unwrap(),
        0,
    );
    assert_eq!(drafts, 1, "only the recent one is kept");
    app.stop().await;
}

//! `serve --demo` as a newcomer meets it: every role can sign in and lands
//! on its workspace, the provider manages a profile, and a message to a
//! profile nobody manages reaches the demonstration's moderators.

use essaim_server::{DEMO_ACCOUNTS, DEMO_PASSWORD};

use crate::harness::Backend;
use crate::{app, on_both_backends};

on_both_backends!(every_role_of_the_demonstration_can_be_tried);

async fn every_role_of_the_demonstration_can_be_tried(backend: Backend) {
    let app = app!(backend);
    essaim_server::load_demo(app.app()).await.unwrap();
    app.refresh().await;
    for (email, workspace) in [
        ("moderation@essaim.example", "/moderation"),
        ("prestataire@essaim.example", "/espace-prestataire"),
        ("membre@essaim.example", "/compte"),
    ] {
        assert!(DEMO_ACCOUNTS.iter().any(|(e, _)| *e == email));
        let visitor = app.visitor();
        let signed_in = visitor.sign_in(email, DEMO_PASSWORD).await;
        assert_eq!(signed_in.status(), 303, "{email}");
        assert_eq!(signed_in.headers()["location"], workspace, "{email}");
    }
    let provider = app.visitor();
    provider
        .sign_in("prestataire@essaim.example", DEMO_PASSWORD)
        .await;
    let space = provider
        .get("/espace-prestataire")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        space.contains("/espace-prestataire/fiches/"),
        "one profile to manage"
    );
    // The member runs one association and belongs to another.
    let member = app.visitor();
    member.sign_in("membre@essaim.example", DEMO_PASSWORD).await;
    let spaces = member
        .get("/espace-association")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        spaces.contains("Monnaie locale du Pays de Rance"),
        "{spaces}"
    );
    assert!(spaces.contains("Club de handball de Vitré"), "{spaces}");
    assert!(
        !spaces.contains("Maison de quartier des Lices"),
        "not theirs"
    );
    let space = member
        .get("/espace-association/monnaie-locale-du-pays-de-rance")
        .await
        .text()
        .await
        .unwrap();
    assert!(space.contains("tresoriere.rance@essaim.example"));
    assert!(space.contains("Inviter une personne"), "runs it");
    let plan = member
        .get("/espace-association/monnaie-locale-du-pays-de-rance/feuille-de-route")
        .await
        .text()
        .await
        .unwrap();
    for shown in [
        "Terminé : 1",
        "En partie fait : 1",
        "À faire : 1",
        "Conservé : 1",
        "BigBlueButton",
    ] {
        assert!(plan.contains(shown), "{shown} in the demonstration plan");
    }
    let choices = app
        .visitor()
        .get("/associations/monnaie-locale-du-pays-de-rance/choix")
        .await;
    assert_eq!(choices.status(), 200, "one public choices page");

    // Its update waits for the moderators.
    let moderator = app.visitor();
    moderator
        .sign_in("moderation@essaim.example", DEMO_PASSWORD)
        .await;
    let queue = moderator.get("/moderation").await.text().await.unwrap();
    assert!(
        !queue.contains("Rien à relire"),
        "something to review: {queue}"
    );
    let journal = moderator
        .get("/moderation/journal")
        .await
        .text()
        .await
        .unwrap();
    assert!(journal.contains("Soumission"), "{journal}");

    // The other profiles have no manager: the moderators read their messages.
    let (_, list) = app.get_json("/api/v1/prestataires?tri=nom").await;
    let slug = list["items"][0]["slug"].as_str().unwrap().to_string();
    let page = app
        .visitor()
        .get(&format!("/annuaire/{slug}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("contact_message"), "the form is offered");
    let sent = app
        .visitor()
        .post_form(
            &format!("/annuaire/{slug}/contact"),
            &[
                ("contact_name", "Camille"),
                ("contact_sender", "camille@exemple.org"),
                ("contact_message", "Bonjour, pouvez-vous nous aider ?"),
            ],
        )
        .await;
    assert_eq!(sent.status(), 303);
    let to_moderators = app.settled_emails_to("moderation@essaim.example").await;
    assert!(
        to_moderators
            .iter()
            .any(|m| m.text.contains("/moderation/fiches/")),
        "the provider's submission was announced: {to_moderators:?}"
    );
    assert!(
        to_moderators
            .iter()
            .any(|m| m.text.contains("pouvez-vous nous aider")),
        "{to_moderators:?}"
    );

    // Pooling: three needs at three stages, one campaign under way that
    // the member's association joined, one pool with subscribers.
    let (_, needs) = app.get_json("/api/v1/mutualisation/besoins").await;
    assert_eq!(needs["total"], 3, "{needs}");
    let statuses: Vec<&str> = needs["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["status"].as_str().unwrap())
        .collect();
    for status in ["idee", "financement", "livre"] {
        assert!(statuses.contains(&status), "{statuses:?}");
    }
    let under_way = needs["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["status"] == "financement")
        .unwrap();
    let (_, need) = app
        .get_json(&format!(
            "/api/v1/mutualisation/besoins/{}",
            under_way["id"]
        ))
        .await;
    assert_eq!(need["campaign"]["goal_cents"], 240_000);
    assert_eq!(need["campaign"]["total_cents"], 160_000);
    let pools = app
        .visitor()
        .get("/mutualisation/maintenance?lieu=Vitré")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        pools.contains("Maintenance partagée en Bretagne nord"),
        "{pools}"
    );
    app.stop().await;
}

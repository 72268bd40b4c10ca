//! How the provider space says no: in the reader's language, with the
//! reason a state forbids an action, and without half-done decisions.

use essaim_domain::accounts::Role;
use essaim_store::Backend as StoreBackend;

use super::provider_with_complete_draft;
use crate::harness::{Backend, Visitor};
use crate::{app, on_both_backends};

on_both_backends!(
    the_english_interface_names_problems_in_english,
    an_action_the_state_forbids_says_why,
    a_decision_whose_email_cannot_be_queued_leaves_nothing_behind,
);

async fn in_english(visitor: &Visitor) {
    let switched = visitor.get("/langue/en?retour=/").await;
    assert_eq!(switched.status(), 303);
}

async fn the_english_interface_names_problems_in_english(backend: Backend) {
    let app = app!(backend);
    let (provider, slug) = provider_with_complete_draft(&app, "coop@exemple.org").await;
    in_english(&provider).await;
    let refused = provider
        .post_form(
            &format!("/espace-prestataire/fiches/{slug}/identite"),
            &[
                ("name", "Coop Libre Bretagne"),
                ("pitch", &"long ".repeat(80)),
                ("website", "ftp://coop.example.org"),
            ],
        )
        .await;
    assert_eq!(refused.status(), 422);
    let page = refused.text().await.unwrap();
    assert!(
        page.contains("is not an http:// or https:// web address"),
        "{page}"
    );
    assert!(
        page.contains("the short pitch is longer than 280 characters"),
        "{page}"
    );
    assert!(
        !page.contains("n&#39;est pas une adresse web"),
        "no French left"
    );

    let step = provider
        .post_form(
            &format!("/espace-prestataire/fiches/{slug}/references"),
            &[
                ("ref1_association", "A"),
                ("ref1_summary", "Sans année"),
                ("ref1_tools", "Logiciel Imaginaire"),
            ],
        )
        .await;
    assert_eq!(step.status(), 422);
    let page = step.text().await.unwrap();
    assert!(
        page.contains("give the year of the support project"),
        "{page}"
    );
    assert!(page.contains("unknown tool"), "{page}");

    let visitor = app.visitor();
    in_english(&visitor).await;
    super::publish(&app, &provider, &slug).await;
    let contact = visitor
        .post_form(
            &format!("/annuaire/{slug}/contact"),
            &[
                ("contact_name", ""),
                ("contact_sender", "pas-une-adresse"),
                ("contact_message", "Court"),
            ],
        )
        .await;
    assert_eq!(contact.status(), 422);
    let page = contact.text().await.unwrap();
    assert!(page.contains("give your name"), "{page}");
    assert!(page.contains("give a valid email address"), "{page}");
    assert!(
        page.contains("write your message (10 to 5,000 characters)"),
        "{page}"
    );
}

async fn an_action_the_state_forbids_says_why(backend: Backend) {
    let app = app!(backend);
    let moderator = app
        .signed_in_as("moderation@exemple.org", Role::Moderateur)
        .await;
    let (provider, slug) = provider_with_complete_draft(&app, "coop@exemple.org").await;
    // Confirming a profile never published.
    let confirm = provider
        .post_form(&format!("/espace-prestataire/fiches/{slug}/confirmer"), &[])
        .await;
    assert_eq!(confirm.status(), 409);
    let page = confirm.text().await.unwrap();
    assert!(page.contains("pas encore publiée"), "{page}");
    // Approving what nobody submitted.
    let approve = moderator
        .post_form(
            &format!("/moderation/fiches/{slug}/decision"),
            &[("action", "approuver")],
        )
        .await;
    assert_eq!(approve.status(), 409);
    let page = approve.text().await.unwrap();
    assert!(page.contains("plus en attente de relecture"), "{page}");
    // Submitting twice.
    let first = provider
        .post_form(&format!("/espace-prestataire/fiches/{slug}/soumettre"), &[])
        .await;
    assert_eq!(first.status(), 303);
    let second = provider
        .post_form(&format!("/espace-prestataire/fiches/{slug}/soumettre"), &[])
        .await;
    assert_eq!(second.status(), 409);
    assert!(
        second
            .text()
            .await
            .unwrap()
            .contains("déjà soumise à la relecture")
    );
    app.stop().await;
}

/// A moderator's approval updates the profile, writes the log and queues
/// the managers' email. When the email cannot be queued, none of it stays.
async fn a_decision_whose_email_cannot_be_queued_leaves_nothing_behind(backend: Backend) {
    let app = app!(backend);
    let moderator = app
        .signed_in_as("moderation@exemple.org", Role::Moderateur)
        .await;
    let (provider, slug) = provider_with_complete_draft(&app, "coop@exemple.org").await;
    let submitted = provider
        .post_form(&format!("/espace-prestataire/fiches/{slug}/soumettre"), &[])
        .await;
    assert_eq!(submitted.status(), 303);
    app.wait_for_jobs().await;

    let refuse_jobs = match app.db().backend() {
        StoreBackend::Sqlite => {
            "CREATE TRIGGER refuse_jobs BEFORE INSERT ON jobs
             BEGIN SELECT RAISE(ABORT, 'file des tâches fermée pour le test'); END;"
        }
        StoreBackend::Postgres => {
            "CREATE FUNCTION refuse_jobs() RETURNS trigger LANGUAGE plpgsql AS
               $$ BEGIN RAISE EXCEPTION 'file des tâches fermée pour le test'; END $$;
             CREATE TRIGGER refuse_jobs BEFORE INSERT ON jobs
               FOR EACH ROW EXECUTE FUNCTION refuse_jobs();"
        }
    };
    sqlx::raw_sql(refuse_jobs)
        .execute(app.db().pool())
        .await
        .unwrap();
    let log_before = app.db().count_moderation_log().await.unwrap();
    let approve = moderator
        .post_form(
            &format!("/moderation/fiches/{slug}/decision"),
            &[("action", "approuver")],
        )
        .await;
    assert_eq!(approve.status(), 500);
    let row = app.db().provider_by_slug(&slug).await.unwrap().unwrap();
    assert_eq!(row.status.slug(), "soumise", "the profile did not change");
    assert!(row.published.is_none(), "nothing was published");
    assert_eq!(
        app.db().count_moderation_log().await.unwrap(),
        log_before,
        "no decision was logged"
    );
    assert_eq!(
        app.visitor()
            .get(&format!("/annuaire/{slug}"))
            .await
            .status(),
        404
    );

    let allow_jobs = match app.db().backend() {
        StoreBackend::Sqlite => "DROP TRIGGER refuse_jobs;",
        StoreBackend::Postgres => "DROP TRIGGER refuse_jobs ON jobs; DROP FUNCTION refuse_jobs();",
    };
    sqlx::raw_sql(allow_jobs)
        .execute(app.db().pool())
        .await
        .unwrap();
    let approve = moderator
        .post_form(
            &format!("/moderation/fiches/{slug}/decision"),
            &[("action", "approuver")],
        )
        .await;
    assert_eq!(
        approve.status(),
        303,
        "the same decision goes through once it can"
    );
    let told = app.nth_email_to("coop@exemple.org", 1).await;
    assert!(
        told.subject.contains("Coop Libre Bretagne"),
        "{}",
        told.subject
    );
    app.stop().await;
}

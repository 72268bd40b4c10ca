//! Reading, answering, resuming and the attestation.

use essaim_domain::accounts::Role;

use super::{answers, count, install, page, post, units};
use crate::harness::Backend;
use crate::{app, on_both_backends};

on_both_backends!(
    a_member_follows_the_course_to_its_attestation,
    answers_the_quiz_does_not_have_are_named_and_nothing_is_kept,
    only_moderators_publish_and_see_what_is_not_published,
);

const COURSE: &str = "/parcours/transition-numerique";

async fn a_member_follows_the_course_to_its_attestation(backend: Backend) {
    let app = app!(backend);
    let course = install(&app, true).await;
    let units = units(&course);
    let lessons: Vec<_> = units.iter().filter(|u| u.questions.is_none()).collect();
    let quizzes: Vec<_> = units.iter().filter(|u| u.questions.is_some()).collect();

    // A visitor reads everything, and answers a quiz, without an account.
    let visitor = app.visitor();
    let (status, list) = page(&visitor, "/parcours").await;
    assert_eq!(status, 200);
    assert!(list.contains("Mener la transition numérique de son association"));
    assert!(list.contains("10 leçons et 3 quiz"), "{list}");
    let (_, intro) = page(&visitor, COURSE).await;
    assert!(intro.contains("/parcours/transition-numerique/fichiers/images/huit-etapes.svg"));
    let (status, lesson) = page(&visitor, &format!("{COURSE}/inventaire")).await;
    assert_eq!(status, 200);
    assert!(lesson.contains("<h2>Partir des besoins, pas des logiciels</h2>"));
    assert!(lesson.contains("<table>"));
    assert!(lesson.contains("Connectez-vous pour garder votre progression"));
    let quiz_path = format!("{COURSE}/{}", quizzes[0].slug);
    let (status, graded) = post(&visitor, &quiz_path, &answers(quizzes[0], true)).await;
    assert_eq!(status, 200);
    assert!(graded.contains("3 bonnes réponses sur 3"), "{graded}");
    // Every answer is explained, the right ones and the wrong ones.
    assert!(graded.contains("Oui : on ne remplace bien que ce que l&#39;on connaît."));
    assert!(graded.contains("Supprimer avant d&#39;avoir migré ferait perdre"));
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM course_quiz_scores").await,
        0
    );
    let done = visitor
        .post_form(&format!("{COURSE}/inventaire/terminee"), &[])
        .await;
    assert_eq!(done.status(), 303);
    assert!(
        done.headers()["location"]
            .to_str()
            .unwrap()
            .starts_with("/connexion")
    );

    // A member opens a lesson, leaves, and "reprendre" brings them back.
    let member = app.signed_in_as("camille@exemple.org", Role::Membre).await;
    let (_, start) = page(&member, COURSE).await;
    assert!(start.contains("Commencer le parcours"));
    assert_eq!(page(&member, &format!("{COURSE}/inventaire")).await.0, 200);
    let resumed = member.get(&format!("{COURSE}/reprendre")).await;
    assert_eq!(
        resumed.headers()["location"],
        format!("{COURSE}/inventaire")
    );
    let (_, again) = page(&member, COURSE).await;
    assert!(
        again.contains("Reprendre où je m&#39;étais arrêté"),
        "{again}"
    );

    // Marking a lesson done goes on to the next unit; resuming skips it.
    let done = member
        .post_form(&format!("{COURSE}/inventaire/terminee"), &[])
        .await;
    assert_eq!(done.status(), 303);
    assert_eq!(
        done.headers()["location"],
        format!("{COURSE}/embarquer-equipe")
    );
    let resumed = member.get(&format!("{COURSE}/reprendre")).await;
    assert_eq!(
        resumed.headers()["location"],
        format!("{COURSE}/embarquer-equipe")
    );

    // The attestation waits for 100 %.
    assert_eq!(
        member
            .post_form(
                &format!("{COURSE}/attestation"),
                &[("nom", "Camille Martin")]
            )
            .await
            .status(),
        409
    );
    let (_, not_yet) = page(&member, &format!("{COURSE}/attestation")).await;
    assert!(not_yet.contains("L&#39;attestation s&#39;obtient quand"));

    for lesson in &lessons {
        let done = member
            .post_form(&format!("{COURSE}/{}/terminee", lesson.slug), &[])
            .await;
        assert_eq!(done.status(), 303, "{}", lesson.slug);
    }
    // A quiz answered wrongly, then rightly, then wrongly: the best counts.
    for quiz in &quizzes {
        let path = format!("{COURSE}/{}", quiz.slug);
        let (status, wrong) = post(&member, &path, &answers(quiz, false)).await;
        assert_eq!(status, 200);
        assert!(wrong.contains("Aucune bonne réponse sur 3"), "{wrong}");
        assert!(wrong.contains("Pas tout à fait."));
        let (_, right) = post(&member, &path, &answers(quiz, true)).await;
        assert!(right.contains("3 bonnes réponses sur 3"));
        assert!(right.contains("Votre meilleur score : 3 sur 3."), "{right}");
        let (_, worse) = post(&member, &path, &answers(quiz, false)).await;
        assert!(worse.contains("Votre meilleur score : 3 sur 3."));
    }
    assert_eq!(
        count(&app, "SELECT MIN(attempts) FROM course_quiz_scores").await,
        3
    );
    let (_, finished) = page(&member, COURSE).await;
    assert!(finished.contains("value=\"100\""));
    assert!(finished.contains("Obtenir mon attestation"));
    let resumed = member.get(&format!("{COURSE}/reprendre")).await;
    assert_eq!(
        resumed.headers()["location"],
        format!("{COURSE}/attestation")
    );

    // The name is checked; the attestation is given once, with a code.
    let (status, refused) = post(
        &member,
        &format!("{COURSE}/attestation"),
        &[("nom".into(), " ".into())],
    )
    .await;
    assert_eq!(status, 422);
    assert!(refused.contains("Indiquez le nom à inscrire sur l&#39;attestation."));
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM course_attestations").await,
        0
    );
    let given = member
        .post_form(
            &format!("{COURSE}/attestation"),
            &[("nom", "Camille  Martin")],
        )
        .await;
    assert_eq!(given.status(), 303);
    let (_, certificate) = page(&member, &format!("{COURSE}/attestation")).await;
    assert!(certificate.contains("Camille Martin"));
    let code: String = sqlx::Row::get(
        &sqlx::query("SELECT code FROM course_attestations")
            .fetch_one(app.db().pool())
            .await
            .unwrap(),
        0,
    );
    assert!(certificate.contains(&code));
    member
        .post_form(&format!("{COURSE}/attestation"), &[("nom", "Autre nom")])
        .await;
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM course_attestations").await,
        1
    );

    // Anyone checks it by its code, typed however.
    let (status, verified) = page(&visitor, &format!("/parcours/attestation/{code}")).await;
    assert_eq!(status, 200);
    assert!(verified.contains("Cette attestation est authentique."));
    assert!(verified.contains("Camille Martin"));
    let typed = code.to_lowercase().replace('-', " ");
    let found = visitor
        .get(&format!("/parcours/attestation?code={typed}"))
        .await;
    assert_eq!(
        found.headers()["location"],
        format!("/parcours/attestation/{code}")
    );
    let (status, unknown) = page(&visitor, "/parcours/attestation/ZZZZ-ZZZZ-ZZZZ").await;
    assert_eq!(status, 404);
    assert!(unknown.contains("Aucune attestation ne porte ce code"));
    let (status, _) = page(&visitor, "/parcours/attestation?code=n%27importe+quoi").await;
    assert_eq!(status, 404);
    app.stop().await;
}

async fn answers_the_quiz_does_not_have_are_named_and_nothing_is_kept(backend: Backend) {
    let app = app!(backend);
    let course = install(&app, true).await;
    let quiz = units(&course)
        .into_iter()
        .find(|u| u.questions.is_some())
        .unwrap()
        .slug
        .clone();
    let path = format!("{COURSE}/{quiz}");
    let member = app.signed_in_as("camille@exemple.org", Role::Membre).await;
    for (fields, message) in [
        (
            vec![("q1", "9")],
            "La question 1 n&#39;a pas de réponse « 9 ». Choisissez parmi les réponses proposées.",
        ),
        (
            vec![("q1", "deux")],
            "La question 1 n&#39;a pas de réponse « deux ».",
        ),
        (vec![("q7", "1")], "Ce quiz n&#39;a pas de question « q7 »."),
        (
            vec![("q1", "1"), ("q1", "2")],
            "La question 1 n&#39;attend qu&#39;une réponse.",
        ),
    ] {
        let response = member.post_form(&path, &fields).await;
        assert_eq!(response.status(), 422, "{fields:?}");
        let text = response.text().await.unwrap();
        assert!(text.contains(message), "{fields:?}: {text}");
    }
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM course_quiz_scores").await,
        0
    );
    // Pages and files that do not exist are 404, not 500.
    for missing in [
        format!("{COURSE}/pas-de-lecon"),
        format!("{COURSE}/pas-de-lecon/terminee"),
        "/parcours/pas-de-parcours".to_string(),
        format!("{COURSE}/fichiers/course.md"),
        format!("{COURSE}/fichiers/images/absente.svg"),
        format!("{COURSE}/fichiers/..%2Fcourse.md"),
    ] {
        let status = if missing.ends_with("/terminee") {
            member.post_form(&missing, &[]).await.status()
        } else {
            member.get(&missing).await.status()
        };
        assert_eq!(status, 404, "{missing}");
    }
    // A quiz is not marked done as a lesson is.
    let response = member.post_form(&format!("{path}/terminee"), &[]).await;
    assert_eq!(response.status(), 404);
    // The course's image: its type, never sniffed, and an SVG runs nothing.
    let image = member
        .get(&format!("{COURSE}/fichiers/images/huit-etapes.svg"))
        .await;
    assert_eq!(image.status(), 200);
    assert_eq!(image.headers()["content-type"], "image/svg+xml");
    assert_eq!(image.headers()["x-content-type-options"], "nosniff");
    assert!(
        image.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .contains("sandbox")
    );
    app.stop().await;
}

async fn only_moderators_publish_and_see_what_is_not_published(backend: Backend) {
    let app = app!(backend);
    install(&app, false).await;
    let visitor = app.visitor();
    let member = app.signed_in_as("camille@exemple.org", Role::Membre).await;
    let moderator = app
        .signed_in_as("moderation@exemple.org", Role::Moderateur)
        .await;
    for who in [&visitor, &member] {
        assert_eq!(page(who, COURSE).await.0, 404);
        assert_eq!(page(who, &format!("{COURSE}/inventaire")).await.0, 404);
        assert!(
            !page(who, "/parcours")
                .await
                .1
                .contains("Mener la transition")
        );
    }
    let (status, preview) = page(&moderator, COURSE).await;
    assert_eq!(status, 200);
    assert!(preview.contains("Ce parcours n&#39;est pas publié"));

    let decide = "/moderation/parcours/transition-numerique";
    let publish = [("decision", "publier"), ("etait", "brouillon")];
    assert_eq!(page(&member, "/moderation/parcours").await.0, 403);
    assert_eq!(member.post_form(decide, &publish).await.status(), 403);
    assert_eq!(
        visitor.post_form(decide, &publish).await.status(),
        303,
        "to sign in"
    );
    assert_eq!(page(&visitor, COURSE).await.0, 404);

    let (_, list) = page(&moderator, "/moderation/parcours").await;
    assert!(list.contains("Non publié"));
    assert!(list.contains("10 leçons et 3 quiz"));
    let published = moderator.post_form(decide, &publish).await;
    assert_eq!(
        published.headers()["location"],
        "/moderation/parcours?fait=publie"
    );
    assert_eq!(page(&visitor, COURSE).await.0, 200);
    // A decision taken from a state that changed since is refused.
    assert_eq!(moderator.post_form(decide, &publish).await.status(), 409);
    assert_eq!(
        moderator
            .post_form(decide, &[("decision", "n-importe"), ("etait", "publie")])
            .await
            .status(),
        400
    );
    let withdrawn = moderator
        .post_form(decide, &[("decision", "retirer"), ("etait", "publie")])
        .await;
    assert_eq!(withdrawn.status(), 303);
    assert_eq!(page(&visitor, COURSE).await.0, 404);
    let (_, journal) = page(&moderator, "/moderation/journal").await;
    assert!(journal.contains("Mener la transition") || journal.contains("transition-numerique"));
    assert_eq!(
        count(
            &app,
            "SELECT COUNT(*) FROM moderation_log WHERE target_kind = 'parcours'"
        )
        .await,
        2
    );
    app.stop().await;
}

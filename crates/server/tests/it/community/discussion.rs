//! Writing on the forum: a name taken with the first post, replies with
//! quotes and mentions, the answer marked, thanks, drafts, edit history,
//! deleted posts, unread markers.

use essaim_domain::accounts::Role;

use super::*;
use crate::harness::Backend;
use crate::{app, on_both_backends};

on_both_backends!(
    members_ask_reply_quote_mention_and_mark_the_answer,
    edits_keep_their_history_after_the_grace_period,
    drafts_wait_on_the_server_and_markers_show_what_is_new,
    posts_from_before_html_was_kept_are_rendered_at_start,
);

async fn members_ask_reply_quote_mention_and_mark_the_answer(backend: Backend) {
    let app = app!(backend);
    let asker = app.signed_in_as("nadia@exemple.org", Role::Membre).await;
    let question = [
        ("category", "entraide-technique"),
        ("title", "Nextcloud : les partages n'apparaissent pas"),
        ("body", "Deux bénévoles ne voient pas le dossier partagé."),
    ];
    // Without a name on the forum, the post is refused and every word kept.
    let refused = asker.post_form("/communaute/nouveau", &question).await;
    assert_eq!(refused.status(), 422);
    let page = refused.text().await.unwrap();
    assert!(page.contains("Choisissez votre nom sur le forum avant de publier"));
    assert!(page.contains("Deux bénévoles ne voient pas le dossier partagé."));
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM community_topics").await,
        0
    );

    let mut named_question = question.to_vec();
    named_question.extend([("handle", "nadia-lices"), ("display_name", "Nadia Benali")]);
    let started = asker.submit("/communaute/nouveau", &named_question).await;
    let path = started.headers()["location"].to_str().unwrap().to_string();
    let id = topic_id(&path);

    // Anyone reads it, without an account; the address is never shown.
    let visitor = app.visitor();
    let page = visitor.get(&path).await.text().await.unwrap();
    assert!(page.contains("Nadia Benali") && page.contains("Deux bénévoles"));
    assert!(!page.contains("nadia@exemple.org"));
    assert!(page.contains("Connectez-vous pour répondre"));

    // A handle another member has is refused.
    let helper = app
        .signed_in_as("elise@exemple.org", Role::Prestataire)
        .await;
    let taken = helper
        .post_form(
            &path,
            &[
                ("body", "Bonjour !"),
                ("handle", "nadia-lices"),
                ("display_name", "Élise"),
            ],
        )
        .await;
    assert_eq!(taken.status(), 422);
    assert!(
        taken
            .text()
            .await
            .unwrap()
            .contains("Cet identifiant est déjà pris")
    );

    // Quoting fills the reply with the quoted words.
    let quoting = helper
        .get(&format!("{path}?citer=1"))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        quoting.contains("&#62; Nadia Benali a écrit :"),
        "{quoting}"
    );
    let reply = helper
        .submit(
            &path,
            &[
                (
                    "body",
                    "> Deux bénévoles\n\nVérifiez le groupe, @nadia-lices ; @personne n'a ce nom.",
                ),
                ("handle", "coop-libre"),
                ("display_name", "Élise, Coop Libre"),
            ],
        )
        .await;
    assert_eq!(
        reply.headers()["location"],
        format!("/communaute/t/{id}#m2").as_str()
    );
    let page = visitor.get(&path).await.text().await.unwrap();
    assert!(
        page.contains("<a href=\"/communaute/membres/nadia-lices\" rel=\"nofollow noopener noreferrer ugc\">@nadia-lices</a>"),
        "{page}"
    );
    assert!(
        page.contains("@personne n&#39;a ce nom")
            || page.contains("@personne n’a ce nom")
            || page.contains("@personne n'a ce nom")
    );
    assert!(page.contains("<blockquote>"));

    // Only the asker (or a moderator) marks the answer.
    let answer = post_id(&app, id, 2).await;
    let other = super::named(&app, "theo@exemple.org", "theo", "Théo").await;
    let solve = [("message", answer.to_string())];
    let solve: Vec<(&str, &str)> = solve.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let refused = other
        .post_form(&format!("/communaute/t/{id}/solution"), &solve)
        .await;
    assert_eq!(refused.status(), 403);
    asker
        .submit(&format!("/communaute/t/{id}/solution"), &solve)
        .await;
    let page = visitor.get(&path).await.text().await.unwrap();
    assert!(page.contains("La solution") && page.contains("Résolu"));
    let solved = visitor
        .get("/communaute/c/entraide-technique?resolu=oui")
        .await
        .text()
        .await
        .unwrap();
    assert!(solved.contains("Nextcloud : les partages"));
    let waiting = visitor
        .get("/communaute/c/entraide-technique?resolu=non")
        .await
        .text()
        .await
        .unwrap();
    assert!(!waiting.contains("Nextcloud : les partages"));

    // Thanks: once per member, never one's own.
    let thank = format!("/communaute/m/{answer}/merci");
    asker.submit(&thank, &[("merci", "1")]).await;
    asker.submit(&thank, &[("merci", "1")]).await;
    other.submit(&thank, &[("merci", "1")]).await;
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM community_thanks").await,
        2
    );
    assert_eq!(
        helper.post_form(&thank, &[("merci", "1")]).await.status(),
        409
    );
    let page = visitor.get(&path).await.text().await.unwrap();
    assert!(page.contains("2 mercis"));
    let member_page = visitor
        .get("/communaute/membres/coop-libre")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        member_page.contains("1 message · 2 mercis reçus"),
        "{member_page}"
    );
    assert!(member_page.contains(">ÉC<"), "initials as avatar");
    assert!(!member_page.contains("elise@exemple.org"));

    // What she wrote is in her data export, with her name on the forum.
    let export: serde_json::Value = asker.get("/compte/export").await.json().await.unwrap();
    assert_eq!(export["forum"]["handle"], "nadia-lices");
    assert_eq!(
        export["forum"]["posts"][0]["body"],
        "Deux bénévoles ne voient pas le dossier partagé."
    );
    assert_eq!(export["forum"]["weekly_digest"], true);
    let export: serde_json::Value = app
        .signed_in_as("jamais@exemple.org", Role::Membre)
        .await
        .get("/compte/export")
        .await
        .json()
        .await
        .unwrap();
    assert!(export["forum"].is_null());

    // Signed out, writing leads to the sign-in.
    let anonymous = visitor.post_form(&path, &[("body", "Coucou")]).await;
    assert_eq!(anonymous.status(), 303);
    assert!(
        anonymous.headers()["location"]
            .to_str()
            .unwrap()
            .starts_with("/connexion")
    );
    assert_eq!(count(&app, "SELECT COUNT(*) FROM community_posts").await, 3);

    // Her account deleted, her words stay under "Compte supprimé", and her
    // name is free again.
    let deleted = helper
        .post_form(
            "/compte/supprimer",
            &[("password", crate::harness::PASSWORD)],
        )
        .await;
    assert_eq!(deleted.status(), 303);
    let page = visitor.get(&path).await.text().await.unwrap();
    assert!(page.contains("Compte supprimé") && !page.contains("Élise, Coop Libre"));
    assert!(page.contains("Vérifiez le groupe"));
    assert_eq!(
        visitor.get("/communaute/membres/coop-libre").await.status(),
        404
    );
}

async fn edits_keep_their_history_after_the_grace_period(backend: Backend) {
    let app = app!(backend);
    let author = super::named(&app, "camille@exemple.org", "camille", "Camille").await;
    let path = topic(
        &author,
        "choisir-ses-outils",
        "Quel outil pour remplacer Doodle ?",
        "Première version.",
    )
    .await;
    let id = topic_id(&path);
    let first = post_id(&app, id, 1).await;
    let edit = format!("/communaute/m/{first}/modifier");

    // Within five minutes, an edit leaves no trace.
    author
        .submit(
            &edit,
            &[
                ("title", "Quel outil pour remplacer Doodle ?"),
                ("body", "Deuxième version."),
            ],
        )
        .await;
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM community_revisions").await,
        0
    );

    // Later, the words replaced are kept and shown.
    sqlx::query("UPDATE community_posts SET created_at = created_at - 600")
        .execute(app.db().pool())
        .await
        .unwrap();
    author
        .submit(
            &edit,
            &[
                ("title", "Remplacer Doodle pour nos réunions"),
                ("body", "Troisième version."),
            ],
        )
        .await;
    let page = app.visitor().get(&path).await.text().await.unwrap();
    assert!(
        page.contains("Remplacer Doodle pour nos réunions") && page.contains("Troisième version.")
    );
    assert!(page.contains("modifié le"));
    let history = app
        .visitor()
        .get(&format!("/communaute/m/{first}/historique"))
        .await
        .text()
        .await
        .unwrap();
    assert!(history.contains("Troisième version.") && history.contains("Deuxième version."));
    assert!(!history.contains("Première version."));
    // The title is part of the history, with the words it went with.
    assert!(history.contains("Titre du sujet :"));
    assert!(history.contains("Quel outil pour remplacer Doodle ?"));
    assert!(history.contains("Remplacer Doodle pour nos réunions"));

    // A later change of the title alone is kept too.
    author
        .submit(
            &edit,
            &[
                ("title", "Remplacer Doodle : nos essais"),
                ("body", "Troisième version."),
            ],
        )
        .await;
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM community_revisions").await,
        2
    );

    // Bad words are named; someone else's post is refused.
    let empty = author
        .post_form(&edit, &[("title", "Doodle"), ("body", " ")])
        .await;
    assert_eq!(empty.status(), 422);
    let empty = empty.text().await.unwrap();
    assert!(empty.contains("Le titre est trop court") && empty.contains("Le message est vide"));
    let other = super::named(&app, "sophie@exemple.org", "sophie", "Sophie").await;
    assert_eq!(other.get(&edit).await.status(), 403);
    assert_eq!(
        other.post_form(&edit, &[("body", "Piraté")]).await.status(),
        403
    );
    assert_eq!(
        other
            .post_form(&format!("/communaute/m/{first}/supprimer"), &[])
            .await
            .status(),
        403
    );

    // A reply deleted leaves a placeholder; the question with replies stays.
    other
        .submit(&path, &[("body", "Framadate, sans hésiter.")])
        .await;
    let reply = post_id(&app, id, 2).await;
    other
        .submit(&format!("/communaute/m/{reply}/supprimer"), &[])
        .await;
    let page = app.visitor().get(&path).await.text().await.unwrap();
    assert!(page.contains("Message supprimé par son auteur") && !page.contains("Framadate"));
    assert_eq!(
        author
            .post_form(&format!("/communaute/m/{first}/supprimer"), &[])
            .await
            .status(),
        409
    );
    let search = app
        .visitor()
        .get("/communaute/recherche?q=framadate")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        search.contains("Aucun message trouvé"),
        "a deleted post is not found"
    );
}

async fn drafts_wait_on_the_server_and_markers_show_what_is_new(backend: Backend) {
    let app = app!(backend);
    let author = super::named(&app, "camille@exemple.org", "camille", "Camille").await;
    author
        .submit(
            "/communaute/nouveau",
            &[
                ("category", "retours-d-experience"),
                ("title", "Un an sans Facebook"),
                ("body", "Notre bilan, à finir ce soir."),
                ("brouillon", "1"),
            ],
        )
        .await;
    let form = author
        .get("/communaute/nouveau")
        .await
        .text()
        .await
        .unwrap();
    assert!(form.contains("Un an sans Facebook") && form.contains("Notre bilan, à finir ce soir."));
    assert!(form.contains("<option value=\"retours-d-experience\" selected>"));
    let path = topic(
        &author,
        "retours-d-experience",
        "Un an sans Facebook",
        "Notre bilan complet.",
    )
    .await;
    let form = author
        .get("/communaute/nouveau")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        !form.contains("Notre bilan, à finir ce soir."),
        "the draft went with the post"
    );

    // A reader sees it as new, then read, then one unread reply.
    let reader = super::named(&app, "theo@exemple.org", "theo", "Théo").await;
    let home = reader.get("/communaute").await.text().await.unwrap();
    assert!(line_of(&home, "Un an sans Facebook").contains("Nouveau"));
    reader.get(&path).await;
    let home = reader.get("/communaute").await.text().await.unwrap();
    let line = line_of(&home, "Un an sans Facebook");
    assert!(
        !line.contains("Nouveau") && !line.contains("non lu"),
        "{line}"
    );
    author
        .submit(&path, &[("body", "J'ajoute un chiffre : 340 abonnés.")])
        .await;
    let home = reader.get("/communaute").await.text().await.unwrap();
    assert!(line_of(&home, "Un an sans Facebook").contains("1 non lu"));

    // A reply's draft comes back in the reply form.
    reader
        .submit(
            &path,
            &[("body", "Quel outil pour la lettre ?"), ("brouillon", "1")],
        )
        .await;
    let page = reader.get(&path).await.text().await.unwrap();
    assert!(page.contains(">Quel outil pour la lettre ?</textarea>"));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM community_posts").await, 4);
}

/// The line of a list of topics that names `title`.
fn line_of<'a>(page: &'a str, title: &str) -> &'a str {
    let at = page.find(title).expect("the topic is listed");
    let end = at + page[at..].find("</li>").unwrap();
    &page[at..end]
}

async fn posts_from_before_html_was_kept_are_rendered_at_start(backend: Backend) {
    let mut app = app!(backend);
    let nadia = super::named(&app, "nadia@exemple.org", "nadia", "Nadia").await;
    let path = topic(
        &nadia,
        "entraide-technique",
        "Un wiki pour l'association",
        "Nous hésitons entre **DokuWiki** et BookStack. Un avis, @nadia ?",
    )
    .await;
    let uncooked = "SELECT COUNT(*) FROM community_posts WHERE html IS NULL";
    assert_eq!(count(&app, uncooked).await, 0, "rendered when written");
    // As a database migrated from before the HTML column.
    app.restart(|db| async move {
        sqlx::query("UPDATE community_posts SET html = NULL")
            .execute(db.pool())
            .await
            .unwrap();
    })
    .await;
    assert_eq!(count(&app, uncooked).await, 0, "rendered at start");
    let page = app.get(&path).await.text().await.unwrap();
    assert!(page.contains("<strong>DokuWiki</strong>"), "{page}");
    assert!(
        page.contains(r#"href="/communaute/membres/nadia""#),
        "{page}"
    );
    app.stop().await;
}

//! A course is a folder: `essaim import parcours` loads or updates it,
//! `essaim export parcours` writes it back byte for byte; a folder with a
//! problem is named file and line, and changes nothing. A new import
//! keeps what members finished, by slug.

use std::collections::BTreeMap;
use std::path::Path;

use essaim_app::courses::import::{ImportError, import};
use essaim_domain::accounts::Role;

use super::{answers, count, demo_files, demo_folder, install, page, post};
use crate::cli::essaim;
use crate::harness::Backend;
use crate::{app, on_both_backends};

on_both_backends!(a_new_import_keeps_what_members_finished);

/// Every file under `dir`, by relative path.
fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    essaim_server::course_folder::read(dir)
        .unwrap()
        .into_iter()
        .map(|f| (f.path, f.bytes))
        .collect()
}

fn copy(from: &Path, to: &Path) {
    for (path, bytes) in tree(from) {
        let target = to.join(path);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::write(target, bytes).unwrap();
    }
}

fn run(dir: &Path, args: &[&str]) -> (bool, String, String) {
    let output = essaim(dir)
        .args(args)
        .env("ESSAIM_DATA_DIR", dir.join("donnees"))
        .env("ESSAIM_LOG", "warn")
        .output()
        .unwrap();
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn a_course_folder_goes_in_and_comes_back_byte_for_byte() {
    let work = tempfile::tempdir().unwrap();
    let source = work.path().join("parcours");
    copy(&demo_folder(), &source);
    // What an author's editor may leave: Windows line endings, no final
    // newline, a hidden file that is not part of the course.
    let lesson = source.join("01-comprendre/01-pourquoi-changer.md");
    let text = std::fs::read_to_string(&lesson).unwrap();
    std::fs::write(&lesson, text.trim_end().replace('\n', "\r\n")).unwrap();
    std::fs::write(source.join(".notes-de-travail"), "brouillon").unwrap();

    let (ok, out, err) = run(
        work.path(),
        &["import", "parcours", "parcours", "--publier"],
    );
    assert!(ok, "{out}{err}");
    assert!(
        out.contains("Parcours « transition-numerique » créé : 10 leçon(s), 3 quiz."),
        "{out}"
    );
    let (ok, out, err) = run(
        work.path(),
        &["export", "parcours", "transition-numerique", "retour"],
    );
    assert!(ok, "{out}{err}");
    let mut expected = tree(&source);
    expected.remove(".notes-de-travail");
    let exported = tree(&work.path().join("retour"));
    assert_eq!(
        exported.keys().collect::<Vec<_>>(),
        expected.keys().collect::<Vec<_>>()
    );
    assert!(exported == expected, "every file comes back byte for byte");

    // Writing over a folder that holds something is refused.
    let (ok, _, err) = run(
        work.path(),
        &["export", "parcours", "transition-numerique", "retour"],
    );
    assert!(!ok);
    assert!(err.contains("n'est pas vide"), "{err}");
    let (ok, _, err) = run(work.path(), &["export", "parcours", "inconnu", "ailleurs"]);
    assert!(!ok);
    assert!(
        err.contains("aucun parcours n'a l'adresse « inconnu »"),
        "{err}"
    );
}

#[test]
fn a_broken_folder_is_named_by_file_and_line_and_changes_nothing() {
    let work = tempfile::tempdir().unwrap();
    let source = work.path().join("parcours");
    copy(&demo_folder(), &source);
    let (ok, out, err) = run(work.path(), &["import", "parcours", "parcours"]);
    assert!(ok, "{out}{err}");

    // A quote left open in a quiz's header, and an answer without its
    // explanation in another.
    let quiz = source.join("02-decider/04-quiz-decider.md");
    let text = std::fs::read_to_string(&quiz).unwrap();
    std::fs::write(
        &quiz,
        text.replacen(
            "titre = \"Quiz : décider et choisir\"",
            "titre = \"Quiz : décider",
            1,
        ),
    )
    .unwrap();
    let other = source.join("03-migrer/05-quiz-migrer.md");
    let text = std::fs::read_to_string(&other).unwrap();
    std::fs::write(
        &other,
        text.replacen(
            "explication = \"Fermer d'abord fait courir le risque de tout perdre si l'import échoue.\"\n",
            "",
            1,
        ),
    )
    .unwrap();
    std::fs::write(source.join("03-migrer/notes.txt"), "à trier").unwrap();
    let (ok, _, err) = run(work.path(), &["import", "parcours", "parcours"]);
    assert!(!ok);
    assert!(err.contains("import refusé, rien n'a été écrit"), "{err}");
    assert!(
        err.contains("02-decider/04-quiz-decider.md, ligne 3 : l'en-tête n'est pas du TOML valide"),
        "{err}"
    );
    assert!(
        err.contains("03-migrer/05-quiz-migrer.md, ligne 10 : la réponse 1 de la question 1 a besoin d'un texte, d'une explication"),
        "{err}"
    );
    assert!(
        err.contains("03-migrer/notes.txt : ce n'est ni une page Markdown"),
        "{err}"
    );

    // Nothing changed: the course exported is still the first one.
    let (ok, out, err) = run(
        work.path(),
        &["export", "parcours", "transition-numerique", "retour"],
    );
    assert!(ok, "{out}{err}");
    assert!(tree(&work.path().join("retour")) == tree(&demo_folder()));
    let (ok, _, err) = run(work.path(), &["import", "parcours", "pas-de-dossier"]);
    assert!(!ok);
    assert!(err.contains("pas-de-dossier n'est pas un dossier"), "{err}");
}

async fn a_new_import_keeps_what_members_finished(backend: Backend) {
    let app = app!(backend);
    let course = install(&app, true).await;
    let member = app.signed_in_as("camille@exemple.org", Role::Membre).await;
    let base = "/parcours/transition-numerique";
    for lesson in ["pourquoi-changer", "inventaire", "tester"] {
        member
            .submit(&format!("{base}/{lesson}/terminee"), &[])
            .await;
    }
    let quizzes: Vec<_> = super::units(&course)
        .into_iter()
        .filter(|u| u.questions.is_some())
        .collect();
    for quiz in &quizzes[..2] {
        post(
            &member,
            &format!("{base}/{}", quiz.slug),
            &answers(quiz, true),
        )
        .await;
    }
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM course_lessons_done").await,
        3
    );
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM course_quiz_scores").await,
        2
    );

    // The authors rewrite a lesson, change a quiz's questions and drop
    // another lesson.
    let mut files = demo_files();
    files.retain(|f| f.path != "02-decider/03-tester.md");
    for file in &mut files {
        if file.path == "01-comprendre/02-inventaire.md" {
            file.bytes.extend_from_slice(b"\nUn paragraphe de plus.\n");
        }
        if file.path == "02-decider/04-quiz-decider.md" {
            let text = String::from_utf8(file.bytes.clone()).unwrap();
            file.bytes = text
                .replace(
                    "Quel outil remplacer en premier ?",
                    "Quel outil changer d'abord ?",
                )
                .into_bytes();
        }
    }
    let imported = import(app.app(), &files, false).await.unwrap();
    assert!(!imported.created);
    assert_eq!((imported.lessons, imported.quizzes), (9, 3));
    let (_, lesson) = page(&member, &format!("{base}/inventaire")).await;
    assert!(lesson.contains("Un paragraphe de plus."));
    assert!(lesson.contains("Terminé"), "still done");
    assert_eq!(page(&member, &format!("{base}/tester")).await.0, 404);
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM course_lessons_done").await,
        2
    );
    // The quiz whose questions changed is to answer again; the other keeps
    // its score.
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM course_quiz_scores").await,
        1
    );
    let (_, changed) = page(&member, &format!("{base}/{}", quizzes[1].slug)).await;
    assert!(changed.contains("Quel outil changer d&#39;abord ?"));
    assert!(!changed.contains("Votre meilleur score"));
    // Still published: a new import does not withdraw a course.
    assert_eq!(page(&app.visitor(), base).await.0, 200);

    // A refused import changes nothing, and says why.
    let mut broken = files.clone();
    broken.retain(|f| f.path != "course.md");
    match import(app.app(), &broken, false).await {
        Err(ImportError::Refused(problems)) => {
            assert_eq!(
                problems[0].to_string(),
                "course.md : le fichier course.md manque à la racine du dossier."
            );
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(count(&app, "SELECT COUNT(*) FROM course_units").await, 12);
    app.stop().await;
}

use super::*;
use crate::courses::UnitKind;
use crate::taxonomy::{ItemStatus, TransitionStep};

fn file(path: &str, text: &str) -> SourceFile {
    SourceFile {
        path: path.to_string(),
        bytes: text.as_bytes().to_vec(),
    }
}

fn course() -> Vec<SourceFile> {
    vec![
        file(
            "course.md",
            "+++\nslug = \"transition\"\ntitre = \"La transition\"\nresume = \"Pas à pas\"\n+++\nBienvenue.\n",
        ),
        file(
            "01-comprendre/module.md",
            "+++\nordre = 1\ntitre = \"Comprendre\"\n+++\n",
        ),
        file(
            "01-comprendre/02-inventaire.md",
            "+++\nordre = 2\ntitre = \"L'inventaire\"\netape = \"besoins\"\nstatuts = [\"a-faire\"]\nduree = 10\n+++\n# Lister\n\n![Les étapes](../images/etapes.svg)\n",
        ),
        file(
            "01-comprendre/01-pourquoi.md",
            "+++\nordre = 1\ntitre = \"Pourquoi\"\n+++\nParce que.\n",
        ),
        file(
            "01-comprendre/03-quiz.md",
            "+++\nordre = 3\ntitre = \"Vérifier\"\ntype = \"quiz\"\n\n[[questions]]\ntexte = \"Par quoi commencer ?\"\n\n[[questions.reponses]]\ntexte = \"L'inventaire\"\ncorrecte = true\nexplication = \"On part de l'existant.\"\n\n[[questions.reponses]]\ntexte = \"Tout changer\"\nexplication = \"Trop brutal.\"\n+++\n",
        ),
        file(
            "images/etapes.svg",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        ),
    ]
}

fn problems_of(files: &[SourceFile]) -> Vec<String> {
    read_course(files)
        .unwrap_err()
        .iter()
        .map(|p| p.to_string())
        .collect()
}

fn replaced(path: &str, text: &str) -> Vec<SourceFile> {
    let mut files = course();
    files.iter_mut().find(|f| f.path == path).unwrap().bytes = text.as_bytes().to_vec();
    files
}

#[test]
fn a_folder_becomes_a_course_in_the_order_its_files_say() {
    let course = read_course(&course()).unwrap();
    assert_eq!(course.slug, "transition");
    assert_eq!(course.intro, "Bienvenue.\n");
    let units = &course.modules[0].units;
    let slugs: Vec<&str> = units.iter().map(|u| u.slug.as_str()).collect();
    assert_eq!(slugs, ["pourquoi", "inventaire", "quiz"]);
    assert_eq!(units[1].step, Some(TransitionStep::Needs));
    assert_eq!(units[1].statuses, [ItemStatus::ToDo]);
    assert_eq!(units[1].minutes, Some(10));
    assert_eq!(units[2].kind(), UnitKind::Quiz);
    let question = &units[2].questions.as_ref().unwrap()[0];
    assert!(question.answers[0].correct && !question.answers[1].correct);
    assert_eq!(question.answers[1].explanation, "Trop brutal.");
}

#[test]
fn a_broken_front_matter_is_named_with_its_file_and_line() {
    let problems = problems_of(&replaced(
        "01-comprendre/01-pourquoi.md",
        "+++\nordre = 1\ntitre = \"Pourquoi\ndurée = 3\n+++\n",
    ));
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].starts_with("01-comprendre/01-pourquoi.md, ligne 3"),
        "{problems:?}"
    );
    let problems = problems_of(&replaced(
        "01-comprendre/01-pourquoi.md",
        "+++\nordre = \"un\"\ntitre = \"Pourquoi\"\nauteur = \"moi\"\n+++\n",
    ));
    assert!(problems[0].contains("ligne 2"), "{problems:?}");
    assert!(problems[0].contains("ordre"), "{problems:?}");
    assert!(
        problems[1].contains("ligne 4") && problems[1].contains("auteur"),
        "{problems:?}"
    );
    let problems = problems_of(&replaced("01-comprendre/01-pourquoi.md", "Pas d'en-tête\n"));
    assert!(problems[0].contains("+++"), "{problems:?}");
}

#[test]
fn a_quiz_needs_a_right_answer_and_an_explanation_for_each() {
    let quiz = "+++\nordre = 3\ntitre = \"Q\"\ntype = \"quiz\"\n\n[[questions]]\ntexte = \"?\"\n\n[[questions.reponses]]\ntexte = \"a\"\nexplication = \"x\"\n\n[[questions.reponses]]\ntexte = \"b\"\nexplication = \"y\"\n+++\n";
    let problems = problems_of(&replaced("01-comprendre/03-quiz.md", quiz));
    assert!(
        problems[0].contains("ligne 6") && problems[0].contains("bonne réponse"),
        "{problems:?}"
    );
    let quiz = quiz.replace("explication = \"y\"\n", "correcte = true\n");
    let problems = problems_of(&replaced("01-comprendre/03-quiz.md", &quiz));
    assert!(
        problems[0].contains("ligne 13") && problems[0].contains("explication"),
        "{problems:?}"
    );
}

#[test]
fn orders_steps_and_images_are_checked() {
    let problems = problems_of(&replaced(
        "01-comprendre/01-pourquoi.md",
        "+++\nordre = 2\ntitre = \"Pourquoi\"\netape = \"demain\"\n+++\n![x](https://ailleurs.example/x.png)\n",
    ));
    let all = problems.join("\n");
    assert!(all.contains("demain"), "{all}");
    assert!(
        all.contains("ligne 6") && all.contains("ailleurs.example"),
        "{all}"
    );
    assert!(all.contains("ordre 2"), "{all}");
}

#[test]
fn files_out_of_place_are_refused() {
    let mut files = course();
    files.push(file("notes.txt", "x"));
    files.push(file("brouillon/idee.md", "x"));
    files.retain(|f| f.path != "course.md");
    let all = problems_of(&files).join("\n");
    assert!(all.contains("notes.txt"), "{all}");
    assert!(all.contains("brouillon/idee.md"), "{all}");
    assert!(all.contains("course.md"), "{all}");
}

#[test]
fn image_paths_resolve_inside_the_folder_only() {
    assert_eq!(
        resolve_image("01-a/lecon.md", "../images/x.png").as_deref(),
        Some("images/x.png")
    );
    assert_eq!(
        resolve_image("01-a/lecon.md", "x.png").as_deref(),
        Some("01-a/x.png")
    );
    assert_eq!(resolve_image("01-a/lecon.md", "../../x.png"), None);
    assert_eq!(
        resolve_image("01-a/lecon.md", "https://a.example/x.png"),
        None
    );
}

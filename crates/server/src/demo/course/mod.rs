//! The course `serve --demo` installs: "Mener la transition numérique de
//! son association", written for Essaim, in the folder beside this file;
//! it is also the example authors start from. Imported and published the
//! way `essaim import parcours --publier` does it.

use anyhow::Context;
use essaim_app::App;
use essaim_app::courses::import::{ImportError, import};
use essaim_domain::courses::source::SourceFile;

macro_rules! course_files {
    ($($path:literal),* $(,)?) => {
        /// Every file of the folder; a test checks that none is missing.
        const FILES: &[(&str, &[u8])] = &[$(
            ($path, include_bytes!(concat!("transition-numerique/", $path))),
        )*];
    };
}

course_files![
    "course.md",
    "images/huit-etapes.svg",
    "01-comprendre/module.md",
    "01-comprendre/01-pourquoi-changer.md",
    "01-comprendre/02-inventaire.md",
    "01-comprendre/03-embarquer-equipe.md",
    "01-comprendre/04-quiz-comprendre.md",
    "02-decider/module.md",
    "02-decider/01-strategie.md",
    "02-decider/02-choisir-outils.md",
    "02-decider/03-tester.md",
    "02-decider/04-quiz-decider.md",
    "03-migrer/module.md",
    "03-migrer/01-adapter-processus.md",
    "03-migrer/02-mener-le-changement.md",
    "03-migrer/03-collaborer.md",
    "03-migrer/04-ameliorer.md",
    "03-migrer/05-quiz-migrer.md",
];

pub fn files() -> Vec<SourceFile> {
    FILES
        .iter()
        .map(|(path, bytes)| SourceFile {
            path: path.to_string(),
            bytes: bytes.to_vec(),
        })
        .collect()
}

pub async fn load(app: &App) -> anyhow::Result<()> {
    match import(app, &files(), true).await {
        Ok(_) => Ok(()),
        Err(ImportError::Refused(problems)) => Err(anyhow::anyhow!(
            "{}",
            problems
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        ))
        .context("parcours de démonstration refusé"),
        Err(ImportError::Failed(e)) => Err(e).context("parcours de démonstration"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_of_the_folder_is_built_in_and_the_course_reads() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("src/demo/course/transition-numerique");
        let on_disk = crate::course_folder::read(&dir).unwrap();
        let built_in = {
            let mut files = files();
            files.sort_by(|a, b| a.path.cmp(&b.path));
            files
        };
        assert_eq!(on_disk, built_in);
        let course = essaim_domain::courses::source::read_course(&built_in).unwrap();
        let units: Vec<_> = course.modules.iter().flat_map(|m| &m.units).collect();
        let quizzes = units.iter().filter(|u| u.questions.is_some()).count();
        assert!(course.modules.len() >= 3);
        assert!(units.len() - quizzes >= 9 && quizzes >= 3);
        // The eight steps of a transition are all taught.
        let steps: std::collections::HashSet<_> = units.iter().filter_map(|u| u.step).collect();
        assert_eq!(steps.len(), 8);
    }
}

//! The course: everything reads without an account; members keep their
//! progress (lessons done, best quiz scores, where to resume) and get an
//! attestation at 100 % that anyone checks by its code. Moderators
//! publish or withdraw courses; every refusal of a permission is a 403,
//! and a bad answer is named with nothing kept.

mod folder;
mod joined;
mod progress;

use std::path::{Path, PathBuf};

use essaim_app::courses::import::import;
use essaim_domain::courses::source::{SourceFile, read_course};
use essaim_domain::courses::{Course, Unit};

use crate::harness::{TestApp, Visitor};

/// The course `serve --demo` installs, as its folder holds it.
pub(super) fn demo_folder() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src/demo/course/transition-numerique")
}

pub(super) fn demo_files() -> Vec<SourceFile> {
    essaim_server::course_folder::read(&demo_folder()).unwrap()
}

/// Imports the demonstration course, published or not; returns it as
/// its folder describes it.
pub(super) async fn install(app: &TestApp, publish: bool) -> Course {
    let files = demo_files();
    import(app.app(), &files, publish).await.unwrap();
    read_course(&files).unwrap()
}

pub(super) fn units(course: &Course) -> Vec<&Unit> {
    course.modules.iter().flat_map(|m| &m.units).collect()
}

/// A quiz's form: the right answers, or the first wrong one of each
/// question.
pub(super) fn answers(quiz: &Unit, right: bool) -> Vec<(String, String)> {
    let mut fields = Vec::new();
    for (q, question) in quiz.questions.as_ref().unwrap().iter().enumerate() {
        for (a, answer) in question.answers.iter().enumerate() {
            if answer.correct == right {
                fields.push((format!("q{}", q + 1), (a + 1).to_string()));
                if !right {
                    break;
                }
            }
        }
    }
    fields
}

pub(super) async fn post(
    visitor: &Visitor,
    path: &str,
    fields: &[(String, String)],
) -> (u16, String) {
    let fields: Vec<(&str, &str)> = fields
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    let response = visitor.post_form(path, &fields).await;
    (response.status().as_u16(), response.text().await.unwrap())
}

pub(super) async fn page(visitor: &Visitor, path: &str) -> (u16, String) {
    let response = visitor.get(path).await;
    (response.status().as_u16(), response.text().await.unwrap())
}

pub(super) async fn count(app: &TestApp, sql: &str) -> i64 {
    sqlx::Row::get(
        &sqlx::query(sql).fetch_one(app.db().pool()).await.unwrap(),
        0,
    )
}

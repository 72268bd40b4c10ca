//! What a member does in a course: opens a unit (where "reprendre" will
//! lead), marks a lesson done, answers a quiz (graded for anyone, kept for
//! members), and asks for the attestation once everything is finished.

use essaim_domain::courses::quiz::{Graded, grade, read_answers};
use essaim_domain::courses::{Question, attestation_code, check_attestation_name};
use essaim_store::{Account, AttestationRow, CourseRow, UnitContent, UnitRow};

use super::Outline;
use crate::{App, Error, Result, now};

/// Remembers the unit a member opened last in a course.
pub async fn opened(app: &App, member: &Account, course: &CourseRow, unit: &UnitRow) -> Result<()> {
    let mut tx = app.begin().await?;
    tx.set_course_position(member.id, course.id, unit.id, now())
        .await?;
    app.commit(tx).await
}

pub async fn mark_done(app: &App, member: &Account, unit: &UnitRow) -> Result<()> {
    if unit.kind != "lecon" {
        return Err(Error::NotFound);
    }
    let mut tx = app.begin().await?;
    tx.mark_lesson_done(member.id, unit.id, now()).await?;
    app.commit(tx).await
}

/// A quiz's questions, from its content as the import kept it; a lesson
/// has none to answer.
pub fn questions(unit: &UnitRow, content: &UnitContent) -> Result<Vec<Question>> {
    if unit.kind != "quiz" {
        return Err(Error::NotFound);
    }
    serde_json::from_str(&content.questions).map_err(Error::internal)
}

/// Grades the answers of a form; a member's score is kept (the best
/// one counts). An answer the quiz does not have is refused, nothing kept.
pub async fn answer(
    app: &App,
    member: Option<&Account>,
    unit: &UnitRow,
    questions: &[Question],
    fields: &[(String, String)],
) -> Result<Graded> {
    let chosen = read_answers(questions, fields).map_err(Error::Invalid)?;
    let graded = grade(questions, &chosen);
    if let Some(member) = member {
        let mut tx = app.begin().await?;
        tx.record_quiz_score(
            member.id,
            unit.id,
            i64::try_from(graded.score).unwrap_or(0),
            i64::try_from(graded.total).unwrap_or(0),
            now(),
        )
        .await?;
        app.commit(tx).await?;
    }
    Ok(graded)
}

/// The member's attestation of a course finished entirely, written with
/// the name they give; asked again, the one already given.
pub async fn attest(
    app: &App,
    member: &Account,
    course: &CourseRow,
    name: &str,
) -> Result<AttestationRow> {
    if let Some(existing) = app.db().course_attestation_of(member.id, course.id).await? {
        return Ok(existing);
    }
    let outline = Outline::read(app, course, Some(member)).await?;
    if !outline.complete() {
        return Err(Error::Conflict("courses-attestation-not-finished"));
    }
    let name = check_attestation_name(name).map_err(|p| Error::Invalid(vec![p]))?;
    let mut random = [0u8; 12];
    getrandom::fill(&mut random).map_err(|e| Error::internal(anyhow::anyhow!("{e}")))?;
    let mut tx = app.begin().await?;
    tx.insert_course_attestation(
        &attestation_code(random),
        member.id,
        course.id,
        &name,
        now(),
    )
    .await?;
    app.commit(tx).await?;
    app.db()
        .course_attestation_of(member.id, course.id)
        .await?
        .ok_or_else(|| Error::internal(anyhow::anyhow!("attestation introuvable")))
}

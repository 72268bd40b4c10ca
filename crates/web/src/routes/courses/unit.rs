//! `/parcours/{slug}/{unit}`: a lesson or a quiz. A lesson reads without
//! an account; a member marks it done (`POST …/terminee`). A quiz is
//! answered by anyone and graded at once, every answer explained; a
//! member's best score is kept. A signed-in member's visit is where
//! "reprendre" will lead.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use essaim_app::courses::progress::{answer as grade_answers, mark_done, opened, questions};
use essaim_app::courses::{Outline, visible};
use essaim_domain::courses::Question;
use essaim_domain::courses::quiz::Graded;
use essaim_domain::markup::SafeHtml;
use essaim_store::{CourseRow, UnitContent, UnitRow};

use super::outline::{ModuleView, kind_label, modules, unit_path};
use crate::auth::CurrentUser;
use crate::i18n::translate_with;
use crate::kit::{FormFields, Problems, field_problems, refused, see_other};
use crate::page::{Layout, render};
use crate::{AppError, AppState};

/// A link to the unit before or after.
pub struct Neighbour {
    pub path: String,
    pub title: String,
}

/// An answer as the quiz shows it, ticked or not, and once graded, right
/// or not with its explanation.
pub struct AnswerView {
    pub number: usize,
    pub text: String,
    pub ticked: bool,
    pub correct: bool,
    pub explanation: String,
}

pub struct QuestionView {
    pub number: usize,
    pub text: String,
    pub multiple: bool,
    /// Once graded: whether the answers ticked were exactly the right ones.
    pub right: Option<bool>,
    pub answers: Vec<AnswerView>,
}

#[derive(Template)]
#[template(path = "courses/unit.html")]
pub struct UnitPage {
    pub l: Layout,
    pub course_path: String,
    pub course_title: String,
    pub path: String,
    pub title: String,
    pub kind: String,
    pub minutes: Option<String>,
    pub body: SafeHtml,
    pub is_quiz: bool,
    pub questions: Vec<QuestionView>,
    /// "2 bonnes réponses sur 3", once graded.
    pub score_line: Option<String>,
    pub perfect: bool,
    /// The member's best score so far, "2 / 3".
    pub best_line: Option<String>,
    pub finished: bool,
    pub errors: Problems,
    pub previous: Option<Neighbour>,
    pub next: Option<Neighbour>,
    pub modules: Vec<ModuleView>,
    pub percent: u8,
    pub complete: bool,
    pub sign_in_path: String,
}

/// The course, its outline for the reader, and the unit asked.
async fn find(
    state: &AppState,
    l: &Layout,
    slug: &str,
    unit: &str,
) -> Result<(CourseRow, Outline), AppError> {
    let app = state.app();
    let course = visible(app, slug, l.can_moderate()).await?;
    let reader = l.viewer.as_ref().map(|v| &v.account);
    let outline = Outline::read(app, &course, reader).await?;
    if outline.around(unit).is_none() {
        return Err(AppError::NotFound);
    }
    Ok((course, outline))
}

/// What the unit's page shows: its text, and a quiz's questions, graded
/// once answered.
struct Shown<'a> {
    body: &'a str,
    questions: &'a [Question],
    graded: Option<&'a Graded>,
}

fn question_views(answered: &Shown<'_>) -> Vec<QuestionView> {
    answered
        .questions
        .iter()
        .enumerate()
        .map(|(index, question)| {
            let result = answered.graded.map(|g| &g.questions[index]);
            QuestionView {
                number: index + 1,
                text: question.text.clone(),
                multiple: question.multiple,
                right: result.map(|(_, right)| *right),
                answers: question
                    .answers
                    .iter()
                    .enumerate()
                    .map(|(a, answer)| AnswerView {
                        number: a + 1,
                        text: answer.text.clone(),
                        ticked: result.is_some_and(|(ticked, _)| ticked.contains(&a)),
                        correct: answer.correct,
                        explanation: answer.explanation.clone(),
                    })
                    .collect(),
            }
        })
        .collect()
}

fn page(
    l: Layout,
    course: &CourseRow,
    outline: &Outline,
    unit_slug: &str,
    answered: Shown<'_>,
    errors: Problems,
) -> Result<UnitPage, AppError> {
    let (previous, unit, next) = outline.around(unit_slug).ok_or(AppError::NotFound)?;
    let neighbour = |u: &UnitRow| Neighbour {
        path: unit_path(&course.slug, u),
        title: u.title.clone(),
    };
    let score = outline.progress.scores.get(&unit.id);
    let count = |key: &str, score: usize, total: usize| {
        translate_with(
            l.locale,
            key,
            &[("score", score.into()), ("total", total.into())],
        )
    };
    Ok(UnitPage {
        course_path: format!("/parcours/{}", course.slug),
        course_title: course.title.clone(),
        path: unit_path(&course.slug, unit),
        title: unit.title.clone(),
        kind: kind_label(&l, unit),
        minutes: unit
            .minutes
            .map(|m| translate_with(l.locale, "courses-minutes", &[("minutes", m.into())])),
        body: SafeHtml::from_stored(answered.body.to_string()),
        is_quiz: unit.kind == "quiz",
        questions: question_views(&answered),
        score_line: answered
            .graded
            .map(|g| count("courses-quiz-score", g.score, g.total)),
        perfect: answered.graded.is_some_and(Graded::perfect),
        best_line: score.map(|s| {
            count(
                "courses-quiz-best",
                usize::try_from(s.best).unwrap_or(0),
                usize::try_from(s.total).unwrap_or(0),
            )
        }),
        finished: outline.finished(unit),
        errors,
        previous: previous.map(neighbour),
        next: next.map(neighbour),
        modules: modules(&l, &course.slug, outline, unit_slug),
        percent: outline.percent(),
        complete: outline.complete(),
        sign_in_path: format!("/connexion?retour=/parcours/{}/{}", course.slug, unit.slug),
        l,
    })
}

pub async fn show(
    State(state): State<AppState>,
    l: Layout,
    Path((slug, unit_slug)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let (course, outline) = find(&state, &l, &slug, &unit_slug).await?;
    let (_, unit, _) = outline.around(&unit_slug).ok_or(AppError::NotFound)?;
    // Reading the same page again writes nothing.
    if let Some(viewer) = &l.viewer
        && outline.progress.last_opened != Some(unit.id)
    {
        opened(state.app(), &viewer.account, &course, unit).await?;
    }
    let content = unit_content(&state, unit).await?;
    let quiz = if unit.kind == "quiz" {
        questions(unit, &content)?
    } else {
        Vec::new()
    };
    let shown = Shown {
        body: &content.body_html,
        questions: &quiz,
        graded: None,
    };
    let errors = Problems::none();
    Ok(render(&page(
        l, &course, &outline, &unit_slug, shown, errors,
    )?))
}

async fn unit_content(state: &AppState, unit: &UnitRow) -> Result<UnitContent, AppError> {
    state
        .db()
        .course_unit_content(unit.id)
        .await?
        .ok_or(AppError::NotFound)
}

/// A quiz answered: graded at once; a member's score is kept.
pub async fn answer(
    State(state): State<AppState>,
    l: Layout,
    Path((slug, unit_slug)): Path<(String, String)>,
    form: FormFields,
) -> Result<Response, AppError> {
    let (course, outline) = find(&state, &l, &slug, &unit_slug).await?;
    let (_, unit, _) = outline.around(&unit_slug).ok_or(AppError::NotFound)?;
    let content = unit_content(&state, unit).await?;
    let quiz = questions(unit, &content)?;
    let member = l.viewer.as_ref().map(|v| &v.account);
    match grade_answers(state.app(), member, unit, &quiz, form.pairs()).await {
        Ok(graded) => {
            // The outline again: this score may finish the quiz.
            let outline = Outline::read(state.app(), &course, member).await?;
            let shown = Shown {
                body: &content.body_html,
                questions: &quiz,
                graded: Some(&graded),
            };
            let errors = Problems::none();
            Ok(render(&page(
                l, &course, &outline, &unit_slug, shown, errors,
            )?))
        }
        Err(error) => {
            let problems = field_problems(error)?;
            let errors = Problems::new(l.locale, &problems);
            let shown = Shown {
                body: &content.body_html,
                questions: &quiz,
                graded: None,
            };
            Ok(refused(&page(
                l, &course, &outline, &unit_slug, shown, errors,
            )?))
        }
    }
}

/// A member marks a lesson done and goes on to the next unit.
pub async fn done(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    l: Layout,
    Path((slug, unit_slug)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let (course, outline) = find(&state, &l, &slug, &unit_slug).await?;
    let (_, unit, next) = outline.around(&unit_slug).ok_or(AppError::NotFound)?;
    mark_done(state.app(), &user.account, unit).await?;
    Ok(see_other(&match next {
        Some(next) => unit_path(&course.slug, next),
        None => format!("/parcours/{}", course.slug),
    }))
}

//! `/moderation/parcours`: every course, published or not, with its
//! numbers; a moderator publishes one or withdraws it (in the log).
//! Courses come from folders imported on the server
//! (`essaim import parcours DIR`).

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use essaim_app::courses::Outline;
use essaim_app::courses::publish::set_published;

use crate::auth::Moderator;
use crate::i18n::translate_with;
use crate::kit::{Done, FormFields, see_other};
use crate::page::{Layout, render};
use crate::{AppError, AppState};

pub struct CourseLine {
    pub slug: String,
    pub title: String,
    /// "10 leçons et 3 quiz".
    pub units_line: String,
    pub published: Option<String>,
    pub imported: String,
}

#[derive(Template)]
#[template(path = "courses/moderation.html")]
pub struct ModerationPage {
    pub l: Layout,
    pub courses: Vec<CourseLine>,
    pub done: Option<String>,
}

pub async fn show(
    State(state): State<AppState>,
    _moderator: Moderator,
    l: Layout,
    Query(done): Query<Done>,
) -> Result<Response, AppError> {
    let app = state.app();
    let mut courses = Vec::new();
    for course in app.db().courses(false).await? {
        let outline = Outline::read(app, &course, None).await?;
        courses.push(CourseLine {
            units_line: translate_with(
                l.locale,
                "courses-unit-count",
                &[
                    ("lessons", outline.counts().0.into()),
                    ("quizzes", outline.counts().1.into()),
                ],
            ),
            published: course.published_at.map(|at| l.date(at)),
            imported: l.date(course.imported_at),
            slug: course.slug,
            title: course.title,
        });
    }
    let done = done.fait.map(|what| {
        l.text(if what == "publie" {
            "courses-moderation-published"
        } else {
            "courses-moderation-withdrawn"
        })
        .into_owned()
    });
    Ok(render(&ModerationPage { l, courses, done }))
}

pub async fn decide(
    State(state): State<AppState>,
    Moderator(moderator): Moderator,
    Path(slug): Path<String>,
    form: FormFields,
) -> Result<Response, AppError> {
    let publish = match form.text("decision").as_str() {
        "publier" => true,
        "retirer" => false,
        _ => return Err(AppError::BadRequest("decision")),
    };
    let was_published = form.text("etait") == "publie";
    set_published(
        state.app(),
        &moderator.account,
        &slug,
        was_published,
        publish,
    )
    .await?;
    let done = if publish { "publie" } else { "retire" };
    Ok(see_other(&format!("/moderation/parcours?fait={done}")))
}

//! `GET /parcours`: the published courses, with the reader's progress in
//! each; moderators also see the ones waiting.

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use essaim_app::courses::Outline;

use crate::i18n::translate_with;
use crate::page::{Layout, render};
use crate::{AppError, AppState};

pub struct CourseCard {
    pub path: String,
    pub title: String,
    pub summary: String,
    /// "10 leçons et 3 quiz".
    pub units_line: String,
    /// The reader's progress, when signed in.
    pub percent: Option<u8>,
    pub published: bool,
}

#[derive(Template)]
#[template(path = "courses/list.html")]
pub struct ListPage {
    pub l: Layout,
    pub courses: Vec<CourseCard>,
}

pub async fn show(State(state): State<AppState>, l: Layout) -> Result<Response, AppError> {
    let app = state.app();
    let reader = l.viewer.as_ref().map(|v| &v.account);
    let mut courses = Vec::new();
    for course in app.db().courses(!l.can_moderate()).await? {
        let outline = Outline::read(app, &course, reader).await?;
        courses.push(CourseCard {
            path: format!("/parcours/{}", course.slug),
            units_line: translate_with(
                l.locale,
                "courses-unit-count",
                &[
                    ("lessons", outline.counts().0.into()),
                    ("quizzes", outline.counts().1.into()),
                ],
            ),
            percent: reader.map(|_| outline.percent()),
            published: course.published_at.is_some(),
            title: course.title,
            summary: course.summary,
        });
    }
    Ok(render(&ListPage { l, courses }))
}

//! `GET /parcours/{slug}/fichiers/{path}`: an image of a course, from the
//! files its folder brought. Only images are served, with their type,
//! never sniffed, and SVG without scripts.

use axum::extract::{Path, State};
use axum::response::Response;
use essaim_app::courses::visible;
use essaim_domain::courses::source::image_type;

use crate::kit::sandboxed_file;
use crate::page::Layout;
use crate::{AppError, AppState};

pub async fn show(
    State(state): State<AppState>,
    l: Layout,
    Path((slug, path)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let content_type = image_type(&path).ok_or(AppError::NotFound)?;
    let course = visible(state.app(), &slug, l.can_moderate()).await?;
    let bytes = state
        .db()
        .course_file(course.id, &path)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(sandboxed_file(bytes, content_type, "public, max-age=3600"))
}

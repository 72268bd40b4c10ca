//! `POST /moderation/notes`: a private note among moderators about any
//! target (`cible`: its kind, `objet`: its key), back to its review page.

use axum::extract::State;
use axum::response::Response;
use essaim_domain::moderation::TargetKind;

use crate::auth::Moderator;
use crate::kit::{FormFields, Problems, field_problems, see_other};
use crate::page::Layout;
use crate::{AppError, AppState};

pub async fn add(
    State(state): State<AppState>,
    Moderator(moderator): Moderator,
    l: Layout,
    fields: FormFields,
) -> Result<Response, AppError> {
    let kind = TargetKind::from_slug(&fields.text("cible")).ok_or(AppError::BadRequest("cible"))?;
    let key = fields.text("objet");
    let body = fields.text("note");
    match essaim_app::moderation::note::add_note(state.app(), &moderator.account, kind, &key, &body)
        .await
    {
        Ok(target) => Ok(see_other(&format!("{}#notes", target.review_path))),
        Err(error) => {
            let errors = Problems::new(l.locale, &field_problems(error)?);
            review_again(&state, l, kind, &key, errors).await
        }
    }
}

/// The review page of a target again, with the problems of a form posted
/// from it. Each kind of target with a review page adds its line.
pub async fn review_again(
    state: &AppState,
    l: Layout,
    kind: TargetKind,
    key: &str,
    errors: Problems,
) -> Result<Response, AppError> {
    match kind {
        TargetKind::Provider => {
            crate::routes::providers::review::with_problems(state, l, key, errors, String::new())
                .await
        }
        // Reviewed on their own pages, which take no notes.
        TargetKind::CatalogueEntry
        | TargetKind::CommunityTopic
        | TargetKind::CommunityPost
        | TargetKind::CommunityMember
        | TargetKind::Course => Err(AppError::NotFound),
        TargetKind::LibraryResource => {
            crate::routes::library::review::with_problems(state, l, key, errors).await
        }
    }
}

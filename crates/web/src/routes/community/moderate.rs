//! The moderators' buttons on a topic (`POST /communaute/t/{id}/moderation`:
//! hide, show, close, reopen, pin, unpin, move) and on a post (`POST
//! /communaute/m/{id}/masquer`). The `Moderator` extractor refuses anyone
//! else with a 403 before anything is read.

use axum::extract::{Path, State};
use axum::response::Response;
use essaim_app::community::moderate::{self, TopicAction};
use essaim_domain::community::Pin;

use crate::auth::Moderator;
use crate::kit::{FormFields, see_other};
use crate::{AppError, AppState};

pub async fn topic(
    State(state): State<AppState>,
    Moderator(moderator): Moderator,
    Path(id): Path<i64>,
    fields: FormFields,
) -> Result<Response, AppError> {
    let action = match fields.text("action").as_str() {
        "masquer" => TopicAction::Hide,
        "afficher" => TopicAction::Show,
        "fermer" => TopicAction::Close,
        "rouvrir" => TopicAction::Reopen,
        "epingler-categorie" => TopicAction::Pin(Pin::Category),
        "epingler-partout" => TopicAction::Pin(Pin::Everywhere),
        "desepingler" => TopicAction::Unpin,
        "deplacer" => TopicAction::Move(fields.text("categorie")),
        _ => return Err(AppError::BadRequest("action")),
    };
    moderate::topic(
        state.app(),
        &moderator.account,
        id,
        &action,
        &fields.text("motif"),
    )
    .await?;
    Ok(see_other(&format!("/communaute/t/{id}")))
}

/// Approves or refuses a post held for approval.
pub async fn approval(
    State(state): State<AppState>,
    Moderator(moderator): Moderator,
    Path(id): Path<i64>,
    fields: FormFields,
) -> Result<Response, AppError> {
    let approved = match fields.text("decision").as_str() {
        "valider" => true,
        "refuser" => false,
        _ => return Err(AppError::BadRequest("decision")),
    };
    let (topic, number) = moderate::approve(
        state.app(),
        &moderator.account,
        id,
        approved,
        &fields.text("motif"),
    )
    .await?;
    Ok(see_other(&format!("/communaute/t/{topic}#m{number}")))
}

pub async fn post(
    State(state): State<AppState>,
    Moderator(moderator): Moderator,
    Path(id): Path<i64>,
    fields: FormFields,
) -> Result<Response, AppError> {
    let hidden = fields.text("masquer") != "0";
    let (topic, number) = moderate::post(
        state.app(),
        &moderator.account,
        id,
        hidden,
        &fields.text("motif"),
    )
    .await?;
    Ok(see_other(&format!("/communaute/t/{topic}#m{number}")))
}

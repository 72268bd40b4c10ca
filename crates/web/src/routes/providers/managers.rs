//! Managers of a profile: invite someone (`POST …/gestionnaires`), leave
//! (`POST …/quitter`), and accept an invitation (`/espace-prestataire/invitation`).

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use essaim_app::providers::managers::{Acceptance, accept, describe_invitation, invite, leave};

use super::{overview, space_path};
use crate::auth::{CurrentUser, Provider};
use crate::i18n::translate_with;
use crate::kit::FormFields;
use crate::kit::field_problems;
use crate::kit::{Notice, TokenParam, see_other};
use crate::page::{Layout, render};
use crate::routes::accounts::verify_email::ConfirmPage;
use crate::{AppError, AppState};

pub async fn invite_manager(
    State(state): State<AppState>,
    Provider(user): Provider,
    l: Layout,
    Path(slug): Path<String>,
    fields: FormFields,
) -> Result<Response, AppError> {
    match invite(
        state.app(),
        &user.account,
        &slug,
        &fields.text("invite_email"),
    )
    .await
    {
        Ok(()) => Ok(see_other(&format!("{}?fait=invitation", space_path(&slug)))),
        Err(error) => {
            let problems = field_problems(error)?;
            overview::refused_submission(&state, &user, l, &slug, problems).await
        }
    }
}

pub async fn leave_profile(
    State(state): State<AppState>,
    Provider(user): Provider,
    l: Layout,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    match leave(state.app(), &user.account, &slug).await {
        Ok(()) => Ok(see_other("/espace-prestataire")),
        Err(error) => {
            let problems = field_problems(error)?;
            overview::refused_submission(&state, &user, l, &slug, problems).await
        }
    }
}

pub async fn show_invitation(
    State(state): State<AppState>,
    _user: CurrentUser,
    l: Layout,
    Query(query): Query<TokenParam>,
) -> Result<Response, AppError> {
    let Some((_, name)) = describe_invitation(state.app(), &query.jeton).await? else {
        return Ok(crate::routes::accounts::verify_email::invalid_link(l));
    };
    let intro = translate_with(
        l.locale,
        "providers-invitation-intro",
        &[("name", name.into())],
    );
    Ok(render(&ConfirmPage::new(
        l,
        "providers-invitation-title",
        intro,
        "providers-invitation-accept",
        "/espace-prestataire/invitation",
        query.jeton,
    )))
}

pub async fn accept_invitation(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    l: Layout,
    fields: FormFields,
) -> Result<Response, AppError> {
    Ok(
        match accept(state.app(), &user.account, &fields.text("jeton")).await? {
            Acceptance::Joined(slug) => see_other(&space_path(&slug)),
            Acceptance::LinkInvalid => crate::routes::accounts::verify_email::invalid_link(l),
            // The invited address is not shown to another account.
            Acceptance::OtherAddress => Notice::new(
                l,
                "providers-invitation-other-title",
                &["providers-invitation-other-body"],
            )
            .with_status(StatusCode::FORBIDDEN)
            .into_response(),
        },
    )
}

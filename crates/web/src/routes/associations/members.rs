//! Members of an association: invite someone (`POST …/invitations`),
//! withdraw an invitation, change a member's role or remove them
//! (`POST …/membres/{id}`), leave (`POST …/quitter`), and accept an
//! invitation (`/espace-association/invitation`).

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use essaim_app::associations::members::{self as use_case, Acceptance};
use essaim_domain::taxonomy::MemberRole;

use super::space::refused_form;
use super::space_path;
use crate::auth::CurrentUser;
use crate::i18n::translate_with;
use crate::kit::{FormFields, Notice, TokenParam, field_problems, see_other};
use crate::page::{Layout, render};
use crate::routes::accounts::verify_email::{ConfirmPage, invalid_link};
use crate::{AppError, AppState};

pub async fn invite(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    l: Layout,
    Path(slug): Path<String>,
    fields: FormFields,
) -> Result<Response, AppError> {
    let email = fields.text("invite_email");
    let role = fields.text("invite_role");
    match use_case::invite(
        state.app(),
        &user.account,
        &slug,
        &email,
        MemberRole::from_slug(&role),
    )
    .await
    {
        Ok(()) => Ok(see_other(&format!("{}?fait=invitation", space_path(&slug)))),
        Err(error) => {
            let problems = field_problems(error)?;
            refused_form(&state, &user, l, &slug, problems, Some((email, role))).await
        }
    }
}

pub async fn cancel_invitation(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(slug): Path<String>,
    fields: FormFields,
) -> Result<Response, AppError> {
    use_case::cancel_invitation(state.app(), &user.account, &slug, &fields.text("email")).await?;
    Ok(see_other(&format!(
        "{}?fait=invitation-retiree",
        space_path(&slug)
    )))
}

/// A responsable's form beside each member: `role` to give another role,
/// or the `retirer` button.
pub async fn change(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    l: Layout,
    Path((slug, member)): Path<(String, i64)>,
    fields: FormFields,
) -> Result<Response, AppError> {
    let (outcome, done) = if fields.checked("retirer") {
        (
            use_case::remove(state.app(), &user.account, &slug, member).await,
            "retire",
        )
    } else {
        let role = MemberRole::from_slug(&fields.text("role"));
        (
            use_case::set_role(state.app(), &user.account, &slug, member, role).await,
            "role",
        )
    };
    match outcome {
        // Removing oneself is leaving: the space is no longer theirs to see.
        Ok(()) if member == user.account.id && done == "retire" => {
            Ok(see_other("/espace-association?fait=quittee"))
        }
        Ok(()) => Ok(see_other(&format!("{}?fait={done}", space_path(&slug)))),
        Err(error) => {
            let problems = field_problems(error)?;
            refused_form(&state, &user, l, &slug, problems, None).await
        }
    }
}

pub async fn leave(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    l: Layout,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    match use_case::leave(state.app(), &user.account, &slug).await {
        Ok(()) => Ok(see_other("/espace-association?fait=quittee")),
        Err(error) => {
            let problems = field_problems(error)?;
            refused_form(&state, &user, l, &slug, problems, None).await
        }
    }
}

pub async fn show_invitation(
    State(state): State<AppState>,
    _user: CurrentUser,
    l: Layout,
    Query(query): Query<TokenParam>,
) -> Result<Response, AppError> {
    let Some(name) = use_case::describe_invitation(state.app(), &query.jeton).await? else {
        return Ok(invalid_link(l));
    };
    let intro = translate_with(
        l.locale,
        "associations-invitation-intro",
        &[("name", name.into())],
    );
    Ok(render(&ConfirmPage::new(
        l,
        "associations-invitation-title",
        intro,
        "associations-invitation-accept",
        "/espace-association/invitation",
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
        match use_case::accept(state.app(), &user.account, &fields.text("jeton")).await? {
            Acceptance::Joined(slug) => see_other(&format!("{}?fait=bienvenue", space_path(&slug))),
            Acceptance::LinkInvalid => invalid_link(l),
            // The invited address is not shown to another account.
            Acceptance::OtherAddress => Notice::new(
                l,
                "associations-invitation-other-title",
                &["associations-invitation-other-body"],
            )
            .with_status(StatusCode::FORBIDDEN)
            .into_response(),
        },
    )
}

//! The forms of a need's page, each posting to its own address: join
//! ("nous aussi"), write the specification, move the status, quote, vote,
//! confirm a quote and open the campaign, pledge or withdraw. A refused
//! form comes back on the page with its problems and every word typed.

use axum::extract::{Path, State};
use axum::response::Response;
use essaim_app::pooling::{need as find_need, need_path, needs, pledges, quotes};
use essaim_domain::pooling::{NeedStatus, QuoteFields};
use essaim_domain::problems::FieldProblem;

use super::need::{Typed, page};
use crate::auth::CurrentUser;
use crate::kit::{FormFields, Problems, field_problems, refused, see_other};
use crate::page::Layout;
use crate::{AppError, AppState};

/// Back to the need, at `anchor`, saying what was done.
fn done(id: i64, what: &str, anchor: &str) -> Response {
    see_other(&format!("{}?fait={what}#{anchor}", need_path(id)))
}

/// The need's page again, with the problems of the form refused.
async fn again(
    state: &AppState,
    l: Layout,
    id: i64,
    problems: Vec<FieldProblem>,
    typed: Typed,
) -> Result<Response, AppError> {
    let need = find_need(state.app(), id).await?;
    let errors = Problems::new(l.locale, &problems);
    Ok(refused(&page(state, l, need, errors, typed).await?))
}

/// The need's page again after a refusal: its field problems beside the
/// form, or the error page for any other refusal.
async fn refusal(
    state: &AppState,
    l: Layout,
    id: i64,
    error: essaim_app::Error,
    typed: Typed,
) -> Result<Response, AppError> {
    let problems = field_problems(error)?;
    again(state, l, id, problems, typed).await
}

pub async fn join(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    l: Layout,
    Path(id): Path<i64>,
    form: FormFields,
) -> Result<Response, AppError> {
    let association = form.text("association");
    match needs::join(state.app(), &user.account, id, &association).await {
        Ok(_) => Ok(done(id, "nous-aussi", "associations")),
        Err(essaim_app::Error::NotFound) if !association.is_empty() => {
            let problem = FieldProblem::new("association", "pooling-need-association");
            again(&state, l, id, vec![problem], Typed::default()).await
        }
        Err(error) => refusal(&state, l, id, error, Typed::default()).await,
    }
}

pub async fn specify(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    l: Layout,
    Path(id): Path<i64>,
    form: FormFields,
) -> Result<Response, AppError> {
    let body = form.raw("cahier");
    let seen = form.text("versions").parse::<usize>().unwrap_or(0);
    let result = needs::specify(
        state.app(),
        &user.account,
        id,
        &form.text("association"),
        &body,
        seen,
    )
    .await;
    let problems = match result {
        Ok(()) => return Ok(done(id, "cahier", "cahier-des-charges")),
        // The words typed are never lost: they come back beside the new
        // version.
        Err(essaim_app::Error::Conflict(key)) => vec![FieldProblem::new("cahier", key)],
        Err(error) => field_problems(error)?,
    };
    let typed = Typed {
        specification: Some(body),
        ..Typed::default()
    };
    again(&state, l, id, problems, typed).await
}

pub async fn status(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    l: Layout,
    Path(id): Path<i64>,
    form: FormFields,
) -> Result<Response, AppError> {
    let from = NeedStatus::from_slug(&form.text("de")).ok_or(AppError::NotFound)?;
    let Some(to) = NeedStatus::from_slug(&form.text("statut")) else {
        let problem = FieldProblem::new("statut", "pooling-status-move");
        return again(&state, l, id, vec![problem], Typed::default()).await;
    };
    match needs::move_status(state.app(), &user.account, id, from, to).await {
        Ok(()) => Ok(done(id, "statut", "statut")),
        Err(error) => refusal(&state, l, id, error, Typed::default()).await,
    }
}

pub async fn quote(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    l: Layout,
    Path(id): Path<i64>,
    form: FormFields,
) -> Result<Response, AppError> {
    let fields = QuoteFields {
        amount: form.text("montant_devis"),
        deliverables: form.raw("livrables"),
        milestones: form.raw("jalons"),
        valid_until: form.text("validite"),
    };
    let provider = form.text("prestataire");
    match quotes::quote(state.app(), &user.account, id, &provider, &fields).await {
        Ok(_) => Ok(done(id, "devis", "devis")),
        Err(error) => {
            // The amount's problems are named for this form's own input.
            let problems = field_problems(error)?
                .into_iter()
                .map(|mut p| {
                    if p.field == "montant" {
                        p.field = "montant_devis".into();
                    }
                    p
                })
                .collect();
            let typed = Typed {
                quote_amount: fields.amount,
                deliverables: fields.deliverables,
                milestones: fields.milestones,
                valid_until: fields.valid_until,
                ..Typed::default()
            };
            again(&state, l, id, problems, typed).await
        }
    }
}

pub async fn vote(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    l: Layout,
    Path((id, quote)): Path<(i64, i64)>,
    form: FormFields,
) -> Result<Response, AppError> {
    let association = form.text("association");
    match quotes::vote(state.app(), &user.account, id, quote, &association).await {
        Ok(()) => Ok(done(id, "vote", "devis")),
        Err(error) => refusal(&state, l, id, error, Typed::default()).await,
    }
}

pub async fn choose(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    l: Layout,
    Path((id, quote)): Path<(i64, i64)>,
    form: FormFields,
) -> Result<Response, AppError> {
    let deadline = form.text("echeance");
    match quotes::choose(state.app(), &user.account, id, quote, &deadline).await {
        Ok(_) => Ok(done(id, "campagne", "campagne")),
        Err(error) => {
            let typed = Typed {
                deadline,
                ..Typed::default()
            };
            refusal(&state, l, id, error, typed).await
        }
    }
}

pub async fn pledge(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    l: Layout,
    Path(id): Path<i64>,
    form: FormFields,
) -> Result<Response, AppError> {
    let association = form.text("association");
    let amount = form.text("montant");
    let public = form.checked("public");
    let result = if form.checked("retirer") {
        pledges::withdraw(state.app(), &user.account, id, &association).await
    } else {
        pledges::pledge(
            state.app(),
            &user.account,
            id,
            &association,
            &amount,
            public,
        )
        .await
    };
    match result {
        Ok(pledged) if pledged.reached => Ok(done(id, "objectif", "campagne")),
        Ok(pledged) => Ok(done(
            id,
            if pledged.event == essaim_domain::pooling::campaign::LedgerEvent::Withdrawn {
                "retrait"
            } else {
                "engagement"
            },
            "campagne",
        )),
        Err(error) => {
            let typed = Typed {
                amount,
                public,
                ..Typed::default()
            };
            refusal(&state, l, id, error, typed).await
        }
    }
}

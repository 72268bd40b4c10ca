//! `/ressources/proposer`: a signed-in member proposes a resource; it
//! waits for the moderators, and the member is told so.

use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use essaim_app::library::propose::propose;

use super::fields::{self, FieldsView};
use crate::auth::CurrentUser;
use crate::kit::{Done, FormFields, Problems, field_problems, refused, see_other};
use crate::page::{Layout, render};
use crate::{AppError, AppState};

#[derive(Template)]
#[template(path = "library/propose.html")]
pub struct ProposePage {
    pub l: Layout,
    pub f: FieldsView,
    pub errors: Problems,
    pub sent: bool,
}

pub async fn form(
    State(state): State<AppState>,
    _user: CurrentUser,
    l: Layout,
    Query(done): Query<Done>,
) -> Result<Response, AppError> {
    let blank = fields::blank(&l);
    Ok(render(&ProposePage {
        f: fields::view(&l, &blank, None, &state.app().catalogue()),
        errors: Problems::none(),
        sent: done.fait.is_some(),
        l,
    }))
}

pub async fn submit(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    l: Layout,
    form: FormFields,
) -> Result<Response, AppError> {
    let (asked, year_text, year_problem) = fields::read(&form);
    let problems = match year_problem {
        // Nothing is written; the other fields are checked all the same,
        // to name every problem at once.
        Some(problem) => {
            let mut problems = asked
                .check(state.app().today().year, &state.app().catalogue())
                .err()
                .unwrap_or_default();
            problems.push(problem);
            problems
        }
        None => match propose(state.app(), &user.account, &asked).await {
            Ok(_) => return Ok(see_other("/ressources/proposer?fait=envoyee")),
            Err(error) => field_problems(error)?,
        },
    };
    Ok(refused(&ProposePage {
        f: fields::view(&l, &asked, Some(year_text), &state.app().catalogue()),
        errors: Problems::new(l.locale, &problems),
        sent: false,
        l,
    }))
}

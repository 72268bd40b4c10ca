//! `/ressources/proposer`: a signed-in member proposes a resource; it
//! waits for the moderators, and the member is told so.

use askama::Template;
use axum::extract::{FromRequest, Multipart, Request};
use axum::extract::{Query, State};
use axum::http::{HeaderValue, header};
use axum::response::Response;
use essaim_app::library::propose::{Upload, propose};
use essaim_domain::library::files::FILE_MAX;
use essaim_domain::problems::FieldProblem;

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

/// The body limit of the proposal: a file of 10 MB and the form around
/// it, with room to name a file a little over the limit rather than cut
/// the request.
pub const BODY_LIMIT: usize = FILE_MAX + 2 * 1024 * 1024;

/// The fields of the form, and the file when one was chosen. A browser
/// sends the form as multipart; a plain form without a file is read too.
async fn read_request(
    state: &AppState,
    request: Request,
) -> Result<(FormFields, Option<Upload>, Option<FieldProblem>), AppError> {
    let multipart = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    if !multipart {
        let form = FormFields::from_request(request, state)
            .await
            .map_err(|_| AppError::BadRequest("formulaire"))?;
        return Ok((form, None, None));
    }
    let mut multipart = Multipart::from_request(request, state)
        .await
        .map_err(|_| AppError::BadRequest("multipart"))?;
    let mut pairs = Vec::new();
    let mut upload = None;
    let too_large = || {
        FieldProblem::new("file", "library-check-file-large").with("max", FILE_MAX / 1024 / 1024)
    };
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            // Past the body's limit: what was read is kept, the file is
            // named as too large.
            Err(_) => return Ok((FormFields::from_pairs(pairs), None, Some(too_large()))),
        };
        let name = field.name().unwrap_or_default().to_string();
        if name == "file" {
            let file_name = field.file_name().unwrap_or_default().to_string();
            let Ok(bytes) = field.bytes().await else {
                return Ok((FormFields::from_pairs(pairs), None, Some(too_large())));
            };
            if !bytes.is_empty() || !file_name.is_empty() {
                upload = Some(Upload {
                    name: file_name,
                    bytes: bytes.to_vec(),
                });
            }
        } else if let Ok(text) = field.text().await {
            pairs.push((name, text));
        }
    }
    Ok((FormFields::from_pairs(pairs), upload, None))
}

pub async fn submit(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    l: Layout,
    request: Request,
) -> Result<Response, AppError> {
    let (form, upload, upload_problem) = read_request(&state, request).await?;
    // A body cut at its limit leaves bytes unread on the connection: the
    // answer closes it, so that no browser sends its next request there.
    let cut = upload_problem.is_some();
    let (asked, year_text, year_problem) = fields::read(&form);
    let problems = match year_problem.or(upload_problem) {
        // Nothing is written; the other fields are checked all the same,
        // to name every problem at once.
        Some(problem) => {
            let mut problems = asked
                .check(state.app().today().year, &state.app().catalogue())
                .err()
                .unwrap_or_default();
            if cut {
                // A file was sent: asking for a link or a file is noise.
                problems.retain(|p| p.key != "library-check-url-or-file");
            }
            problems.push(problem);
            problems
        }
        None => match propose(state.app(), &user.account, &asked, upload).await {
            Ok(_) => return Ok(see_other("/ressources/proposer?fait=envoyee")),
            Err(error) => field_problems(error)?,
        },
    };
    let mut response = refused(&ProposePage {
        f: fields::view(&l, &asked, Some(year_text), &state.app().catalogue()),
        errors: Problems::new(l.locale, &problems),
        sent: false,
        l,
    });
    if cut {
        response
            .headers_mut()
            .insert(header::CONNECTION, HeaderValue::from_static("close"));
    }
    Ok(response)
}

//! `/diagnostic`: the inventory of an association's tools, need by need,
//! with or without an account — the answers are kept on the server under
//! a token in a cookie — then what to change first and with what
//! (`/diagnostic/resultat`), and, once signed in, the roadmap of one of
//! their associations made from it.

use askama::Template;
use axum::extract::State;
use axum::http::{HeaderMap, header};
use axum::response::Response;
use essaim_app::roadmap::diagnostic::{draft, into_roadmap, save};
use essaim_domain::Locale;
use essaim_domain::catalogue::Catalogue;
use essaim_domain::problems::FieldProblem;
use essaim_domain::roadmap::diagnostic::{Answer, Diagnostic};
use essaim_domain::taxonomy::{Criticality, Hold, PeopleCount};

use super::plan_path;
use crate::auth::CurrentUser;
use crate::cookies;
use crate::kit::{FormFields, Problems, field_problems, refused, see_other};
use crate::page::{Layout, render};
use crate::{AppError, AppState};

const COOKIE: &str = "essaim_diagnostic";
/// A draft's cookie lasts as long as the draft.
const COOKIE_SECONDS: i64 = essaim_app::roadmap::diagnostic::DRAFT_SECONDS;

/// One need's questions, as the form shows them.
pub struct Question {
    pub slug: String,
    pub name: String,
    /// "Gmail, Outlook…", to recognise it.
    pub examples: String,
    pub proprietary: Vec<(String, String)>,
    pub free: Vec<(String, String)>,
    pub tool: String,
    pub other: String,
    pub people: String,
    pub importance: String,
    pub holds: Vec<String>,
}

impl Question {
    pub fn answered(&self) -> bool {
        !self.tool.is_empty() || !self.other.is_empty()
    }

    pub fn holds(&self, hold: &str) -> bool {
        self.holds.iter().any(|h| h == hold)
    }
}

#[derive(Template)]
#[template(path = "roadmap/diagnostic.html")]
struct FormPage {
    l: Layout,
    questions: Vec<Question>,
    people: Vec<(&'static str, &'static str)>,
    importance: Vec<(&'static str, &'static str)>,
    holds: Vec<(&'static str, &'static str)>,
    errors: Problems,
}

fn questions(catalogue: &Catalogue, diagnostic: &Diagnostic, locale: Locale) -> Vec<Question> {
    catalogue
        .needs()
        .iter()
        .map(|need| {
            let answer = diagnostic.answers.iter().find(|a| a.need == need.slug);
            let proprietary: Vec<(String, String)> = catalogue
                .proprietary_for_need(&need.slug)
                .map(|p| (p.slug.clone(), p.name.clone()))
                .collect();
            Question {
                slug: need.slug.clone(),
                name: need.name(locale).to_string(),
                examples: proprietary
                    .iter()
                    .take(3)
                    .map(|(_, n)| n.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
                proprietary,
                free: catalogue
                    .tools_for_need(&need.slug)
                    .map(|t| (t.slug.clone(), t.name.clone()))
                    .collect(),
                tool: answer
                    .map(|a| {
                        a.current_tool
                            .clone()
                            .unwrap_or_else(|| "autre".to_string())
                    })
                    .unwrap_or_default(),
                other: answer
                    .and_then(|a| a.current_other.clone())
                    .unwrap_or_default(),
                people: answer
                    .map_or(PeopleCount::Few, |a| a.people)
                    .slug()
                    .to_string(),
                importance: answer
                    .map_or(Criticality::Important, |a| a.criticality)
                    .slug()
                    .to_string(),
                holds: answer
                    .map(|a| a.holds.iter().map(|h| h.slug().to_string()).collect())
                    .unwrap_or_default(),
            }
        })
        .collect()
}

fn form_page(l: Layout, questions: Vec<Question>, errors: Problems) -> FormPage {
    let locale = l.locale;
    FormPage {
        questions,
        people: PeopleCount::ALL
            .iter()
            .map(|p| (p.slug(), p.label(locale)))
            .collect(),
        importance: Criticality::ALL
            .iter()
            .map(|c| (c.slug(), c.label(locale)))
            .collect(),
        holds: Hold::ALL
            .iter()
            .map(|h| (h.slug(), h.label(locale)))
            .collect(),
        errors,
        l,
    }
}

fn token(headers: &HeaderMap) -> Option<&str> {
    cookies::read(headers, COOKIE)
}

pub async fn show(
    State(state): State<AppState>,
    l: Layout,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let diagnostic = draft(state.app(), token(&headers))
        .await?
        .unwrap_or_default();
    let catalogue = state.app().catalogue();
    let questions = questions(&catalogue, &diagnostic, l.locale);
    Ok(render(&form_page(l, questions, Problems::none())))
}

/// The answers the form sends; the problems of reading them.
fn read(fields: &FormFields, catalogue: &Catalogue) -> (Diagnostic, Vec<FieldProblem>) {
    let mut problems = Vec::new();
    let mut answers = Vec::new();
    for need in catalogue.needs() {
        let n = &need.slug;
        let tool = fields.text(&format!("tool-{n}"));
        let other = fields.text(&format!("other-{n}"));
        if tool.is_empty() && other.is_empty() {
            continue;
        }
        let people =
            PeopleCount::from_slug(&fields.text(&format!("people-{n}"))).unwrap_or_else(|| {
                problems.push(FieldProblem::new(
                    format!("people-{n}"),
                    "roadmap-form-choice",
                ));
                PeopleCount::Few
            });
        let criticality = Criticality::from_slug(&fields.text(&format!("importance-{n}")))
            .unwrap_or_else(|| {
                problems.push(FieldProblem::new(
                    format!("importance-{n}"),
                    "roadmap-form-choice",
                ));
                Criticality::Important
            });
        let holds = fields
            .all(&format!("attache-{n}"))
            .iter()
            .filter_map(|h| Hold::from_slug(h))
            .collect();
        answers.push(Answer {
            need: n.clone(),
            current_tool: Some(tool).filter(|t| !t.is_empty() && t != "autre"),
            current_other: Some(other).filter(|o| !o.is_empty()),
            people,
            criticality,
            holds,
        });
    }
    (Diagnostic { answers }, problems)
}

pub async fn submit(
    State(state): State<AppState>,
    l: Layout,
    headers: HeaderMap,
    fields: FormFields,
) -> Result<Response, AppError> {
    let catalogue = state.app().catalogue();
    let (diagnostic, mut problems) = read(&fields, &catalogue);
    if problems.is_empty() {
        match save(state.app(), token(&headers), &diagnostic).await {
            Ok(token) => {
                let mut response = see_other("/diagnostic/resultat");
                response.headers_mut().append(
                    header::SET_COOKIE,
                    cookies::set(
                        COOKIE,
                        &token,
                        Some(COOKIE_SECONDS),
                        state.site().is_https(),
                    ),
                );
                return Ok(response);
            }
            Err(error) => problems = field_problems(error)?,
        }
    }
    let questions = questions(&catalogue, &diagnostic, l.locale);
    let errors = Problems::new(l.locale, &problems);
    Ok(refused(&form_page(l, questions, errors)))
}

/// A need to change, as the result shows it.
pub struct ResultLine {
    pub need: String,
    pub current: String,
    pub reasons: Vec<String>,
    /// (name, address, reasons in words)
    pub alternatives: Vec<(String, String, String)>,
}

#[derive(Template)]
#[template(path = "roadmap/diagnostic_result.html")]
struct ResultPage {
    l: Layout,
    lines: Vec<ResultLine>,
    already_free: Vec<String>,
    /// The signed-in person's associations: (slug, name).
    associations: Vec<(String, String)>,
}

pub async fn result(
    State(state): State<AppState>,
    l: Layout,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let Some(diagnostic) = draft(state.app(), token(&headers)).await? else {
        return Ok(see_other("/diagnostic"));
    };
    let catalogue = state.app().catalogue();
    let locale = l.locale;
    let words = |keys: &[&'static str]| -> Vec<String> {
        keys.iter().map(|k| l.text(k).into_owned()).collect()
    };
    let name_of = |slug: &str| {
        catalogue
            .proprietary_tool(slug)
            .map(|p| p.name.clone())
            .or_else(|| catalogue.tool(slug).map(|t| t.name.clone()))
            .unwrap_or_else(|| slug.to_string())
    };
    let need_name = |slug: &str| {
        catalogue
            .need(slug)
            .map(|n| n.name(locale).to_string())
            .unwrap_or_else(|| slug.to_string())
    };
    let lines = diagnostic
        .propose(&catalogue)
        .into_iter()
        .map(|p| ResultLine {
            need: need_name(&p.answer.need),
            current: p
                .answer
                .current_tool
                .as_deref()
                .map(name_of)
                .or(p.answer.current_other.clone())
                .unwrap_or_default(),
            reasons: words(&p.reasons),
            alternatives: p
                .alternatives
                .iter()
                .take(3)
                .map(|a| {
                    (
                        name_of(&a.tool),
                        crate::routes::catalogue::tool_path(&a.tool),
                        words(&a.reasons).join(" ; "),
                    )
                })
                .collect(),
        })
        .collect();
    let already_free = diagnostic
        .answers
        .iter()
        .filter(|a| {
            a.current_tool
                .as_deref()
                .is_some_and(|t| catalogue.tool(t).is_some())
        })
        .map(|a| {
            l.pair(
                &need_name(&a.need),
                name_of(a.current_tool.as_deref().unwrap_or_default()),
            )
        })
        .collect();
    let associations = match &l.viewer {
        Some(viewer) => state
            .db()
            .associations_of(viewer.account.id)
            .await?
            .into_iter()
            .map(|m| (m.association.slug, m.association.details.name))
            .collect(),
        None => Vec::new(),
    };
    Ok(render(&ResultPage {
        lines,
        already_free,
        associations,
        l,
    }))
}

/// Once signed in: the draft becomes the roadmap of one of their
/// associations.
pub async fn into_plan(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    headers: HeaderMap,
    fields: FormFields,
) -> Result<Response, AppError> {
    let token = token(&headers).ok_or(AppError::NotFound)?.to_string();
    let slug = fields.text("association");
    into_roadmap(state.app(), &user.account, &slug, &token).await?;
    let mut response = see_other(&format!("{}?fait=diagnostic", plan_path(&slug)));
    response.headers_mut().append(
        header::SET_COOKIE,
        cookies::clear(COOKIE, state.site().is_https()),
    );
    Ok(response)
}

//! `/espace-association/{slug}`: the association as its members see it —
//! who it is, who belongs to it, and, for a responsable, the invitations
//! and roles.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use essaim_app::associations::members::members;
use essaim_domain::geo;
use essaim_domain::problems::FieldProblem;
use essaim_domain::taxonomy::MemberRole;
use essaim_store::AssociationRow;

use crate::auth::CurrentUser;
use crate::auth::SignedIn;
use crate::kit::{Done, Problems, refused};
use crate::page::{Layout, render};
use crate::{AppError, AppState};

pub struct MemberLine {
    pub account_id: i64,
    pub email: String,
    pub role: MemberRole,
    pub role_label: &'static str,
    pub since: String,
    pub is_me: bool,
}

pub struct InvitationLine {
    pub email: String,
    pub role_label: &'static str,
    pub expires: String,
}

#[derive(Template)]
#[template(path = "associations/space.html")]
pub struct SpacePage {
    pub l: Layout,
    pub slug: String,
    pub name: String,
    pub facts: Vec<(&'static str, String)>,
    pub website: Option<String>,
    pub runs_it: bool,
    pub role_label: &'static str,
    pub members: Vec<MemberLine>,
    pub invitations: Vec<InvitationLine>,
    pub roles: Vec<(&'static str, &'static str)>,
    pub errors: Problems,
    pub done: Option<&'static str>,
    /// The invitation form as typed, shown again when it is refused.
    pub invite_email: String,
    pub invite_role: String,
}

/// The notice of `?fait=…`, as a key.
fn done_key(done: Option<&str>) -> Option<&'static str> {
    Some(match done? {
        "creee" => "associations-done-created",
        "presentation" => "associations-done-details",
        "invitation" => "associations-done-invited",
        "invitation-retiree" => "associations-done-invitation-cancelled",
        "role" => "associations-done-role",
        "retire" => "associations-done-removed",
        "bienvenue" => "associations-done-joined",
        _ => return None,
    })
}

async fn page(
    state: &AppState,
    l: Layout,
    user: &SignedIn,
    slug: &str,
    problems: Vec<FieldProblem>,
) -> Result<SpacePage, AppError> {
    let (row, role) = essaim_app::associations::belonging(state.app(), &user.account, slug).await?;
    let (people, pending) = members(state.app(), &user.account, slug).await?;
    let runs_it = role == MemberRole::Responsable;
    let locale = l.locale;
    Ok(SpacePage {
        slug: row.slug.clone(),
        name: row.details.name.clone(),
        facts: facts(&l, &row),
        website: row.details.website.clone(),
        runs_it,
        role_label: role.label(locale),
        members: people
            .into_iter()
            .map(|m| MemberLine {
                is_me: m.person.account_id == user.account.id,
                account_id: m.person.account_id,
                email: m.person.email,
                role: m.role,
                role_label: m.role.label(locale),
                since: l.date(m.since),
            })
            .collect(),
        // Who is invited is a responsable's business.
        invitations: if runs_it {
            pending
                .into_iter()
                .map(|i| InvitationLine {
                    email: i.email,
                    role_label: i.role.label(locale),
                    expires: l.date(i.expires_at),
                })
                .collect()
        } else {
            Vec::new()
        },
        roles: MemberRole::ALL
            .iter()
            .map(|r| (r.slug(), r.label(locale)))
            .collect(),
        errors: Problems::new(locale, &problems),
        done: None,
        invite_email: String::new(),
        invite_role: MemberRole::Member.slug().to_string(),
        l,
    })
}

fn facts(l: &Layout, row: &AssociationRow) -> Vec<(&'static str, String)> {
    let d = &row.details;
    let mut facts = Vec::new();
    if let Some(size) = d.size {
        facts.push(("associations-field-size", size.label(l.locale).to_string()));
    }
    if let Some(commune) = geo::commune_by_insee(&d.commune) {
        facts.push((
            "associations-field-commune",
            format!("{} ({})", commune.name(), commune.departement()),
        ));
    }
    if let Some(field) = d.field {
        facts.push((
            "associations-field-field",
            field.label(l.locale).to_string(),
        ));
    }
    facts
}

pub async fn show(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    l: Layout,
    Path(slug): Path<String>,
    Query(done): Query<Done>,
) -> Result<Response, AppError> {
    let mut page = page(&state, l, &user, &slug, Vec::new()).await?;
    page.done = done_key(done.fait.as_deref());
    Ok(render(&page))
}

/// The space again, with why a form on it was refused and what was typed
/// in the invitation form.
pub async fn refused_form(
    state: &AppState,
    user: &SignedIn,
    l: Layout,
    slug: &str,
    problems: Vec<FieldProblem>,
    invited: Option<(String, String)>,
) -> Result<Response, AppError> {
    let mut page = page(state, l, user, slug, problems).await?;
    if let Some((email, role)) = invited {
        page.invite_email = email;
        page.invite_role = role;
    }
    Ok(refused(&page))
}

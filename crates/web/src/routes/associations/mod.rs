//! `/espace-association`: a person's associations, each a private space its
//! members share. Every handler goes through `essaim_app::associations`,
//! which checks that the account belongs to the association (and runs it,
//! for what only a responsable may do).

pub mod details;
pub mod home;
pub mod members;
pub mod space;

use axum::Router;
use axum::routing::{get, post};
use essaim_domain::Locale;
use essaim_domain::associations::AssociationDetails;
use essaim_domain::problems::FieldProblem;
use essaim_domain::taxonomy::{AssociationField, AssociationSize};
use essaim_domain::web_address;

use crate::AppState;
use crate::kit::FormFields;
use crate::kit::commune::{self, CommunePick};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/espace-association", get(home::show).post(home::create))
        .route(
            "/espace-association/invitation",
            get(members::show_invitation).post(members::accept_invitation),
        )
        .route("/espace-association/{slug}", get(space::show))
        .route(
            "/espace-association/{slug}/presentation",
            get(details::show).post(details::save),
        )
        .route(
            "/espace-association/{slug}/invitations",
            post(members::invite),
        )
        .route(
            "/espace-association/{slug}/invitations/retirer",
            post(members::cancel_invitation),
        )
        .route(
            "/espace-association/{slug}/membres/{member}",
            post(members::change),
        )
        .route("/espace-association/{slug}/quitter", post(members::leave))
}

pub fn space_path(slug: &str) -> String {
    format!("/espace-association/{slug}")
}

/// The inputs of the form that describes an association, as typed.
#[derive(Debug, Clone, Default)]
pub struct DetailsForm {
    pub name: String,
    /// Only when creating: the address chosen, empty for one made from
    /// the name.
    pub slug: String,
    pub size: String,
    pub commune_query: String,
    /// Homonyms to choose from: (INSEE code, label).
    pub commune_choices: Vec<(String, String)>,
    pub field: String,
    pub website: String,
}

impl DetailsForm {
    pub fn of(details: &AssociationDetails) -> DetailsForm {
        DetailsForm {
            name: details.name.clone(),
            slug: String::new(),
            size: details.size.map(|s| s.slug()).unwrap_or_default().into(),
            commune_query: commune::query_of(&details.commune),
            commune_choices: Vec::new(),
            field: details.field.map(|f| f.slug()).unwrap_or_default().into(),
            website: details.website.clone().unwrap_or_default(),
        }
    }

    /// (slug, label) of every size, for the radio buttons.
    pub fn size_choices(&self, locale: Locale) -> Vec<(&'static str, &'static str)> {
        AssociationSize::ALL
            .iter()
            .map(|s| (s.slug(), s.label(locale)))
            .collect()
    }

    /// (slug, label) of every field of action, for the list.
    pub fn field_choices(&self, locale: Locale) -> Vec<(&'static str, &'static str)> {
        AssociationField::ALL
            .iter()
            .map(|f| (f.slug(), f.label(locale)))
            .collect()
    }

    /// Whether the form asks which of several communes is meant.
    pub fn asks_commune(&self) -> bool {
        !self.commune_choices.is_empty()
    }
}

/// What a submitted form says: the details, the inputs to show again, and
/// the problem of the commune typed when no commune answers to it.
pub struct Submitted {
    pub details: AssociationDetails,
    pub form: DetailsForm,
    pub commune_problem: Option<FieldProblem>,
}

pub fn read_details(fields: &FormFields, current_commune: &str) -> Submitted {
    let mut form = DetailsForm {
        name: fields.text("name"),
        slug: fields.text("slug"),
        size: fields.text("size"),
        commune_query: fields.text("commune_query"),
        commune_choices: Vec::new(),
        field: fields.text("field"),
        website: fields.text("website"),
    };
    let mut details = AssociationDetails {
        name: form.name.clone(),
        size: AssociationSize::from_slug(&form.size),
        commune: String::new(),
        field: AssociationField::from_slug(&form.field),
        website: Some(web_address::complete(&form.website)).filter(|w| !w.is_empty()),
    };
    let mut commune_problem = None;
    match commune::pick(fields, current_commune) {
        CommunePick::Empty => {}
        CommunePick::Found(found) => {
            details.commune = found.insee().to_string();
            form.commune_query = commune::label(found);
        }
        CommunePick::Choose(several) => form.commune_choices = several,
        CommunePick::Unknown(problem) => commune_problem = Some(problem),
    }
    Submitted {
        details,
        form,
        commune_problem,
    }
}

/// The problems of a refused form, with the commune's own problem in place
/// of "commune missing" when something was typed that names none.
pub fn with_commune_problem(
    mut problems: Vec<FieldProblem>,
    commune_problem: Option<FieldProblem>,
) -> Vec<FieldProblem> {
    if let Some(problem) = commune_problem {
        problems.retain(|p| p.field != "commune");
        problems.push(problem);
    }
    problems
}

//! Why a use case refused or failed. Every use case a handler calls returns
//! this type, so that the web layer maps each case explicitly: field
//! problems to show again, a 404, a 403, a 409 with its reason, or a 500.

use essaim_domain::problems::FieldProblem;
use essaim_store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// What the person sent is wrong; each problem names its field.
    #[error("refusé : {}", describe(.0))]
    Invalid(Vec<FieldProblem>),
    #[error("introuvable")]
    NotFound,
    /// The account may not do this.
    #[error("interdit")]
    Forbidden,
    /// Not possible in the target's current state: the key of the
    /// explanation shown to the person.
    #[error("impossible dans cet état : {0}")]
    Conflict(&'static str),
    /// Anything that is not the person's doing; logged, never shown.
    #[error(transparent)]
    Internal(anyhow::Error),
}

fn describe(problems: &[FieldProblem]) -> String {
    problems
        .iter()
        .map(|p| format!("{} ({})", p.field, p.key))
        .collect::<Vec<_>>()
        .join(", ")
}

impl Error {
    /// One problem with one field.
    pub fn field(field: impl Into<String>, key: &'static str) -> Error {
        Error::Invalid(vec![FieldProblem::new(field, key)])
    }

    pub fn internal(error: impl Into<anyhow::Error>) -> Error {
        Error::Internal(error.into())
    }
}

/// A store error reaching a use case unhandled is internal: the use cases
/// match the ones that mean something (a slug or an address already taken)
/// before they get here.
impl From<StoreError> for Error {
    fn from(error: StoreError) -> Error {
        Error::Internal(error.into())
    }
}

impl From<anyhow::Error> for Error {
    fn from(error: anyhow::Error) -> Error {
        Error::Internal(error)
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

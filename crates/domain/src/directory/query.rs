use crate::geo::Commune;
use crate::taxonomy::{AssociationSize, Availability, Modality, Structure, SupportType};

/// What a visitor asks the directory; every value already valid.
#[derive(Debug, Clone, Default)]
pub struct SearchQuery {
    /// Free text, analysed in French.
    pub text: String,
    pub support_types: Vec<SupportType>,
    pub sizes: Vec<AssociationSize>,
    pub modalities: Vec<Modality>,
    pub structures: Vec<Structure>,
    /// Tool slugs from the catalogue.
    pub tools: Vec<String>,
    /// Région codes.
    pub regions: Vec<&'static str>,
    /// Département codes.
    pub departements: Vec<&'static str>,
    pub chatons_only: bool,
    pub availability: Vec<Availability>,
    /// Whether providers working remotely match any place (default yes).
    pub exclude_remote: bool,
    pub near: Option<Near>,
    pub sort: Option<Sort>,
    /// 1-based.
    pub page: usize,
    /// Which département counts to compute (the page shows only those of
    /// the chosen régions; the API gives all 101).
    pub departement_counts: DepartementCounts,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum DepartementCounts {
    #[default]
    All,
    /// Those of the chosen régions and the chosen départements; the others
    /// are left at 0.
    OfChoices,
}

#[derive(Debug, Clone, Copy)]
pub struct Near {
    pub commune: &'static Commune,
    /// Only providers based within this distance, when set.
    pub radius_km: Option<f64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sort {
    Relevance,
    Distance,
    Recent,
    Name,
}

impl Sort {
    pub const ALL: [Sort; 4] = [Sort::Relevance, Sort::Distance, Sort::Recent, Sort::Name];

    pub fn slug(self) -> &'static str {
        match self {
            Sort::Relevance => "pertinence",
            Sort::Distance => "distance",
            Sort::Recent => "recent",
            Sort::Name => "nom",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Sort> {
        Sort::ALL.into_iter().find(|s| s.slug() == slug)
    }
}

impl SearchQuery {
    /// The sort in force: the chosen one, else relevance with text, else
    /// distance near a place, else name.
    pub fn effective_sort(&self) -> Sort {
        match self.sort {
            Some(Sort::Distance) if self.near.is_none() => Sort::Name,
            Some(sort) => sort,
            None if !self.text.trim().is_empty() => Sort::Relevance,
            None if self.near.is_some() => Sort::Distance,
            None => Sort::Name,
        }
    }
}

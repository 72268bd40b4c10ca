//! Reads the directory's URL parameters (shared by the page, the exports and
//! the API) into a valid query, and lists what could not be understood.

use essaim_domain::catalogue::Catalogue;
use essaim_domain::directory::{Near, SearchQuery, Sort};
use essaim_domain::taxonomy::{AssociationSize, Availability, Modality, Structure, SupportType};
use essaim_domain::{Locale, geo};

use crate::i18n::translate_with;

/// One parameter that was ignored, and why.
#[derive(Debug, Clone, PartialEq)]
pub enum ParamProblem {
    UnknownValue { param: String, value: String },
    NotANumber { param: String, value: String },
    OutOfRange { param: String, value: String },
    UnknownPlace { value: String },
}

impl ParamProblem {
    pub fn param(&self) -> &str {
        match self {
            ParamProblem::UnknownValue { param, .. }
            | ParamProblem::NotANumber { param, .. }
            | ParamProblem::OutOfRange { param, .. } => param,
            ParamProblem::UnknownPlace { .. } => "pres_de",
        }
    }

    pub fn message(&self, locale: Locale) -> String {
        match self {
            ParamProblem::UnknownValue { param, value } => translate_with(
                locale,
                "directory-problem-unknown-value",
                &[
                    ("param", param.clone().into()),
                    ("value", value.clone().into()),
                ],
            ),
            ParamProblem::NotANumber { param, value } => translate_with(
                locale,
                "directory-problem-not-a-number",
                &[
                    ("param", param.clone().into()),
                    ("value", value.clone().into()),
                ],
            ),
            ParamProblem::OutOfRange { param, value } => translate_with(
                locale,
                "directory-problem-out-of-range",
                &[
                    ("param", param.clone().into()),
                    ("value", value.clone().into()),
                ],
            ),
            ParamProblem::UnknownPlace { value } => translate_with(
                locale,
                "directory-problem-unknown-place",
                &[("value", value.clone().into())],
            ),
        }
    }
}

/// The parameters as given, in order, without empty values.
#[derive(Debug, Clone, Default)]
pub struct Params(pub Vec<(String, String)>);

impl Params {
    pub fn from_query(raw: Option<&str>) -> Params {
        Params(
            url::form_urlencoded::parse(raw.unwrap_or_default().as_bytes())
                .filter(|(_, v)| !v.trim().is_empty())
                .map(|(k, v)| (k.into_owned(), v.trim().to_string()))
                .collect(),
        )
    }

    fn all<'a, 'n>(&'a self, name: &'n str) -> impl Iterator<Item = &'a str> + use<'a, 'n> {
        self.0
            .iter()
            .filter(move |(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn first(&self, name: &str) -> Option<&str> {
        self.all(name).next()
    }

    /// Whether any parameter is not one of `names`.
    pub fn has_other_than(&self, names: &[&str]) -> bool {
        self.0.iter().any(|(k, _)| !names.contains(&k.as_str()))
    }

    /// The parameters without `names`, as a query string.
    pub fn without(&self, names: &[&str]) -> String {
        let mut out = url::form_urlencoded::Serializer::new(String::new());
        for (k, v) in self.0.iter().filter(|(k, _)| !names.contains(&k.as_str())) {
            out.append_pair(k, v);
        }
        out.finish()
    }
}

pub struct ParsedSearch {
    pub query: SearchQuery,
    pub problems: Vec<ParamProblem>,
    pub params: Params,
}

/// Keeps the values a taxonomy knows and reports the others.
fn terms<T>(
    params: &Params,
    name: &str,
    parse: impl Fn(&str) -> Option<T>,
    problems: &mut Vec<ParamProblem>,
) -> Vec<T> {
    let mut out = Vec::new();
    for value in params.all(name) {
        match parse(value) {
            Some(term) => out.push(term),
            None => problems.push(ParamProblem::UnknownValue {
                param: name.into(),
                value: value.into(),
            }),
        }
    }
    out
}

/// Reads a search's URL query; tools are those of `catalogue` (the
/// directory index's).
pub fn parse(raw: Option<&str>, catalogue: &Catalogue) -> ParsedSearch {
    let params = Params::from_query(raw);
    let mut problems = Vec::new();
    let mut query = SearchQuery {
        text: params
            .first("q")
            .unwrap_or_default()
            .chars()
            .take(200)
            .collect(),
        support_types: terms(
            &params,
            SupportType::PARAM,
            SupportType::from_slug,
            &mut problems,
        ),
        sizes: terms(
            &params,
            AssociationSize::PARAM,
            AssociationSize::from_slug,
            &mut problems,
        ),
        modalities: terms(&params, Modality::PARAM, Modality::from_slug, &mut problems),
        structures: terms(
            &params,
            Structure::PARAM,
            Structure::from_slug,
            &mut problems,
        ),
        tools: terms(
            &params,
            "outil",
            |s| catalogue.tool(s).map(|t| t.slug.clone()),
            &mut problems,
        ),
        regions: terms(
            &params,
            "region",
            |s| geo::region(s).map(|r| r.code),
            &mut problems,
        ),
        departements: terms(
            &params,
            "departement",
            |s| geo::departement(&s.to_ascii_uppercase()).map(|d| d.code),
            &mut problems,
        ),
        availability: terms(
            &params,
            Availability::PARAM,
            Availability::from_slug,
            &mut problems,
        ),
        page: 1,
        ..SearchQuery::default()
    };
    let flag = |name: &str, problems: &mut Vec<ParamProblem>| match params.first(name) {
        None | Some("0") | Some("false") | Some("non") => false,
        Some("1") | Some("true") | Some("oui") | Some("on") => true,
        Some(other) => {
            problems.push(ParamProblem::UnknownValue {
                param: name.into(),
                value: other.into(),
            });
            false
        }
    };
    query.chatons_only = flag("chatons", &mut problems);
    query.exclude_remote = flag("sans_distance", &mut problems);

    if let Some(sort) = params.first("tri") {
        match Sort::from_slug(sort) {
            Some(sort) => query.sort = Some(sort),
            None => problems.push(ParamProblem::UnknownValue {
                param: "tri".into(),
                value: sort.into(),
            }),
        }
    }
    if let Some(page) = params.first("page") {
        match page.parse::<usize>() {
            Ok(n) if (1..=10_000).contains(&n) => query.page = n,
            Ok(_) => problems.push(ParamProblem::OutOfRange {
                param: "page".into(),
                value: page.into(),
            }),
            Err(_) => problems.push(ParamProblem::NotANumber {
                param: "page".into(),
                value: page.into(),
            }),
        }
    }
    let radius = match params.first("rayon") {
        None => None,
        Some(text) => match text.replace(',', ".").parse::<f64>() {
            Ok(km) if km.is_finite() && (1.0..=1000.0).contains(&km) => Some(km),
            Ok(_) => {
                problems.push(ParamProblem::OutOfRange {
                    param: "rayon".into(),
                    value: text.into(),
                });
                None
            }
            Err(_) => {
                problems.push(ParamProblem::NotANumber {
                    param: "rayon".into(),
                    value: text.into(),
                });
                None
            }
        },
    };
    if let Some(place) = params.first("pres_de") {
        match geo::find_place(place) {
            Some(commune) => {
                query.near = Some(Near {
                    commune,
                    radius_km: radius,
                })
            }
            None => problems.push(ParamProblem::UnknownPlace {
                value: place.chars().take(100).collect(),
            }),
        }
    }
    ParsedSearch {
        query,
        problems,
        params,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_repeated_and_geographic_parameters() {
        let parsed = parse(
            Some(
                "q=formation&accompagnement=formation&accompagnement=migration&taille=sans-salarie&pres_de=Plouneour-Menez&rayon=50&departement=2a&chatons=1&page=2&outil=paheko",
            ),
            &Catalogue::builtin(),
        );
        assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
        let q = parsed.query;
        assert_eq!(
            q.support_types,
            vec![SupportType::Training, SupportType::Migration]
        );
        assert_eq!(q.sizes, vec![AssociationSize::NoStaff]);
        assert_eq!(q.near.unwrap().commune.name(), "Plounéour-Ménez");
        assert_eq!(q.near.unwrap().radius_km, Some(50.0));
        assert_eq!(q.departements, vec!["2A"]);
        assert!(q.chatons_only);
        assert_eq!(q.page, 2);
        assert_eq!(q.tools, vec!["paheko"]);
    }

    #[test]
    fn bad_values_are_reported_by_name() {
        let parsed = parse(
            Some(
                "rayon=abc&pres_de=Nulle-Part&accompagnement=cuisine&tri=hasard&page=0&chatons=peut-etre",
            ),
            &Catalogue::builtin(),
        );
        let params: Vec<&str> = parsed.problems.iter().map(|p| p.param()).collect();
        assert_eq!(
            params,
            [
                "accompagnement",
                "chatons",
                "tri",
                "page",
                "rayon",
                "pres_de"
            ]
        );
        let message = parsed.problems[4].message(Locale::Fr);
        assert!(
            message.contains("rayon") && message.contains("abc"),
            "{message}"
        );
    }

    #[test]
    fn links_keep_the_other_parameters() {
        let params = Params::from_query(Some("q=nextcloud&page=2&taille=1-9&vide="));
        assert_eq!(params.without(&["page"]), "q=nextcloud&taille=1-9");
        assert_eq!(params.without(&["page", "q"]), "taille=1-9");
    }
}

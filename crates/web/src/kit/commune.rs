//! A commune typed in a form: a postcode, an INSEE code or a name
//! ("Saint-Denis (93)"), and the question the form asks when several
//! communes answer to it. The input is `commune_query`; the radio buttons
//! of homonyms are `commune`.

use essaim_domain::geo::{self, Commune};
use essaim_domain::problems::FieldProblem;

use super::FormFields;

/// What the commune inputs of a form designate.
#[derive(Debug)]
pub enum CommunePick {
    /// Nothing typed.
    Empty,
    Found(&'static Commune),
    /// Several communes answer to what was typed: not a mistake, a question
    /// the form asks before saving. (INSEE code, label), most populous first.
    Choose(Vec<(String, String)>),
    /// Nothing answers: the problem to show beside the field.
    Unknown(FieldProblem),
}

/// Reads `commune` (a homonym chosen) and `commune_query` (what was typed).
/// `current` is the INSEE code already kept, so that saving again a form
/// that shows an ambiguous name keeps the commune chosen before.
pub fn pick(fields: &FormFields, current: &str) -> CommunePick {
    if let Some(commune) = geo::commune_by_insee(&fields.text("commune")) {
        return CommunePick::Found(commune);
    }
    let query = fields.text("commune_query");
    if query.is_empty() {
        return CommunePick::Empty;
    }
    match candidates(&query).as_slice() {
        [] if query.len() == 5 && query.bytes().all(|b| b.is_ascii_digit()) => {
            CommunePick::Unknown(
                FieldProblem::new("commune", "form-postcode-none").with("query", &query),
            )
        }
        [] => CommunePick::Unknown(
            FieldProblem::new("commune", "form-commune-none").with("query", &query),
        ),
        [one] => CommunePick::Found(one),
        several => match several
            .iter()
            .find(|c| c.insee() == current && label(c) == query)
        {
            Some(kept) => CommunePick::Found(kept),
            None => CommunePick::Choose(
                several
                    .iter()
                    .take(30)
                    .map(|c| {
                        (
                            c.insee().to_string(),
                            format!("{} ({}, {})", c.name(), c.main_postcode(), c.departement()),
                        )
                    })
                    .collect(),
            ),
        },
    }
}

/// "Rennes (35000)", as the input shows a commune already chosen.
pub fn label(commune: &Commune) -> String {
    format!("{} ({})", commune.name(), commune.main_postcode())
}

/// The input's value for a kept INSEE code.
pub fn query_of(insee: &str) -> String {
    geo::commune_by_insee(insee).map(label).unwrap_or_default()
}

/// Communes matching a postcode, an INSEE code or a name ("Saint-Denis (93)").
fn candidates(query: &str) -> Vec<&'static Commune> {
    let query = query.trim();
    if query.len() == 5 && query.chars().all(|c| c.is_ascii_digit()) {
        let by_postcode = geo::communes_by_postcode(query);
        if !by_postcode.is_empty() {
            return by_postcode;
        }
        return geo::commune_by_insee(query).into_iter().collect();
    }
    // "Rennes (35000)" as the form shows it, or "Saint-Denis (93)".
    let (name, hint) = match query.strip_suffix(')').and_then(|s| s.rsplit_once('(')) {
        Some((name, hint)) => (name.trim(), Some(hint.trim().to_ascii_uppercase())),
        None => (query, None),
    };
    geo::communes_by_name(name)
        .into_iter()
        .filter(|c| {
            hint.as_deref()
                .is_none_or(|h| c.departement() == h || c.main_postcode() == h)
        })
        .collect()
}

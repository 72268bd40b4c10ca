//! Between a profile and its form: the values the inputs show, and what a
//! submitted step changes in the record.

use essaim_domain::catalogue::Catalogue;
use essaim_domain::problems::FieldProblem;
use essaim_domain::providers::{ProviderRecord, Reference};
use essaim_domain::taxonomy::{
    AssociationSize, Availability, Modality, PricingFlag, Structure, SupportType, TeamSize,
};
use essaim_domain::web_address;

use super::steps::Step;
use crate::kit::FormFields;
use crate::kit::commune::{self, CommunePick};

/// How many reference blocks the form offers: those filled in, plus one.
const MAX_REFERENCES: usize = 8;

/// One reference as its inputs show it.
#[derive(Debug, Clone, Default)]
pub struct ReferenceForm {
    pub association: String,
    pub year: String,
    pub summary: String,
    pub support_types: Vec<String>,
    /// Tool slugs, ticked in the same list as the offer's.
    pub tools: Vec<String>,
    pub outcome: String,
    pub referee: String,
}

impl ReferenceForm {
    pub fn has_support(&self, slug: &str) -> bool {
        self.support_types.iter().any(|s| s == slug)
    }

    pub fn has_tool(&self, slug: &str) -> bool {
        self.tools.iter().any(|s| s == slug)
    }
}

/// Every input of the profile form, as text.
#[derive(Debug, Clone, Default)]
pub struct RecordForm {
    pub name: String,
    pub pitch: String,
    pub description: String,
    pub website: String,
    pub founded: String,
    pub chatons: bool,
    pub chatons_url: String,
    pub networks: String,
    /// What the provider typed to find the commune.
    pub commune_query: String,
    /// Homonyms to choose from: (INSEE code, label).
    pub commune_choices: Vec<(String, String)>,
    pub address: String,
    pub address_public: bool,
    pub nationwide: bool,
    pub remote: bool,
    pub lists: Vec<(&'static str, Vec<String>)>,
    pub pricing_text: String,
    pub references: Vec<ReferenceForm>,
    pub contact_email: String,
    pub contact_phone: String,
}

impl RecordForm {
    pub fn of(record: &ProviderRecord) -> RecordForm {
        let slugs = |items: Vec<&'static str>| items.into_iter().map(String::from).collect();
        let mut references: Vec<ReferenceForm> = record
            .references
            .iter()
            .map(|r| ReferenceForm {
                association: r.association.clone(),
                year: r.year.to_string(),
                summary: r.summary.clone(),
                support_types: r
                    .support_types
                    .iter()
                    .map(|s| s.slug().to_string())
                    .collect(),
                tools: r.tools.clone(),
                outcome: r.outcome.clone(),
                referee: r.referee.clone().unwrap_or_default(),
            })
            .collect();
        while references.len() < 2
            || (references.len() < MAX_REFERENCES
                && references.last().is_some_and(|r| !r.association.is_empty()))
        {
            references.push(ReferenceForm::default());
        }
        RecordForm {
            name: record.name.clone(),
            pitch: record.pitch.clone(),
            description: record.description.clone(),
            website: record.website.clone().unwrap_or_default(),
            founded: record.founded.map(|y| y.to_string()).unwrap_or_default(),
            chatons: record.chatons,
            chatons_url: record.chatons_url.clone().unwrap_or_default(),
            networks: record.networks.join(", "),
            commune_query: commune::query_of(&record.commune),
            commune_choices: Vec::new(),
            address: record.address.clone().unwrap_or_default(),
            address_public: record.address_public,
            nationwide: record.zone.nationwide,
            remote: record.remote,
            lists: vec![
                (
                    "structure",
                    record
                        .structure
                        .map(|s| s.slug().to_string())
                        .into_iter()
                        .collect(),
                ),
                (
                    "team_size",
                    record
                        .team_size
                        .map(|s| s.slug().to_string())
                        .into_iter()
                        .collect(),
                ),
                ("availability", vec![record.availability.slug().to_string()]),
                ("regions", record.zone.regions.clone()),
                ("departements", record.zone.departements.clone()),
                (
                    "support_types",
                    slugs(record.support_types.iter().map(|s| s.slug()).collect()),
                ),
                (
                    "association_sizes",
                    slugs(record.association_sizes.iter().map(|s| s.slug()).collect()),
                ),
                (
                    "modalities",
                    slugs(record.modalities.iter().map(|s| s.slug()).collect()),
                ),
                ("tools", record.tools.clone()),
                (
                    "pricing_flags",
                    slugs(record.pricing.flags.iter().map(|s| s.slug()).collect()),
                ),
            ],
            pricing_text: record.pricing.text.clone(),
            references,
            contact_email: record.contact.email.clone().unwrap_or_default(),
            contact_phone: record.contact.phone.clone().unwrap_or_default(),
        }
    }

    /// Whether anything is ticked in the list `field`.
    pub fn checked_any(&self, field: &str) -> bool {
        self.lists
            .iter()
            .any(|(f, values)| *f == field && !values.is_empty())
    }

    /// Whether `value` is ticked in the list `field`.
    pub fn checked(&self, field: &str, value: &str) -> bool {
        self.lists
            .iter()
            .find(|(f, _)| *f == field)
            .is_some_and(|(_, values)| values.iter().any(|v| v == value))
    }
}

fn problem(field: impl Into<String>, key: &'static str) -> FieldProblem {
    FieldProblem::new(field, key)
}

fn optional(text: String) -> Option<String> {
    (!text.is_empty()).then_some(text)
}

/// Values of a taxonomy list, refusing unknown slugs.
fn taxonomy_list<T: Copy>(
    fields: &FormFields,
    name: &str,
    parse: fn(&str) -> Option<T>,
    problems: &mut Vec<FieldProblem>,
) -> Vec<T> {
    let mut values = Vec::new();
    for slug in fields.all(name) {
        match parse(&slug) {
            Some(value) => values.push(value),
            None => {
                problems.push(problem(name, "providers-form-unknown-value").with("value", slug))
            }
        }
    }
    values
}

/// Ticked tools (slugs), or tool names separated by commas as a script or
/// an older form sends them, matched against the catalogue.
fn tools_from_values(
    catalogue: &Catalogue,
    values: &[String],
    field: &str,
    problems: &mut Vec<FieldProblem>,
) -> Vec<String> {
    let mut slugs = Vec::new();
    for name in values
        .iter()
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .filter(|n| !n.is_empty())
    {
        let folded = essaim_domain::text::fold(name);
        match catalogue
            .tools()
            .iter()
            .find(|t| t.slug == name || essaim_domain::text::fold(&t.name) == folded)
        {
            Some(tool) if !slugs.contains(&tool.slug) => slugs.push(tool.slug.clone()),
            Some(_) => {}
            None => problems.push(problem(field, "providers-form-tool-unknown").with("tool", name)),
        }
    }
    slugs
}

/// Applies a submitted step to the record. Returns the problems of reading
/// the form (a year that is not a number, an unknown commune); the record's
/// own checks come after. `choices` receives homonym communes to pick from:
/// the step asks which one before saving.
pub fn apply(
    catalogue: &Catalogue,
    step: Step,
    fields: &FormFields,
    record: &mut ProviderRecord,
    choices: &mut Vec<(String, String)>,
) -> Vec<FieldProblem> {
    let mut problems = Vec::new();
    match step {
        Step::Identity => {
            record.name = fields.text("name");
            record.pitch = fields.text("pitch");
            record.description = fields.raw("description").trim().to_string();
            record.website = optional(web_address::complete(&fields.text("website")));
            let founded = fields.text("founded");
            record.founded = if founded.is_empty() {
                None
            } else {
                match founded.parse() {
                    Ok(year) => Some(year),
                    Err(_) => {
                        problems.push(
                            problem("founded", "providers-form-not-a-year").with("value", &founded),
                        );
                        record.founded
                    }
                }
            };
        }
        Step::Structure => {
            let structure = fields.text("structure");
            record.structure = Structure::from_slug(&structure);
            if !structure.is_empty() && record.structure.is_none() {
                problems.push(
                    problem("structure", "providers-form-structure-unknown")
                        .with("value", &structure),
                );
            }
            let team_size = fields.text("team_size");
            record.team_size = TeamSize::from_slug(&team_size);
            if !team_size.is_empty() && record.team_size.is_none() {
                problems.push(
                    problem("team_size", "providers-form-team-size-unknown")
                        .with("value", &team_size),
                );
            }
            record.chatons = fields.checked("chatons");
            record.chatons_url = optional(web_address::complete(&fields.text("chatons_url")));
            record.networks = fields
                .text("networks")
                .split(',')
                .map(|n| n.trim().to_string())
                .filter(|n| !n.is_empty())
                .take(20)
                .collect();
        }
        Step::Place => {
            match commune::pick(fields, &record.commune) {
                CommunePick::Empty => record.commune.clear(),
                CommunePick::Found(found) => record.commune = found.insee().to_string(),
                CommunePick::Choose(several) => choices.extend(several),
                CommunePick::Unknown(problem) => problems.push(problem),
            }
            record.address = optional(fields.text("address"));
            record.address_public = fields.checked("address_public");
            record.zone.nationwide = fields.checked("nationwide");
            record.zone.regions = fields.all("regions");
            record.zone.departements = fields.all("departements");
            record.remote = fields.checked("remote");
        }
        Step::Offer => {
            record.support_types = taxonomy_list(
                fields,
                "support_types",
                SupportType::from_slug,
                &mut problems,
            );
            record.association_sizes = taxonomy_list(
                fields,
                "association_sizes",
                AssociationSize::from_slug,
                &mut problems,
            );
            record.modalities =
                taxonomy_list(fields, "modalities", Modality::from_slug, &mut problems);
            record.tools = fields.all("tools");
            record.pricing.text = fields.text("pricing_text");
            record.pricing.flags = taxonomy_list(
                fields,
                "pricing_flags",
                PricingFlag::from_slug,
                &mut problems,
            );
        }
        Step::References => {
            let mut references = Vec::new();
            for i in 1..=MAX_REFERENCES {
                let key = |name: &str| format!("ref{i}_{name}");
                let field = |name: &str| format!("references[{}].{name}", references.len() + 1);
                let association = fields.text(&key("association"));
                let year = fields.text(&key("year"));
                let summary = fields.text(&key("summary"));
                let tools = fields.all(&key("tools"));
                let outcome = fields.text(&key("outcome"));
                let referee = fields.text(&key("referee"));
                let supports = fields.all(&key("support_types"));
                let empty = [&association, &year, &summary, &outcome, &referee]
                    .iter()
                    .all(|v| v.is_empty())
                    && supports.is_empty()
                    && tools.is_empty();
                if empty {
                    continue;
                }
                let year_value = match year.parse::<i32>() {
                    Ok(y) => y,
                    Err(_) => {
                        problems.push(if year.is_empty() {
                            problem(field("year"), "providers-form-year-missing")
                        } else {
                            problem(field("year"), "providers-form-not-a-year").with("value", &year)
                        });
                        0
                    }
                };
                let support_types = supports
                    .iter()
                    .filter_map(|s| SupportType::from_slug(s))
                    .collect();
                let tools = tools_from_values(catalogue, &tools, &field("tools"), &mut problems);
                references.push(Reference {
                    association,
                    year: year_value,
                    summary,
                    support_types,
                    tools,
                    outcome,
                    referee: optional(referee),
                });
            }
            record.references = references;
        }
        Step::Contact => {
            record.contact.email = optional(fields.text("contact_email"));
            record.contact.phone = optional(fields.text("contact_phone"));
            let availability = fields.text("availability");
            match Availability::from_slug(&availability) {
                Some(a) => record.availability = a,
                None => problems.push(problem(
                    "availability",
                    "providers-form-availability-missing",
                )),
            }
        }
    }
    problems
}

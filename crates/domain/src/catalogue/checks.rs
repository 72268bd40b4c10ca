//! What makes a catalogue document unusable: a slug twice, a need or an
//! alternative that does not exist, a difficulty out of its scale, a bad
//! address. Each problem names its place: `tools[3].website` is the
//! website of the third free tool.

use std::collections::HashSet;

use super::{CatalogueDocument, FORMAT, INSTALL_DIFFICULTIES, USE_DIFFICULTIES, VERSION};
use crate::problems::FieldProblem;
use crate::text::is_slug;
use crate::web_address;

const NAME_MAX: usize = 80;
/// Addresses beside the entries': `/catalogue/remplacer`, and the
/// moderators' `…/nouveau` form.
const RESERVED: &[&str] = &["remplacer", "nouveau"];
pub const DESCRIPTION_MAX: usize = 400;

impl CatalogueDocument {
    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut problems = Vec::new();
        if self.format != FORMAT || self.version != VERSION {
            problems.push(
                FieldProblem::new("format", "catalogue-check-format")
                    .with("format", FORMAT)
                    .with("version", i64::from(VERSION)),
            );
        }
        let need_slugs: HashSet<&str> = self.needs.iter().map(|n| n.slug.as_str()).collect();
        let tool_slugs: HashSet<&str> = self.tools.iter().map(|t| t.slug.as_str()).collect();

        let mut seen = HashSet::new();
        for (i, need) in self.needs.iter().enumerate() {
            let at = |field: &str| format!("needs[{}].{field}", i + 1);
            slug_problems(&mut problems, &mut seen, &at("slug"), &need.slug);
            name_problems(&mut problems, &at("name"), &need.name);
            name_problems(&mut problems, &at("name_en"), &need.name_en);
        }
        let mut seen = HashSet::new();
        for (i, tool) in self.proprietary.iter().enumerate() {
            let at = |field: &str| format!("proprietary[{}].{field}", i + 1);
            slug_problems(&mut problems, &mut seen, &at("slug"), &tool.slug);
            name_problems(&mut problems, &at("name"), &tool.name);
            name_problems(&mut problems, &at("vendor"), &tool.vendor);
            references(
                &mut problems,
                &at("needs"),
                &tool.needs,
                &need_slugs,
                "catalogue-check-need-unknown",
            );
            references(
                &mut problems,
                &at("alternatives"),
                &tool.alternatives,
                &tool_slugs,
                "catalogue-check-tool-unknown",
            );
        }
        let mut seen = HashSet::new();
        for (i, tool) in self.tools.iter().enumerate() {
            let at = |field: &str| format!("tools[{}].{field}", i + 1);
            slug_problems(&mut problems, &mut seen, &at("slug"), &tool.slug);
            name_problems(&mut problems, &at("name"), &tool.name);
            let length = tool.description.trim().chars().count();
            if length == 0 || length > DESCRIPTION_MAX {
                problems.push(
                    FieldProblem::new(at("description"), "catalogue-check-description")
                        .with("max", DESCRIPTION_MAX),
                );
            }
            if !web_address::is_valid(&tool.website) {
                problems.push(
                    FieldProblem::new(at("website"), "catalogue-check-website")
                        .with("value", &tool.website),
                );
            }
            if tool.licence.trim().is_empty() {
                problems.push(FieldProblem::new(at("licence"), "catalogue-check-licence"));
            }
            if let Some(id) = &tool.wikidata
                && !is_wikidata_id(id)
            {
                problems.push(
                    FieldProblem::new(at("wikidata"), "catalogue-check-wikidata").with("value", id),
                );
            }
            if let Some(id) = &tool.framalibre
                && !is_slug(id)
            {
                problems.push(
                    FieldProblem::new(at("framalibre"), "catalogue-check-framalibre")
                        .with("value", id),
                );
            }
            if tool.needs.is_empty() {
                problems.push(FieldProblem::new(
                    at("needs"),
                    "catalogue-check-needs-missing",
                ));
            }
            references(
                &mut problems,
                &at("needs"),
                &tool.needs,
                &need_slugs,
                "catalogue-check-need-unknown",
            );
            if !USE_DIFFICULTIES.contains(&tool.use_difficulty) {
                problems.push(
                    FieldProblem::new(at("use_difficulty"), "catalogue-check-use-difficulty")
                        .with("value", i64::from(tool.use_difficulty)),
                );
            }
            if !INSTALL_DIFFICULTIES.contains(&tool.install_difficulty) {
                problems.push(
                    FieldProblem::new(
                        at("install_difficulty"),
                        "catalogue-check-install-difficulty",
                    )
                    .with("value", i64::from(tool.install_difficulty)),
                );
            }
        }
        problems
    }
}

fn slug_problems<'a>(
    problems: &mut Vec<FieldProblem>,
    seen: &mut HashSet<&'a str>,
    field: &str,
    slug: &'a str,
) {
    if !is_slug(slug) {
        problems.push(FieldProblem::new(field, "catalogue-check-slug").with("slug", slug));
    } else if RESERVED.contains(&slug) {
        problems.push(FieldProblem::new(field, "catalogue-check-slug-reserved").with("slug", slug));
    } else if !seen.insert(slug) {
        problems.push(FieldProblem::new(field, "catalogue-check-slug-twice").with("slug", slug));
    }
}

fn name_problems(problems: &mut Vec<FieldProblem>, field: &str, name: &str) {
    let length = name.trim().chars().count();
    if length == 0 || length > NAME_MAX {
        problems.push(FieldProblem::new(field, "catalogue-check-name").with("max", NAME_MAX));
    }
}

fn references(
    problems: &mut Vec<FieldProblem>,
    field: &str,
    slugs: &[String],
    known: &HashSet<&str>,
    key: &'static str,
) {
    let mut seen = HashSet::new();
    for slug in slugs {
        if !known.contains(slug.as_str()) {
            problems.push(FieldProblem::new(field, key).with("slug", slug));
        } else if !seen.insert(slug) {
            problems
                .push(FieldProblem::new(field, "catalogue-check-slug-twice").with("slug", slug));
        }
    }
}

/// `Q` followed by digits.
fn is_wikidata_id(id: &str) -> bool {
    id.strip_prefix('Q')
        .is_some_and(|digits| !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
}

//! Every field of a profile as label and text, for the side-by-side view of
//! what changed. Moderators see the referee contacts here.

use essaim_domain::Locale;
use essaim_domain::catalogue::Catalogue;
use essaim_domain::geo;
use essaim_domain::providers::ProviderRecord;

use crate::i18n::text;

pub struct DiffRow {
    pub label: String,
    pub before: String,
    pub after: String,
    pub changed: bool,
}

fn join<T>(items: &[T], f: impl Fn(&T) -> String) -> String {
    items.iter().map(f).collect::<Vec<_>>().join(", ")
}

fn tools(slugs: &[String], catalogue: &Catalogue) -> String {
    join(slugs, |s| {
        catalogue
            .tool(s)
            .map(|t| t.name.to_string())
            .unwrap_or_else(|| s.clone())
    })
}

fn yes_no(value: bool, locale: Locale) -> String {
    text(locale, if value { "admin-yes" } else { "admin-no" }).into_owned()
}

/// `(label key, value)` for every field, references last.
pub fn describe(
    r: &ProviderRecord,
    locale: Locale,
    catalogue: &Catalogue,
) -> Vec<(String, String)> {
    let t = |key: &str| text(locale, key).into_owned();
    let mut rows = vec![
        (t("providers-field-name"), r.name.clone()),
        (t("providers-field-pitch"), r.pitch.clone()),
        (t("providers-field-description"), r.description.clone()),
        (
            t("providers-field-website"),
            r.website.clone().unwrap_or_default(),
        ),
        (
            t("providers-field-founded"),
            r.founded.map(|y| y.to_string()).unwrap_or_default(),
        ),
        (
            t("providers-field-structure"),
            r.structure
                .map(|s| s.label(locale).to_string())
                .unwrap_or_default(),
        ),
        (
            t("providers-field-team-size"),
            r.team_size
                .map(|s| s.label(locale).to_string())
                .unwrap_or_default(),
        ),
        (t("providers-field-chatons"), yes_no(r.chatons, locale)),
        (t("providers-field-networks"), r.networks.join(", ")),
        (
            t("providers-field-commune"),
            geo::commune_by_insee(&r.commune)
                .map(|c| format!("{} ({})", c.name(), c.main_postcode()))
                .unwrap_or_default(),
        ),
        (
            t("providers-field-address"),
            r.address.clone().unwrap_or_default(),
        ),
        (
            t("providers-field-nationwide"),
            yes_no(r.zone.nationwide, locale),
        ),
        (
            t("providers-field-regions"),
            join(&r.zone.regions, |c| {
                geo::region(c)
                    .map(|r| r.name.to_string())
                    .unwrap_or_else(|| c.clone())
            }),
        ),
        (
            t("providers-field-departements"),
            r.zone.departements.join(", "),
        ),
        (t("providers-field-remote"), yes_no(r.remote, locale)),
        (
            t("providers-field-support-types"),
            join(&r.support_types, |s| s.label(locale).to_string()),
        ),
        (
            t("providers-field-sizes"),
            join(&r.association_sizes, |s| s.label(locale).to_string()),
        ),
        (
            t("providers-field-modalities"),
            join(&r.modalities, |s| s.label(locale).to_string()),
        ),
        (t("providers-field-tools"), tools(&r.tools, catalogue)),
        (t("providers-field-pricing"), r.pricing.text.clone()),
        (
            t("providers-field-pricing-flags"),
            join(&r.pricing.flags, |s| s.label(locale).to_string()),
        ),
        (
            t("providers-field-contact-email"),
            r.contact.email.clone().unwrap_or_default(),
        ),
        (
            t("providers-field-contact-phone"),
            r.contact.phone.clone().unwrap_or_default(),
        ),
        (
            t("providers-field-availability"),
            r.availability.label(locale).to_string(),
        ),
    ];
    for (i, reference) in r.references.iter().enumerate() {
        rows.push((
            format!("{} {}", t("providers-reference"), i + 1),
            format!(
                "{} ({}) — {}\n{}\n{}\n{} : {}",
                reference.association,
                reference.year,
                join(&reference.support_types, |s| s.label(locale).to_string()),
                reference.summary,
                tools(&reference.tools, catalogue),
                t("providers-field-ref-referee"),
                reference.referee.clone().unwrap_or_default(),
            ),
        ));
    }
    rows
}

/// Published and pending versions side by side (the published side empty
/// for a first submission).
pub fn diff(
    before: Option<&ProviderRecord>,
    after: &ProviderRecord,
    locale: Locale,
    catalogue: &Catalogue,
) -> Vec<DiffRow> {
    let after = describe(after, locale, catalogue);
    let before = before
        .map(|b| describe(b, locale, catalogue))
        .unwrap_or_default();
    let mut rows: Vec<DiffRow> = after
        .into_iter()
        .map(|(label, value)| {
            let old = before
                .iter()
                .find(|(l, _)| *l == label)
                .map(|(_, v)| v.clone())
                .unwrap_or_default();
            DiffRow {
                changed: old != value,
                label,
                before: old,
                after: value,
            }
        })
        .collect();
    // References removed from the new version.
    for (label, value) in before {
        if !rows.iter().any(|r| r.label == label) {
            rows.push(DiffRow {
                label,
                before: value,
                after: String::new(),
                changed: true,
            });
        }
    }
    rows
}

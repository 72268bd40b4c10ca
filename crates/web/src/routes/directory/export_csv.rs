//! `GET /annuaire/export.csv`: the current search as a spreadsheet. UTF-8
//! with a byte-order mark and `;` separators, which both LibreOffice Calc
//! and a French Excel open without an import dialog.

use axum::Extension;
use axum::extract::{RawQuery, State};
use axum::response::Response;
use essaim_domain::catalogue::Catalogue;
use essaim_domain::i18n::{text, translate_with};
use essaim_domain::markup::markdown_to_text;
use essaim_domain::providers::ProviderRecord;
use essaim_domain::{Locale, geo};

use super::{full_records, params};
use crate::kit::spreadsheet::{self, typed};
use crate::{AppError, AppState};

/// The columns' headings, in the reader's language: the file is for people
/// with a spreadsheet. Machines read the same data with stable English
/// keys from the JSON API (docs/API.md).
const COLUMNS: &[&str] = &[
    "export-column-slug",
    "export-column-name",
    "export-column-pitch",
    "export-column-description",
    "export-column-website",
    "export-column-structure",
    "export-column-team-size",
    "export-column-chatons",
    "export-column-insee",
    "export-column-commune",
    "export-column-postcode",
    "export-column-departement",
    "export-column-region",
    "export-column-latitude",
    "export-column-longitude",
    "export-column-nationwide",
    "export-column-zone-regions",
    "export-column-zone-departements",
    "export-column-remote",
    "export-column-support-types",
    "export-column-sizes",
    "export-column-modalities",
    "export-column-tools",
    "export-column-pricing",
    "export-column-pricing-flags",
    "export-column-availability",
    "export-column-references",
    "export-column-last-updated",
    "export-column-last-verified",
    "export-column-distance",
    "export-column-url",
];

pub async fn export(
    State(state): State<AppState>,
    Extension(locale): Extension<Locale>,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    let published = state.directory().get();
    let parsed = params::parse(raw.as_deref(), published.index.catalogue());
    let result = published.index.search_all(&parsed.query);
    let mut writer = spreadsheet::writer();
    writer
        .write_record(COLUMNS.iter().map(|key| text(locale, key).into_owned()))
        .map_err(AppError::internal)?;
    let base = state
        .site()
        .public_url
        .as_ref()
        .map(|url| url.as_str().trim_end_matches('/').to_string())
        .unwrap_or_default();
    full_records::in_batches(&state, &result.hits, |batch| {
        for (record, distance_km) in &batch {
            writer
                .write_record(row(
                    record,
                    *distance_km,
                    locale,
                    &base,
                    published.index.catalogue(),
                ))
                .map_err(AppError::internal)?;
        }
        Ok::<_, AppError>(())
    })
    .await?;
    spreadsheet::response(writer, "prestataires.csv")
}

fn row(
    r: &ProviderRecord,
    distance_km: Option<f64>,
    locale: Locale,
    base: &str,
    catalogue: &Catalogue,
) -> Vec<String> {
    let commune = geo::commune_by_insee(&r.commune);
    let yes_no = |b: bool| text(locale, if b { "export-yes" } else { "export-no" }).into_owned();
    let list = |items: Vec<&str>| items.join(", ");
    let region_name =
        |code: &str| geo::region(code).map_or(code.to_string(), |r| r.name.to_string());
    let departement_name = |code: &str| {
        geo::departement(code).map_or(code.to_string(), |d| format!("{} ({code})", d.name))
    };
    let tools: Vec<&str> = r
        .tools
        .iter()
        .map(|slug| {
            catalogue
                .tool(slug)
                .map_or(slug.as_str(), |t| t.name.as_str())
        })
        .collect();
    let references: Vec<String> = r
        .references
        .iter()
        .map(|x| {
            translate_with(
                locale,
                "export-reference",
                &[
                    ("association", x.association.as_str().into()),
                    ("year", x.year.to_string().into()),
                    ("summary", x.summary.as_str().into()),
                ],
            )
        })
        .collect();
    vec![
        r.slug.clone(),
        typed(&r.name),
        typed(&r.pitch),
        typed(&markdown_to_text(&r.description)),
        typed(r.website.as_deref().unwrap_or_default()),
        r.structure
            .map(|s| s.label(locale))
            .unwrap_or_default()
            .into(),
        r.team_size
            .map(|t| t.label(locale))
            .unwrap_or_default()
            .into(),
        yes_no(r.chatons),
        r.commune.clone(),
        commune.map(|c| c.name().to_string()).unwrap_or_default(),
        commune
            .map(|c| c.main_postcode().to_string())
            .unwrap_or_default(),
        commune
            .map(|c| departement_name(c.departement()))
            .unwrap_or_default(),
        commune.map(|c| region_name(c.region())).unwrap_or_default(),
        commune
            .and_then(|c| c.position())
            .map(|p| format!("{:.5}", p.lat))
            .unwrap_or_default(),
        commune
            .and_then(|c| c.position())
            .map(|p| format!("{:.5}", p.lon))
            .unwrap_or_default(),
        yes_no(r.zone.nationwide),
        r.zone
            .regions
            .iter()
            .map(|c| region_name(c))
            .collect::<Vec<_>>()
            .join(", "),
        r.zone
            .departements
            .iter()
            .map(|c| departement_name(c))
            .collect::<Vec<_>>()
            .join(", "),
        yes_no(r.remote),
        list(r.support_types.iter().map(|s| s.label(locale)).collect()),
        list(
            r.association_sizes
                .iter()
                .map(|s| s.label(locale))
                .collect(),
        ),
        list(r.modalities.iter().map(|s| s.label(locale)).collect()),
        list(tools),
        typed(&r.pricing.text),
        list(r.pricing.flags.iter().map(|s| s.label(locale)).collect()),
        r.availability.label(locale).into(),
        typed(&references.join("\n")),
        r.last_updated.clone(),
        r.last_verified.clone().unwrap_or_default(),
        distance_km.map(|d| format!("{d:.1}")).unwrap_or_default(),
        format!("{base}/annuaire/{}", r.slug),
    ]
}

#[cfg(test)]
mod tests {
    use super::typed;

    #[test]
    fn formulas_become_text_and_ordinary_text_stays() {
        assert_eq!(
            typed("=HYPERLINK(\"http://x\",\"y\")"),
            "'=HYPERLINK(\"http://x\",\"y\")"
        );
        assert_eq!(
            typed("@SUM(1+1)*cmd|' /C calc'!A0"),
            "'@SUM(1+1)*cmd|' /C calc'!A0"
        );
        assert_eq!(typed("+33 1 23"), "'+33 1 23");
        assert_eq!(typed("-1"), "'-1");
        assert_eq!(typed("\tx"), "'\tx");
        assert_eq!(typed("Coop Libre = partage"), "Coop Libre = partage");
        assert_eq!(typed("L'association"), "L'association");
    }
}

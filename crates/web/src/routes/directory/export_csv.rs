//! `GET /annuaire/export.csv`: the current search as a spreadsheet. UTF-8
//! with a byte-order mark and `;` separators, which both LibreOffice Calc
//! and a French Excel open without an import dialog.

use axum::extract::{RawQuery, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use essaim_domain::geo;
use essaim_domain::providers::ProviderRecord;

use super::{full_records, params};
use crate::{AppError, AppState};

const COLUMNS: &[&str] = &[
    "slug",
    "name",
    "pitch",
    "description",
    "website",
    "structure",
    "team_size",
    "chatons",
    "commune",
    "commune_name",
    "postcode",
    "departement",
    "region",
    "latitude",
    "longitude",
    "zone_nationwide",
    "zone_regions",
    "zone_departements",
    "remote",
    "support_types",
    "association_sizes",
    "modalities",
    "tools",
    "pricing",
    "pricing_flags",
    "availability",
    "references",
    "last_updated",
    "last_verified",
    "distance_km",
    "url",
];

pub async fn export(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    let parsed = params::parse(raw.as_deref());
    let published = state.directory().get();
    let result = published.index.search_all(&parsed.query);
    let mut writer = csv::WriterBuilder::new()
        .delimiter(b';')
        .terminator(csv::Terminator::CRLF)
        .from_writer(b"\xEF\xBB\xBF".to_vec());
    writer.write_record(COLUMNS).map_err(AppError::internal)?;
    full_records::in_batches(&state, &result.hits, |batch| {
        for (record, distance_km) in &batch {
            writer
                .write_record(row(record, *distance_km))
                .map_err(AppError::internal)?;
        }
        Ok::<_, AppError>(())
    })
    .await?;
    let body = writer
        .into_inner()
        .map_err(|e| AppError::internal(anyhow::anyhow!("{e}")))?;
    let mut response = body.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/csv; charset=utf-8"),
    );
    headers.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("attachment; filename=\"prestataires.csv\""),
    );
    Ok(response)
}

/// A cell of text someone typed. A spreadsheet reads a cell starting with
/// `=`, `+`, `-`, `@`, a tab or a carriage return as a formula: such a cell
/// starts with an apostrophe, which spreadsheets show as text (OWASP's
/// rule). Numbers the program writes (coordinates) are left as they are.
fn typed(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

fn row(r: &ProviderRecord, distance_km: Option<f64>) -> Vec<String> {
    let commune = geo::commune_by_insee(&r.commune);
    let slugs = |items: Vec<&str>| items.join("|");
    let yes_no = |b: bool| if b { "oui" } else { "non" }.to_string();
    let references: Vec<String> = r
        .references
        .iter()
        .map(|x| format!("{} ({}) : {}", x.association, x.year, x.summary))
        .collect();
    vec![
        r.slug.clone(),
        typed(&r.name),
        typed(&r.pitch),
        typed(&r.description),
        typed(r.website.as_deref().unwrap_or_default()),
        r.structure.map(|s| s.slug()).unwrap_or_default().into(),
        r.team_size.map(|t| t.slug()).unwrap_or_default().into(),
        yes_no(r.chatons),
        r.commune.clone(),
        commune.map(|c| c.name().to_string()).unwrap_or_default(),
        commune
            .map(|c| c.main_postcode().to_string())
            .unwrap_or_default(),
        commune
            .map(|c| c.departement().to_string())
            .unwrap_or_default(),
        commune.map(|c| c.region().to_string()).unwrap_or_default(),
        commune
            .and_then(|c| c.position())
            .map(|p| format!("{:.5}", p.lat))
            .unwrap_or_default(),
        commune
            .and_then(|c| c.position())
            .map(|p| format!("{:.5}", p.lon))
            .unwrap_or_default(),
        yes_no(r.zone.nationwide),
        r.zone.regions.join("|"),
        r.zone.departements.join("|"),
        yes_no(r.remote),
        slugs(r.support_types.iter().map(|s| s.slug()).collect()),
        slugs(r.association_sizes.iter().map(|s| s.slug()).collect()),
        slugs(r.modalities.iter().map(|s| s.slug()).collect()),
        r.tools.join("|"),
        typed(&r.pricing.text),
        slugs(r.pricing.flags.iter().map(|s| s.slug()).collect()),
        r.availability.slug().into(),
        typed(&references.join(" | ")),
        r.last_updated.clone(),
        r.last_verified.clone().unwrap_or_default(),
        distance_km.map(|d| format!("{d:.1}")).unwrap_or_default(),
        format!("/annuaire/{}", r.slug),
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

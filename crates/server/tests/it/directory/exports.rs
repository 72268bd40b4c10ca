use super::fixtures::{published, record};
use crate::harness::Backend;
use crate::{app, on_both_backends};

on_both_backends![csv_and_geojson_follow_the_filters];

async fn csv_and_geojson_follow_the_filters(backend: Backend) {
    let app = app!(backend);
    // More than a page of results is read from the database at once.
    app.import(&essaim_server::demo_data(150, 11)).await;
    let mut quoted = record(
        "guillemets",
        "Virgule, \"guillemets\" ; point-virgule",
        "35238",
        "Ligne 1\nLigne 2",
    );
    quoted.pitch = "Texte avec ; et \"".into();
    let mut marked = record(
        "balises",
        "Coop balisée",
        "35238",
        "Une **coopérative** et [notre site](https://coop.example).",
    );
    marked.association_sizes = vec![essaim_domain::taxonomy::AssociationSize::Small];
    // Cells a spreadsheet would run as formulas (OWASP's payloads).
    let mut formula = record(
        "formule",
        "=HYPERLINK(\"https://pirate.example\",\"Cliquez\")",
        "35238",
        "@SUM(1+1)*cmd|' /C calc'!A0",
    );
    formula.pitch = "-2+3 = 1".into();
    app.import(&published(vec![quoted, formula, marked])).await;

    let response = app.get("/annuaire/export.csv?taille=1-9").await;
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers()["content-type"],
        "text/csv; charset=utf-8"
    );
    assert!(
        response.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .contains("prestataires.csv")
    );
    let bytes = response.bytes().await.unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "BOM for Excel");
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(&bytes[3..]);
    let headers = reader.headers().unwrap().clone();
    // Headings a person reads, in their language.
    for column in [
        "Identifiant",
        "Nom",
        "Présentation courte",
        "Présentation",
        "Commune",
        "Types d'accompagnement",
        "Tailles d'associations accompagnées",
        "Disponibilité",
        "Associations accompagnées",
    ] {
        assert!(headers.iter().any(|h| h == column), "column {column}");
    }
    let sizes = headers
        .iter()
        .position(|h| h == "Tailles d'associations accompagnées")
        .unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    let (_, api) = app.get_json("/api/v1/prestataires?taille=1-9").await;
    assert_eq!(
        rows.len() as u64,
        api["total"].as_u64().unwrap(),
        "every page, not only the first"
    );
    assert!(
        rows.iter()
            .all(|r| r[sizes].split(", ").any(|s| s == "1 à 9 salarié·es")),
        "labels, not codes"
    );
    let marked = rows.iter().find(|r| &r[0] == "balises").unwrap();
    assert_eq!(
        &marked[3], "Une coopérative et notre site (https://coop.example).",
        "no Markdown marks left in cells"
    );
    let english = app
        .get_with(
            "/annuaire/export.csv?taille=1-9",
            &[("accept-language", "en")],
        )
        .await;
    let english = String::from_utf8(english.bytes().await.unwrap().to_vec()).unwrap();
    assert!(english.contains("Sizes of associations supported"));
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(english.trim_start_matches('\u{feff}').as_bytes());
    let column = reader
        .headers()
        .unwrap()
        .iter()
        .position(|h| h == "Associations supported")
        .unwrap();
    let first = reader.records().next().unwrap().unwrap();
    let reference = first[column].lines().next().unwrap().to_string();
    // "(2023)" closes the year, whatever the association's name holds.
    let year_end = reference
        .char_indices()
        .map(|(i, _)| i)
        .find(|&i| {
            reference.get(i.saturating_sub(5)..=i).is_some_and(|y| {
                y.len() == 6
                    && y.starts_with('(')
                    && y.ends_with(')')
                    && y[1..5].bytes().all(|b| b.is_ascii_digit())
            })
        })
        .unwrap();
    assert_eq!(
        reference.get(year_end..year_end + 3),
        Some("): "),
        "references written the English way: {reference}"
    );

    let all = app.get("/annuaire/export.csv").await.bytes().await.unwrap();
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(&all[3..]);
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    let (_, api) = app.get_json("/api/v1/prestataires").await;
    assert!(api["total"].as_u64().unwrap() > 100);
    assert_eq!(rows.len() as u64, api["total"].as_u64().unwrap());
    let tricky = rows
        .iter()
        .find(|r| &r[0] == "guillemets")
        .expect("the tricky record");
    assert_eq!(&tricky[1], "Virgule, \"guillemets\" ; point-virgule");
    assert_eq!(&tricky[3], "Ligne 1\nLigne 2");
    let formula = rows.iter().find(|r| &r[0] == "formule").unwrap();
    assert_eq!(
        &formula[1],
        "'=HYPERLINK(\"https://pirate.example\",\"Cliquez\")"
    );
    assert_eq!(&formula[2], "'-2+3 = 1");
    assert_eq!(&formula[3], "'@SUM(1+1)*cmd|' /C calc'!A0");
    let longitude = headers.iter().position(|h| h == "Longitude").unwrap();
    assert!(
        rows.iter().any(|r| r[longitude].starts_with('-')),
        "numbers the program writes stay numbers"
    );

    let response = app.get("/annuaire/export.geojson?region=53").await;
    assert_eq!(response.headers()["content-type"], "application/geo+json");
    let geojson: serde_json::Value = response.json().await.unwrap();
    assert_eq!(geojson["type"], "FeatureCollection");
    let (_, api) = app.get_json("/api/v1/prestataires?region=53").await;
    let features = geojson["features"].as_array().unwrap();
    assert_eq!(features.len() as u64, api["total"].as_u64().unwrap());
    for feature in features {
        let [lon, lat] = [
            feature["geometry"]["coordinates"][0].as_f64().unwrap(),
            feature["geometry"]["coordinates"][1].as_f64().unwrap(),
        ];
        assert!((-180.0..180.0).contains(&lon) && (-90.0..90.0).contains(&lat));
        assert!(feature["properties"]["slug"].is_string());
    }
    app.stop().await;
}

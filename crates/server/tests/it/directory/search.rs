use essaim_domain::providers::Zone;

use super::fixtures::{published, record, slugs};
use crate::harness::Backend;
use crate::{app, on_both_backends};

on_both_backends![
    the_scenario_of_a_volunteer_in_finistere,
    french_analysis_through_the_api,
    every_facet_count_is_what_ticking_it_gives,
    proximity_between_rennes_and_saint_malo,
    zone_rules_through_the_api,
    bad_parameters_are_named_never_a_500,
    only_published_profiles_are_public,
    the_default_order_follows_the_search_and_is_not_carried,
    the_users_words_and_typos_find_providers,
    a_zone_count_says_how_many_work_there_from_afar,
];

async fn the_scenario_of_a_volunteer_in_finistere(backend: Backend) {
    let app = app!(backend);
    app.import(&essaim_server::demo_data(72, 2026)).await;
    let path = "/annuaire?q=formation+nextcloud&pres_de=Ploun%C3%A9our-M%C3%A9nez&rayon=50&taille=sans-salarie";
    let response = app.get(path).await;
    assert_eq!(response.status(), 200);
    let html = response.text().await.unwrap();
    assert!(html.contains("<html lang=\"fr\">"));
    let (_, api) = app
        .get_json(&path.replace("/annuaire?", "/api/v1/prestataires?"))
        .await;
    let total = api["total"].as_u64().unwrap();
    assert!(total >= 1, "the demonstration answers the scenario");
    for item in api["items"].as_array().unwrap() {
        assert!(item["distance_km"].as_f64().unwrap() <= 50.0);
        assert!(
            item["association_sizes"]
                .as_array()
                .unwrap()
                .iter()
                .any(|s| s == "sans-salarie")
        );
        let name = item["name"].as_str().unwrap();
        assert!(
            html.contains(&name.replace('\'', "&#39;")),
            "{name} listed on the page"
        );
    }
    assert!(
        html.contains(&format!("{total} prestataire")),
        "count shown"
    );
    assert!(html.contains("class=\"distance\""), "distance shown");
    app.stop().await;
}

async fn french_analysis_through_the_api(backend: Backend) {
    let app = app!(backend);
    app.import(&published(vec![
        record(
            "eco",
            "Atelier Un",
            "35238",
            "Spécialistes de l'économie sociale et solidaire.",
        ),
        record(
            "heb",
            "Atelier Deux",
            "35238",
            "Hébergement de services pour une association de quartier.",
        ),
        record(
            "acc",
            "Atelier Trois",
            "35238",
            "Nous faisons de l'accompagnement et des formations.",
        ),
    ]))
    .await;
    let cases: &[(&str, &[&str])] = &[
        ("economie", &["eco"]),
        ("ECONOMIE", &["eco"]),
        ("hebergements", &["heb"]),
        ("associations", &["heb"]),
        ("l%27accompagnement", &["acc"]),
        ("accompagnements", &["acc"]),
        ("formation", &["acc"]),
        ("la%20formation%20des", &["acc"]),
        ("solidaires%20%C3%A9conomies", &["eco"]),
        ("nextcloud", &[]),
    ];
    for (q, expected) in cases {
        let (status, body) = app.get_json(&format!("/api/v1/prestataires?q={q}")).await;
        assert_eq!(status, 200);
        assert_eq!(slugs(&body), *expected, "q={q}");
    }
    app.stop().await;
}

async fn every_facet_count_is_what_ticking_it_gives(backend: Backend) {
    let app = app!(backend);
    app.import(&essaim_server::demo_data(72, 7)).await;
    for base in [
        "",
        "q=association&",
        "pres_de=35000&rayon=200&",
        "taille=1-9&departement=29&",
    ] {
        let (_, body) = app.get_json(&format!("/api/v1/prestataires?{base}")).await;
        for (param, values) in body["facets"].as_object().unwrap() {
            for value in values.as_array().unwrap() {
                let count = value["count"].as_u64().unwrap();
                let v = value["value"].as_str().unwrap();
                // Disjunctive counts: ticking only this value in its facet.
                let other = base
                    .split('&')
                    .filter(|p| !p.is_empty() && !p.starts_with(&format!("{param}=")))
                    .collect::<Vec<_>>()
                    .join("&");
                let (_, ticked) = app
                    .get_json(&format!("/api/v1/prestataires?{other}&{param}={v}"))
                    .await;
                assert_eq!(
                    ticked["total"].as_u64().unwrap(),
                    count,
                    "{base} {param}={v}"
                );
            }
        }
    }
    app.stop().await;
}

async fn proximity_between_rennes_and_saint_malo(backend: Backend) {
    let app = app!(backend);
    app.import(&published(vec![
        record("rennes", "À Rennes", "35238", ""),
        record("malo", "À Saint-Malo", "35288", ""),
        record("brest", "À Brest", "29019", ""),
    ]))
    .await;
    let (_, body) = app
        .get_json("/api/v1/prestataires?pres_de=Rennes&rayon=70")
        .await;
    assert_eq!(slugs(&body), ["malo", "rennes"]);
    let items = body["items"].as_array().unwrap();
    assert_eq!(items[0]["slug"], "rennes", "sorted by distance");
    let malo = items[1]["distance_km"].as_f64().unwrap();
    assert!(
        (60.0..70.0).contains(&malo),
        "Rennes–Saint-Malo ≈ 65 km, got {malo}"
    );
    let (_, body) = app
        .get_json("/api/v1/prestataires?pres_de=35000&rayon=60")
        .await;
    assert_eq!(slugs(&body), ["rennes"]);
    let (_, body) = app.get_json("/api/v1/prestataires?pres_de=35238").await;
    assert_eq!(body["total"], 3, "without radius, everyone, nearest first");
    assert_eq!(body["items"][2]["slug"], "brest");
    app.stop().await;
}

async fn zone_rules_through_the_api(backend: Backend) {
    let app = app!(backend);
    let mut listed = record("listed", "Liste le 35", "75056", "");
    listed.zone = Zone {
        departements: vec!["35".into()],
        ..Zone::default()
    };
    let mut region = record("region", "Toute la Bretagne", "75056", "");
    region.zone = Zone {
        regions: vec!["53".into()],
        ..Zone::default()
    };
    let mut remote = record("remote", "À distance", "13055", "");
    remote.remote = true;
    let elsewhere = record("elsewhere", "Ailleurs", "13055", "");
    app.import(&published(vec![
        record("based", "Basé à Rennes", "35238", ""),
        listed,
        region,
        remote,
        elsewhere,
    ]))
    .await;
    let (_, body) = app.get_json("/api/v1/prestataires?departement=35").await;
    assert_eq!(slugs(&body), ["based", "listed", "region", "remote"]);
    let (_, body) = app
        .get_json("/api/v1/prestataires?departement=35&sans_distance=1")
        .await;
    assert_eq!(slugs(&body), ["based", "listed", "region"]);
    let (_, body) = app
        .get_json("/api/v1/prestataires?region=53&sans_distance=1")
        .await;
    assert_eq!(slugs(&body), ["based", "listed", "region"]);
    app.stop().await;
}

async fn bad_parameters_are_named_never_a_500(backend: Backend) {
    let app = app!(backend);
    app.import(&essaim_server::demo_data(30, 3)).await;
    for (query, param, words) in [
        ("rayon=abc&pres_de=35000", "rayon", "attend un nombre"),
        ("rayon=0&pres_de=35000", "rayon", "hors des limites"),
        ("accompagnement=cuisine", "accompagnement", "« cuisine »"),
        ("pres_de=Nulle-Part-sur-Mer", "pres_de", "Aucune commune"),
        ("tri=hasard", "tri", "« hasard »"),
        ("page=-1", "page", "attend un nombre"),
        ("departement=999", "departement", "« 999 »"),
    ] {
        let (status, body) = app.get_json(&format!("/api/v1/prestataires?{query}")).await;
        assert_eq!(status, 400, "{query}");
        assert_eq!(body["param"], param, "{query}");
        assert!(
            body["message"].as_str().unwrap().contains(words),
            "{query}: {body}"
        );

        let page = app.get(&format!("/annuaire?{query}")).await;
        assert_eq!(page.status(), 200, "{query}");
        let html = page.text().await.unwrap();
        assert!(
            html.contains("class=\"notice\" role=\"alert\""),
            "{query}: notice shown"
        );
    }
    // Far past the last page: a helpful page, not an error.
    let html = app.get("/annuaire?page=99").await.text().await.unwrap();
    assert!(html.contains("Cette page n&#39;existe pas pour cette recherche"));
    let (_, body) = app.get_json("/api/v1/prestataires?page=99").await;
    assert_eq!(body["items"].as_array().unwrap().len(), 0);
    // Nothing found: the page says how to widen the search.
    let html = app
        .get("/annuaire?q=introuvablissime")
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains("Aucun prestataire ne correspond"));
    assert!(html.contains("Essayez d&#39;autres mots"), "words were set");
    for unset in [
        "Retirez un filtre",
        "Élargissez le rayon",
        "travaillent à distance",
    ] {
        assert!(
            !html.contains(unset),
            "advice about an unset criterion: {unset}"
        );
    }
    let html = app
        .get(
            "/annuaire?pres_de=35000&rayon=10&sans_distance=1&taille=sans-salarie&q=introuvablissime",
        )
        .await
        .text()
        .await
        .unwrap();
    for set in [
        "d&#39;autres mots",
        "Retirez un filtre",
        "Élargissez le rayon",
        "travaillent à distance",
    ] {
        assert!(html.contains(set), "advice about a set criterion: {set}");
    }
    app.stop().await;
}

async fn only_published_profiles_are_public(backend: Backend) {
    let app = app!(backend);
    let mut document = published(vec![
        record("publiee", "Publiée", "35238", "Une **description**."),
        record("brouillon", "En brouillon", "35238", ""),
    ]);
    document.providers[1].status = essaim_domain::taxonomy::ProviderStatus::Draft;
    document.providers[1].published = None;
    document.providers[0].profile.address = Some("12 rue Secrète".into());
    document.providers[0].published.as_mut().unwrap().address = Some("12 rue Secrète".into());
    app.import(&document).await;

    let response = app.get("/annuaire/publiee").await;
    assert_eq!(response.status(), 200);
    let html = response.text().await.unwrap();
    assert!(
        html.contains("<strong>description</strong>"),
        "Markdown rendered"
    );
    assert!(html.contains("application/ld+json") && html.contains("\"@type\":\"Organization\""));
    assert!(html.contains("Rennes (35)"));
    assert!(html.contains("Fiche de démonstration") || html.contains("fictive"));
    assert!(!html.contains("rue Secrète"), "private address hidden");
    assert!(
        !html.contains("Présidence de l&#39;association"),
        "referee hidden"
    );
    assert_eq!(app.get("/annuaire/brouillon").await.status(), 404);
    assert_eq!(app.get("/annuaire/inconnue").await.status(), 404);
    let (status, body) = app.get_json("/api/v1/prestataires/brouillon").await;
    assert_eq!((status, body["error"].as_str()), (404, Some("introuvable")));
    let (_, body) = app.get_json("/api/v1/prestataires/publiee").await;
    assert!(
        body["references"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r.get("referee").is_none())
    );
    assert!(body["address"].is_null());
    let (_, list) = app.get_json("/api/v1/prestataires").await;
    assert_eq!(slugs(&list), ["publiee"]);
    app.stop().await;
}

/// A blank search does not choose "by name" for the next one: the default
/// order follows the search (relevance with words, distance near a place)
/// and only an order the visitor chose is carried in the form.
async fn the_default_order_follows_the_search_and_is_not_carried(backend: Backend) {
    let app = app!(backend);
    app.import(&essaim_server::demo_data(30, 3)).await;
    let page = |path: &'static str| {
        let app = &app;
        async move { app.get(path).await.text().await.unwrap() }
    };
    let blank = page("/annuaire").await;
    assert!(
        blank.contains("<option value=\"\" selected>nom (par défaut)</option>"),
        "{blank}"
    );
    assert!(!blank.contains("value=\"nom\" selected"));
    let words_near = page("/annuaire?q=formation&pres_de=35000").await;
    assert!(
        words_near.contains("<option value=\"\" selected>pertinence (par défaut)</option>"),
        "with words, relevance"
    );
    let near = page("/annuaire?pres_de=35000").await;
    assert!(near.contains("<option value=\"\" selected>distance (par défaut)</option>"));
    let chosen = page("/annuaire?q=formation&tri=nom").await;
    assert!(
        chosen.contains("<option value=\"nom\" selected>"),
        "a chosen order stays"
    );
    app.stop().await;
}

async fn the_users_words_and_typos_find_providers(backend: Backend) {
    let app = app!(backend);
    app.import(&essaim_server::demo_data(72, 2026)).await;
    let total = |query: String| {
        let app = &app;
        async move {
            let (status, json) = app.get_json(&format!("/api/v1/prestataires?{query}")).await;
            assert_eq!(status, 200, "{query}");
            json["total"].as_u64().unwrap()
        }
    };
    // Everyone mastering the free alternative is found by the name of what
    // it replaces or the need it meets.
    for (words, tool) in [
        ("google drive", "nextcloud"),
        ("remplacer google drive", "nextcloud"),
        ("zoom", "jitsi-meet"),
        ("visio", "jitsi-meet"),
        ("comptabilite", "paheko"),
        ("site web", "wordpress"),
    ] {
        let with_tool = total(format!("outil={tool}")).await;
        assert!(with_tool >= 2, "the demonstration has {tool}");
        let q = words.replace(' ', "+");
        assert!(total(format!("q={q}")).await >= with_tool, "{words}");
        assert_eq!(
            total(format!("q={q}&outil={tool}")).await,
            with_tool,
            "{words} finds every provider of {tool}"
        );
    }
    assert_eq!(
        total("q=nexcloud".into()).await,
        total("q=nextcloud".into()).await,
        "a letter missing"
    );
    let page = app.get("/annuaire?q=nexcloud").await.text().await.unwrap();
    assert!(
        !page.contains("Aucun prestataire"),
        "the page finds them too"
    );
    app.stop().await;
}

async fn a_zone_count_says_how_many_work_there_from_afar(backend: Backend) {
    let app = app!(backend);
    app.import(&essaim_server::demo_data(72, 2026)).await;
    let (_, all) = app.get_json("/api/v1/prestataires").await;
    for region in ["01", "53"] {
        let facet = all["facets"]["region"]
            .as_array()
            .unwrap()
            .iter()
            .find(|v| v["value"] == region)
            .unwrap()
            .clone();
        // Every provider listed when the région is ticked, and those there
        // only by working remotely or nationwide.
        let (mut listed, mut from_afar, mut page) = (0, 0, 1);
        loop {
            let (_, json) = app
                .get_json(&format!("/api/v1/prestataires?region={region}&page={page}"))
                .await;
            let items = json["items"].as_array().unwrap();
            for item in items {
                let local = item["place"]["region"] == region
                    || item["zone"]["regions"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .any(|r| r == region)
                    || item["zone"]["departements"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .any(|d| {
                            essaim_domain::geo::departement(d.as_str().unwrap())
                                .unwrap()
                                .region
                                == region
                        });
                listed += 1;
                from_afar += u64::from(!local);
            }
            if items.is_empty() || page >= json["total"].as_u64().unwrap().div_ceil(20) {
                break;
            }
            page += 1;
        }
        assert_eq!(
            facet["count"], listed,
            "région {region}: the count is what ticking gives"
        );
        assert_eq!(facet["from_afar"], from_afar, "région {region}");
        assert!(from_afar > 0, "the demonstration has remote providers");
    }
    let page = app.get("/annuaire").await.text().await.unwrap();
    assert!(
        page.contains("<span class=\"count-note\">, dont ")
            && page.contains("à distance ou partout en France</span>"),
        "the page says it beside the counts"
    );
    app.stop().await;
}

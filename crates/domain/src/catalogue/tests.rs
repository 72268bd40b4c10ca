use super::*;

#[test]
fn the_builtin_catalogue_holds_together_and_is_large_enough() {
    let catalogue = Catalogue::builtin();
    assert!(catalogue.needs().len() >= 20);
    assert!(catalogue.proprietary().len() >= 30);
    assert!(catalogue.tools().len() >= 60);
    // Every free tool replaces something, every need has a free tool.
    for tool in catalogue.tools() {
        assert!(
            catalogue.replaced_by(&tool.slug).next().is_some(),
            "{} replaces nothing",
            tool.slug
        );
    }
    for need in catalogue.needs() {
        assert!(
            catalogue.tools_for_need(&need.slug).next().is_some(),
            "no free tool for {}",
            need.slug
        );
    }
}

#[test]
fn the_slugs_providers_used_before_the_catalogue_became_data_are_kept() {
    let catalogue = Catalogue::builtin();
    for slug in [
        "nextcloud",
        "collabora-online",
        "onlyoffice",
        "libreoffice",
        "thunderbird",
        "roundcube",
        "sogo",
        "jitsi-meet",
        "bigbluebutton",
        "element-matrix",
        "mattermost",
        "rocket-chat",
        "signal",
        "yakforms",
        "limesurvey",
        "framadate",
        "etherpad",
        "hedgedoc",
        "cryptpad",
        "paheko",
        "dolibarr",
        "wordpress",
        "spip",
        "mastodon",
        "mobilizon",
        "peertube",
        "matomo",
        "umap",
        "listmonk",
        "sympa",
        "linux-mint",
        "ubuntu",
        "kanboard",
        "wekan",
        "openproject",
        "dokuwiki",
        "bookstack",
        "discourse",
        "penpot",
        "yunohost",
    ] {
        assert!(catalogue.tool(slug).is_some(), "{slug}");
    }
}

#[test]
fn look_ups_follow_the_document() {
    let catalogue = Catalogue::builtin();
    let gmail = catalogue.proprietary_tool("gmail").unwrap();
    assert_eq!(gmail.vendor, "Google");
    assert_eq!(gmail.alternatives[0], "roundcube");
    let names: Vec<_> = catalogue
        .replaced_by("bigbluebutton")
        .map(|p| p.name.as_str())
        .collect();
    assert!(names.contains(&"Zoom"), "{names:?}");
    let jitsi = catalogue.tool("jitsi-meet").unwrap();
    let words: Vec<_> = catalogue.tool_words(jitsi).collect();
    assert!(
        words.contains(&"visio") && words.contains(&"Zoom"),
        "{words:?}"
    );
    assert_eq!(
        catalogue.need("visio").unwrap().name(Locale::En),
        "Video calls"
    );
    assert_eq!(catalogue.tool_index("nextcloud"), Some(0));
}

#[test]
fn a_broken_document_names_each_problem_and_its_place() {
    let mut document = builtin_document();
    document.tools[1].slug = document.tools[0].slug.clone();
    document.tools[2].use_difficulty = 4;
    document.tools[3].install_difficulty = 0;
    document.tools[4].website = "javascript:alert(1)".into();
    document.tools[5].wikidata = Some("12".into());
    document.tools[6].needs = vec!["teleportation".into()];
    document.proprietary[0].alternatives.push("inconnu".into());
    document.needs[0].name_en = " ".into();
    document.needs[1].slug = "nouveau".into();
    let problems: Vec<(String, &str)> = document
        .problems()
        .into_iter()
        .map(|p| (p.field, p.key))
        .collect();
    for expected in [
        ("tools[2].slug", "catalogue-check-slug-twice"),
        ("tools[3].use_difficulty", "catalogue-check-use-difficulty"),
        (
            "tools[4].install_difficulty",
            "catalogue-check-install-difficulty",
        ),
        ("tools[5].website", "catalogue-check-website"),
        ("tools[6].wikidata", "catalogue-check-wikidata"),
        ("tools[7].needs", "catalogue-check-need-unknown"),
        (
            "proprietary[1].alternatives",
            "catalogue-check-tool-unknown",
        ),
        ("needs[1].name_en", "catalogue-check-name"),
        ("needs[2].slug", "catalogue-check-slug-reserved"),
    ] {
        assert!(
            problems.contains(&(expected.0.to_string(), expected.1)),
            "{expected:?} in {problems:?}"
        );
    }
    assert!(Catalogue::new(document).is_err());
}

#[test]
fn a_document_that_is_not_a_catalogue_says_where() {
    let error = CatalogueDocument::parse(
        r#"{"format":"essaim-catalogue","version":1,"needs":[{"slug":"x"}]}"#,
    )
    .unwrap_err();
    assert!(error.starts_with("needs[0]"), "{error}");
    assert!(error.contains("champ obligatoire absent"), "{error}");
    let round_trip = serde_json::to_string(&builtin_document()).unwrap();
    assert_eq!(
        CatalogueDocument::parse(&round_trip).unwrap(),
        builtin_document()
    );
}

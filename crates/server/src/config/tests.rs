//! Layering, reporting and masking of the configuration.

use super::*;

fn env(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn write_file(name: &str, text: &str) -> PathBuf {
    let path = std::env::temp_dir().join(format!("essaim-cfg-{}-{name}.toml", std::process::id()));
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn defaults_apply_without_anything() {
    let config = Layers::from_environment(env(&[]), None)
        .unwrap()
        .resolve()
        .unwrap();
    assert_eq!(config.listen.to_string(), "127.0.0.1:8080");
    assert_eq!(config.data_dir, PathBuf::from("./data"));
    assert!(
        config
            .database_url()
            .starts_with("sqlite://./data/essaim.db")
    );
    assert!(!config.demo);
}

#[test]
fn file_then_environment_then_flags_win_in_order() {
    let file = write_file(
        "order",
        "listen = \"127.0.0.1:1000\"\ndata_dir = \"/srv/a\"\ninstance_name = \"Réseau\"\n",
    );
    let mut layers = Layers::from_environment(
        env(&[
            ("ESSAIM_LISTEN", "127.0.0.1:2000"),
            ("ESSAIM_DATA_DIR", "/srv/b"),
        ]),
        Some(file.clone()),
    )
    .unwrap();
    layers.flag("listen", Some("127.0.0.1:3000".into()));
    let config = layers.resolve().unwrap();
    assert_eq!(config.listen.port(), 3000);
    assert_eq!(config.data_dir, PathBuf::from("/srv/b"));
    assert_eq!(config.instance_name, "Réseau");
    assert_eq!(config.sources["instance_name"], Source::File(file.clone()));
    assert_eq!(
        config.sources["data_dir"],
        Source::Env("ESSAIM_DATA_DIR".into())
    );
    std::fs::remove_file(file).unwrap();
}

#[test]
fn unknown_file_key_is_named() {
    let file = write_file("unknown", "lisen = \"127.0.0.1:1\"\n");
    let error = Layers::from_environment(env(&[]), Some(file.clone())).unwrap_err();
    assert!(
        error.to_string().contains("clé inconnue « lisen »"),
        "{error}"
    );
    std::fs::remove_file(file).unwrap();
}

#[test]
fn mistyped_environment_variable_is_named() {
    let error = Layers::from_environment(env(&[("ESSAIM_LISTN", "x")]), None).unwrap_err();
    assert!(error.to_string().contains("ESSAIM_LISTN"), "{error}");
    // Test-only variables are left to the tests.
    assert!(Layers::from_environment(env(&[("ESSAIM_TEST_DATABASE_URL", "x")]), None).is_ok());
}

#[test]
fn invalid_values_name_the_setting_and_source() {
    let mut layers =
        Layers::from_environment(env(&[("ESSAIM_PUBLIC_URL", "ftp://x")]), None).unwrap();
    layers.flag("listen", Some("localhost".into()));
    let error = layers.resolve().unwrap_err().to_string();
    assert!(error.contains("« listen » (option --listen)"), "{error}");

    let error = Layers::from_environment(env(&[("ESSAIM_PUBLIC_URL", "ftp://x")]), None)
        .unwrap()
        .resolve()
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("« public_url » (variable ESSAIM_PUBLIC_URL)"),
        "{error}"
    );

    for (var, value) in [
        ("ESSAIM_DATABASE_URL", "mysql://db/x"),
        ("ESSAIM_DEMO", "peut-être"),
        ("ESSAIM_LOG", "bavard=="),
        ("ESSAIM_INSTANCE_NAME", " "),
        ("ESSAIM_HEADER_TIMEOUT", "0"),
        ("ESSAIM_IDLE_TIMEOUT", "une minute"),
        ("ESSAIM_IDLE_TIMEOUT", "99999999999999999999"),
    ] {
        let result = Layers::from_environment(env(&[(var, value)]), None)
            .unwrap()
            .resolve();
        assert!(result.is_err(), "{var}={value} should be refused");
    }
}

#[test]
fn printed_configuration_masks_the_database_password() {
    let config = Layers::from_environment(
        env(&[(
            "ESSAIM_DATABASE_URL",
            "postgres://essaim:motdepasse@db/essaim",
        )]),
        None,
    )
    .unwrap()
    .resolve()
    .unwrap();
    let printed = config.to_display_toml();
    assert!(!printed.contains("motdepasse"));
    assert!(printed.contains("postgres://essaim:***@db/essaim"));
    assert!(printed.parse::<toml::Table>().is_ok(), "{printed}");
}

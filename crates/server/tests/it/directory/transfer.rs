//! `essaim export prestataires` and `essaim import prestataires` through the
//! real binary, on the test's database.

use std::process::Output;

use crate::cli::essaim;
use crate::harness::Backend;
use crate::{app, on_both_backends};

on_both_backends![
    export_import_export_gives_the_same_document,
    a_bad_record_stops_the_import_and_writes_nothing
];

/// Runs `essaim ARGS --database-url URL` off the async runtime.
pub(crate) async fn essaim_on(database_url: &str, args: &[&str], stdin: Option<&str>) -> Output {
    let (url, stdin) = (database_url.to_string(), stdin.map(str::to_string));
    let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
    tokio::task::spawn_blocking(move || {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        run(&url, &args, stdin.as_deref())
    })
    .await
    .unwrap()
}

fn run(database_url: &str, args: &[&str], stdin: Option<&str>) -> Output {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let mut command = essaim(dir.path());
    command.args(args).args(["--database-url", database_url]);
    let mut child = command
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    if let Some(text) = stdin {
        child
            .stdin
            .take()
            .unwrap()
            .write_all(text.as_bytes())
            .unwrap();
    }
    drop(child.stdin.take());
    child.wait_with_output().unwrap()
}

async fn export_import_export_gives_the_same_document(backend: Backend) {
    let source = app!(backend);
    let mut document = essaim_server::demo_data(25, 99);
    // A draft and a pending edit travel too.
    document.providers[0].status = essaim_domain::taxonomy::ProviderStatus::Draft;
    document.providers[0].published = None;
    document.providers[1].status = essaim_domain::taxonomy::ProviderStatus::Submitted;
    document.providers[1].profile.pitch = "Nouvelle présentation en attente".into();
    // …and an incomplete draft, which only needs valid values.
    document.providers[2].status = essaim_domain::taxonomy::ProviderStatus::Draft;
    document.providers[2].published = None;
    document.providers[2].profile.structure = None;
    document.providers[2].profile.support_types.clear();
    let listed = crate::directory::fixtures::listed_count(&document);
    source.import(&document).await;
    let first = essaim_on(&source.database_url, &["export", "prestataires"], None).await;
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let exported = String::from_utf8(first.stdout).unwrap();
    assert!(
        exported.contains("Présidence de l'association"),
        "referees are in the full export"
    );

    let target = app!(backend);
    let import = essaim_on(
        &target.database_url,
        &["import", "prestataires", "-"],
        Some(&exported),
    )
    .await;
    assert!(
        import.status.success(),
        "{}",
        String::from_utf8_lossy(&import.stderr)
    );
    assert!(String::from_utf8_lossy(&import.stdout).contains("25 prestataire(s) importé(s)"));
    let second = essaim_on(&target.database_url, &["export", "prestataires"], None).await;
    assert_eq!(String::from_utf8(second.stdout).unwrap(), exported);

    // The running node shows the imported profiles without a restart.
    target.refresh().await;
    let (_, body) = target.get_json("/api/v1/prestataires").await;
    assert_eq!(body["total"], listed, "drafts stay private");
    source.stop().await;
    target.stop().await;
}

async fn a_bad_record_stops_the_import_and_writes_nothing(backend: Backend) {
    let app = app!(backend);
    let mut document = essaim_server::demo_data(5, 4);
    document.providers[3].profile.references[1].year = 1850;
    let text = serde_json::to_string_pretty(&document).unwrap();
    let output = essaim_on(
        &app.database_url,
        &["import", "prestataires", "-"],
        Some(&text),
    )
    .await;
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains(
            "prestataire n° 4, champ « profile.references[2].year » : année invalide : 1850"
        ),
        "{stderr}"
    );
    assert!(!app.db().has_content().await.unwrap(), "nothing written");

    let broken = r#"{"format":"essaim-providers","version":1,"providers":[{"status":"publiee","created_at":1}]}"#;
    let output = essaim_on(
        &app.database_url,
        &["import", "prestataires", "-"],
        Some(broken),
    )
    .await;
    assert_eq!(output.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("prestataire n° 1"),
        "position given"
    );

    // A slug already present: refused whole, even after valid records.
    app.import(&essaim_server::demo_data(2, 4)).await;
    let text = serde_json::to_string(&essaim_server::demo_data(3, 4)).unwrap();
    let output = essaim_on(
        &app.database_url,
        &["import", "prestataires", "-"],
        Some(&text),
    )
    .await;
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("existe déjà"));
    assert_eq!(
        app.db().export_providers().await.unwrap().providers.len(),
        2,
        "database unchanged"
    );
    app.stop().await;
}

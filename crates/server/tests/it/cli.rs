//! The `essaim` command as an operator uses it: real process, real exit codes.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

pub fn essaim(dir: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_essaim"));
    command.current_dir(dir);
    for (key, _) in std::env::vars() {
        if key.starts_with("ESSAIM_") {
            command.env_remove(key);
        }
    }
    command
}

fn run(command: &mut Command) -> (Output, String, String) {
    let output = command.output().expect("essaim runs");
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    (output, stdout, stderr)
}

#[test]
fn version_and_help() {
    let dir = tempfile::tempdir().unwrap();
    let (output, stdout, _) = run(essaim(dir.path()).arg("--version"));
    assert!(output.status.success());
    assert!(stdout.starts_with("essaim "), "{stdout}");
    let (output, stdout, _) = run(essaim(dir.path()).arg("--help"));
    assert!(output.status.success());
    for command in ["serve", "migrate", "print-config", "backup"] {
        assert!(stdout.contains(command), "{command} in help");
    }
}

type Case = (
    Vec<&'static str>,
    Vec<(&'static str, &'static str)>,
    &'static str,
);

#[test]
fn bad_settings_stop_with_a_french_line_and_code_2() {
    let dir = tempfile::tempdir().unwrap();
    // (arguments, environment, what the message must name)
    let cases: Vec<Case> = vec![
        (
            vec!["print-config"],
            vec![("ESSAIM_SMTP_URL", "ftp://courrier")],
            "« smtp_url » (variable ESSAIM_SMTP_URL) : « ftp://courrier » : attendu smtp://",
        ),
        (
            vec!["serve", "--rate-limit-login", "6/semaine"],
            vec![],
            "« rate_limit_login » (option --rate-limit-login) : « semaine » : unité inconnue",
        ),
        (
            vec!["print-config"],
            vec![("ESSAIM_MAIL_BACKEND", "pigeon")],
            "« mail_backend »",
        ),
        (
            vec!["serve", "--listen", "pas-une-adresse"],
            vec![],
            "« listen » (option --listen)",
        ),
        (
            vec!["print-config"],
            vec![("ESSAIM_LISTN", "x")],
            "ESSAIM_LISTN",
        ),
        (
            vec!["print-config"],
            vec![("ESSAIM_PUBLIC_URL", "essaim.org")],
            "« public_url »",
        ),
        (
            vec!["serve", "--time-zone", "Europe/Atlantide"],
            vec![],
            "« time_zone » (option --time-zone) : « Europe/Atlantide » n'est pas un fuseau horaire connu",
        ),
        (
            vec!["serve", "--reply-address", "reponse@forum.exemple.org"],
            vec![],
            "« reply_address » (option --reply-address) : « reponse@forum.exemple.org » : attendu {cle} une fois",
        ),
        (
            vec!["print-config"],
            vec![("ESSAIM_IMAP_URL", "imaps://forum:secret@imap.exemple.org")],
            "« imap_url » (variable ESSAIM_IMAP_URL) : la relève des réponses demande aussi le réglage reply_address",
        ),
        (
            vec!["print-config"],
            vec![
                ("ESSAIM_IMAP_URL", "pop3://forum:secret@exemple.org"),
                ("ESSAIM_REPLY_ADDRESS", "reponse+{cle}@forum.exemple.org"),
            ],
            "« imap_url » (variable ESSAIM_IMAP_URL) : « pop3://forum:***@exemple.org » : attendu imaps://",
        ),
        (
            vec!["migrate", "--log-format", "yaml"],
            vec![],
            "« log_format » (option --log-format) : « yaml » : attendu text ou json",
        ),
        (
            vec![
                "migrate",
                "--database-url",
                "postgres://essaim:secret@127.0.0.1:1/essaim",
            ],
            vec![],
            "« database_url »",
        ),
    ];
    for (args, env, expected) in cases {
        let (output, _, stderr) = run(essaim(dir.path()).args(&args).envs(env.clone()));
        assert_eq!(output.status.code(), Some(2), "{args:?} {env:?}: {stderr}");
        assert!(stderr.contains(expected), "{args:?}: {stderr}");
        assert_eq!(stderr.trim().lines().count(), 1, "one line: {stderr}");
        assert!(
            !stderr.contains("panicked") && !stderr.contains("secret"),
            "{stderr}"
        );
    }

    std::fs::write(
        dir.path().join("essaim.toml"),
        "listen = \"127.0.0.1:0\"\nport = 80\n",
    )
    .unwrap();
    let (output, _, stderr) = run(essaim(dir.path()).arg("print-config"));
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr.contains("clé inconnue « port »"), "{stderr}");
}

#[test]
fn print_config_shows_layers_and_masks_secrets() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("essaim.toml"),
        "instance_name = \"Réseau Bretagne\"\n",
    )
    .unwrap();
    let (output, stdout, stderr) = run(essaim(dir.path())
        .args(["print-config", "--data-dir", "/srv/essaim"])
        .env(
            "ESSAIM_DATABASE_URL",
            "postgres://essaim:tres-secret@db/essaim",
        ));
    assert!(output.status.success(), "{stderr}");
    assert!(
        stdout.contains("instance_name = \"Réseau Bretagne\"  # fichier essaim.toml"),
        "{stdout}"
    );
    assert!(
        stdout.contains("data_dir = \"/srv/essaim\"  # option --data-dir"),
        "{stdout}"
    );
    assert!(
        stdout.contains("postgres://essaim:***@db/essaim"),
        "{stdout}"
    );
    assert!(!stdout.contains("tres-secret"));
}

#[test]
fn migrate_creates_the_data_folder_and_is_idempotent() {
    let dir = tempfile::tempdir().unwrap();
    for _ in 0..2 {
        let (output, stdout, stderr) =
            run(essaim(dir.path()).args(["migrate", "--data-dir", "donnees"]));
        assert!(output.status.success(), "{stderr}");
        assert!(stdout.contains("Schéma à jour"), "{stdout}");
    }
    assert!(dir.path().join("donnees/essaim.db").exists());
}

/// Starts `serve --demo`, waits until it answers, stops it with SIGTERM, and
/// starts it again on the same data folder: the second time the demonstration
/// data is not loaded again, and the log says so.
#[test]
fn serve_stops_cleanly_on_sigterm_and_restarts_on_the_same_data() {
    let dir = tempfile::tempdir().unwrap();
    for round in 0..2 {
        let port = free_port();
        let mut child = essaim(dir.path())
            .args(["serve", "--demo", "--listen", &format!("127.0.0.1:{port}")])
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stderr = child.stderr.take().unwrap();
        let mut lines = BufReader::new(stderr).lines();
        let before_ready: Vec<String> = lines
            .by_ref()
            .map_while(Result::ok)
            .take_while(|line| !line.contains("Essaim est prêt"))
            .collect();
        let demo_line = if round == 0 {
            "données de démonstration chargées"
        } else {
            "les données de démonstration ne sont pas chargées"
        };
        assert!(
            before_ready.iter().any(|l| l.contains(demo_line)),
            "{before_ready:?}"
        );
        assert!(http_get_status(port, "/healthz").starts_with("HTTP/1.1 200"));
        assert!(http_get_status(port, "/annuaire").starts_with("HTTP/1.1 200"));

        let pid = child.id().to_string();
        assert!(
            Command::new("kill")
                .args(["-TERM", &pid])
                .status()
                .unwrap()
                .success()
        );
        let deadline = Instant::now() + Duration::from_secs(10);
        let status = loop {
            if let Some(status) = child.try_wait().unwrap() {
                break status;
            }
            assert!(Instant::now() < deadline, "serve did not stop on SIGTERM");
            std::thread::sleep(Duration::from_millis(50));
        };
        assert!(status.success(), "clean exit: {status:?}");
        let rest: Vec<String> = lines.map_while(Result::ok).collect();
        assert!(
            rest.iter().any(|l| l.contains("Essaim est arrêté")),
            "{rest:?}"
        );
        let admin_hint = rest.iter().any(|l| l.contains("essaim admin create"));
        if round == 0 {
            assert!(admin_hint, "serve tells how to create an admin: {rest:?}");
            let (output, stdout, stderr) = run_with_stdin(
                essaim(dir.path()).args([
                    "admin",
                    "create",
                    "--email",
                    "Admin@Exemple.org",
                    "--role",
                    "admin",
                    "--password-stdin",
                ]),
                "une ruche bien gardée\n",
            );
            assert!(output.status.success(), "{stderr}");
            assert!(stdout.contains("admin@exemple.org"), "{stdout}");
        } else {
            assert!(!admin_hint, "no hint once an admin exists: {rest:?}");
        }
    }
}

fn run_with_stdin(command: &mut Command, input: &str) -> (Output, String, String) {
    use std::io::Write;
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    (output, stdout, stderr)
}

#[test]
fn admin_create_refuses_bad_input_with_a_french_message() {
    let dir = tempfile::tempdir().unwrap();
    let create = |args: &[&str], input: &str| {
        let mut command = essaim(dir.path());
        command.args(["admin", "create"]).args(args);
        run_with_stdin(&mut command, input)
    };
    let cases: [(&[&str], &str, i32, &str); 5] = [
        (
            &["--email", "a@exemple.org", "--password-stdin"],
            "court\n",
            1,
            "au moins 10 caractères",
        ),
        (
            &["--email", "a@exemple.org", "--password-stdin"],
            "azertyuiop\n",
            1,
            "plus courants",
        ),
        (
            &["--email", "pas-une-adresse", "--password-stdin"],
            "une ruche bien gardée\n",
            1,
            "adresse « pas-une-adresse » invalide",
        ),
        (
            &[
                "--email",
                "a@exemple.org",
                "--role",
                "roi",
                "--password-stdin",
            ],
            "une ruche bien gardée\n",
            2,
            "rôle « roi » inconnu",
        ),
        (&["--email", "a@exemple.org"], "", 2, "--password-stdin"),
    ];
    for (args, input, code, message) in cases {
        let (output, _, stderr) = create(args, input);
        assert_eq!(output.status.code(), Some(code), "{args:?}: {stderr}");
        assert!(stderr.contains(message), "{message} in {stderr}");
    }
    let (output, _, stderr) = create(
        &[
            "--email",
            "b@exemple.org",
            "--role",
            "moderateur",
            "--password-stdin",
        ],
        "une ruche bien gardée\n",
    );
    assert!(output.status.success(), "{stderr}");
    let (output, _, stderr) = create(
        &["--email", "B@exemple.org", "--password-stdin"],
        "une autre ruche gardée\n",
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr.contains("existe déjà"), "{stderr}");
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A minimal blocking HTTP/1.1 GET, enough to see the status line.
pub fn http_get_status(port: u16, path: &str) -> String {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    response.lines().next().unwrap_or_default().to_string()
}

#[test]
fn backup_refuses_a_missing_database_and_postgresql() {
    let dir = tempfile::tempdir().unwrap();
    let (output, _, stderr) =
        run(essaim(dir.path()).args(["backup", "copie.db", "--data-dir", "vide"]));
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr.contains("aucune base trouvée"), "{stderr}");
    assert!(
        !dir.path().join("vide/essaim.db").exists(),
        "no empty database created"
    );
}

/// Authentication events reach the log with the request id and the client
/// address, never a password or a token.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn authentication_events_are_logged_without_secrets() {
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let mut child = essaim(dir.path())
        .args(["serve", "--listen", &format!("127.0.0.1:{port}")])
        .args(["--log", "info", "--mail-backend", "memory"])
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let reader = std::thread::spawn(move || {
        BufReader::new(stderr)
            .lines()
            .map_while(Result::ok)
            .collect::<Vec<_>>()
    });
    let base = format!("http://127.0.0.1:{port}");
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .build()
        .unwrap();
    let mut page = String::new();
    for _ in 0..100 {
        if let Ok(response) = client.get(format!("{base}/connexion")).send().await {
            page = response.text().await.unwrap();
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let marker = "name=\"csrf_token\" value=\"";
    let start = page.find(marker).expect("sign-in form") + marker.len();
    let token: String = page[start..].chars().take_while(|c| *c != '"').collect();
    let secret = "mon-secret-tres-personnel";
    let response = client
        .post(format!("{base}/connexion"))
        .form(&[
            ("csrf_token", token.as_str()),
            ("email", "x@exemple.org"),
            ("password", secret),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 422);
    let forged = client
        .post(format!("{base}/connexion"))
        .form(&[
            ("csrf_token", "faux"),
            ("email", "x@exemple.org"),
            ("password", secret),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), 403);

    Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    child.wait().unwrap();
    let log = reader.join().unwrap().join("\n");
    assert!(log.contains("login.failure"), "{log}");
    assert!(log.contains("csrf.token-refused"), "{log}");
    assert!(
        log.contains("127.0.0.1"),
        "the client address is in the span"
    );
    assert!(!log.contains(secret), "no password in the log");
    assert!(!log.contains(&token), "no token in the log");
}

/// Written to a file or a pipe, the text logs carry no colour codes; with
/// `--log-format json`, each line is one JSON object.
#[test]
fn logs_are_plain_in_a_file_and_json_on_request() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("donnees");
    let data = data.to_str().unwrap();
    let (output, _, stderr) =
        run(essaim(dir.path()).args(["migrate", "--data-dir", data, "--log", "info"]));
    assert!(output.status.success(), "{stderr}");
    assert!(!stderr.trim().is_empty(), "the migration is logged");
    assert!(!stderr.contains('\u{1b}'), "no colour codes: {stderr:?}");

    let other = dir.path().join("autres");
    let (output, _, stderr) = run(essaim(dir.path()).args([
        "migrate",
        "--data-dir",
        other.to_str().unwrap(),
        "--log",
        "info",
        "--log-format",
        "json",
    ]));
    assert!(output.status.success(), "{stderr}");
    let lines: Vec<&str> = stderr.lines().filter(|l| !l.trim().is_empty()).collect();
    assert!(!lines.is_empty());
    for line in lines {
        let value: serde_json::Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}"));
        assert!(
            value["level"].is_string() && value["fields"].is_object(),
            "{line}"
        );
    }
}

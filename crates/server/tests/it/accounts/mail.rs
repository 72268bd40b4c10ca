//! The outbox: jobs survive restarts, failures are retried, and a real SMTP
//! server on loopback receives what the file and memory backends get.

use std::process::{Child, Command, Stdio};
use std::time::Duration;

use crate::harness::{Backend, PASSWORD, skip, token_in};
use crate::{app, on_both_backends};

on_both_backends!(
    a_queued_email_is_sent_once_across_restarts,
    a_failed_send_is_retried_later,
);

fn outbox_files(dir: &std::path::Path) -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(dir.join("outbox"))
        .map(|entries| {
            entries
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .filter(|name| name.ends_with(".eml"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

async fn a_queued_email_is_sent_once_across_restarts(backend: Backend) {
    let mut app = app!(backend, &[("mail_backend", "file")]);
    // Queued while the server is down, as if it had stopped mid-way.
    app.restart(|db| async move {
        let payload = serde_json::json!({
            "to": "quentin@exemple.org",
            "locale": "fr",
            "mail": {"kind": "reset-password", "link": "http://exemple.org/mot-de-passe-oublie/nouveau?jeton=ab"}
        });
        let mut tx = db.begin().await.unwrap();
        tx.enqueue_job("email", &payload.to_string(), essaim_store::now_unix())
            .await
            .unwrap();
        tx.commit().await.unwrap();
    })
    .await;
    app.wait_for_jobs().await;
    let files = outbox_files(app.data_dir.path());
    assert_eq!(files.len(), 1, "{files:?}");
    let text = std::fs::read_to_string(app.data_dir.path().join("outbox").join(&files[0])).unwrap();
    assert!(text.contains("To: quentin@exemple.org"));
    assert!(text.contains("Content-Type: text/plain") && text.contains("Content-Type: text/html"));

    app.restart(|_| async {}).await;
    app.wait_for_jobs().await;
    assert_eq!(
        outbox_files(app.data_dir.path()),
        files,
        "not sent again after a restart"
    );
    assert_eq!(app.db().pending_job_count().await.unwrap(), 0);
    app.stop().await;
}

async fn a_failed_send_is_retried_later(backend: Backend) {
    // Nothing listens on port 9 of the loopback: every send fails.
    let mut app = app!(
        backend,
        &[("mail_backend", "smtp"), ("smtp_url", "smtp://127.0.0.1:9")]
    );
    let response = app
        .visitor()
        .post_form(
            "/inscription",
            &[("email", "rose@exemple.org"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(response.status(), 303);
    app.wait_for_jobs().await;
    let row =
        sqlx::query("SELECT state, attempts, last_error, run_after FROM jobs WHERE kind = 'email'")
            .fetch_one(app.db().pool())
            .await
            .unwrap();
    use sqlx::Row;
    assert_eq!(row.get::<String, _>(0), "pending", "kept for a retry");
    assert_eq!(row.get::<i64, _>(1), 1);
    assert!(!row.get::<String, _>(2).is_empty(), "the error is recorded");
    assert!(
        row.get::<i64, _>(3) > essaim_store::now_unix() + 10,
        "retried after a delay"
    );
    app.expect_unfinished_jobs(1);
    app.stop().await;
}

/// aiosmtpd (Debian's python3-aiosmtpd) writing what it receives to a
/// maildir.
struct SmtpServer {
    child: Child,
    port: u16,
    maildir: tempfile::TempDir,
}

impl SmtpServer {
    fn start() -> Option<SmtpServer> {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let maildir = tempfile::tempdir().unwrap();
        // Debian's interpreter, where python3-aiosmtpd is installed, even
        // when another python3 comes first in PATH.
        let python = if std::path::Path::new("/usr/bin/python3").exists() {
            "/usr/bin/python3"
        } else {
            "python3"
        };
        let spawned = Command::new(python)
            .args(["-m", "aiosmtpd", "-n", "-l", &format!("127.0.0.1:{port}")])
            .args(["-c", "aiosmtpd.handlers.Mailbox"])
            .arg(maildir.path().join("boite"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn();
        let Ok(child) = spawned else {
            skip("test SMTP", "python3 absent");
            return None;
        };
        let mut server = SmtpServer {
            child,
            port,
            maildir,
        };
        for _ in 0..100 {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return Some(server);
            }
            if let Ok(Some(_)) = server.child.try_wait() {
                skip("test SMTP", "python3-aiosmtpd n'est pas installé");
                return None;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = server.child.kill();
        skip("test SMTP", "aiosmtpd ne répond pas");
        None
    }

    fn messages(&self) -> Vec<String> {
        let new = self.maildir.path().join("boite").join("new");
        std::fs::read_dir(new)
            .map(|entries| {
                entries
                    .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
                    .collect()
            })
            .unwrap_or_default()
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn registration_email_goes_through_a_real_smtp_server() {
    let Some(smtp) = SmtpServer::start() else {
        return;
    };
    let url = format!("smtp://127.0.0.1:{}", smtp.port);
    let app = app!(
        Backend::Sqlite,
        &[
            ("mail_backend", "smtp"),
            ("smtp_url", url.as_str()),
            ("mail_from", "Essaim Test <essaim@exemple.org>")
        ]
    );
    let visitor = app.visitor();
    let response = visitor
        .post_form(
            "/inscription",
            &[("email", "sacha@exemple.org"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(response.status(), 303);
    app.wait_for_jobs().await;
    let mut messages = smtp.messages();
    for _ in 0..100 {
        if !messages.is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
        messages = smtp.messages();
    }
    assert_eq!(messages.len(), 1, "exactly one message received");
    let message = &messages[0];
    assert!(
        message.contains("From: \"Essaim Test\" <essaim@exemple.org>"),
        "{message}"
    );
    assert!(message.contains("To: sacha@exemple.org"));
    assert!(message.contains("multipart/alternative"));
    // The link received by SMTP confirms the account.
    let token = token_in(message, "/inscription/confirmer");
    let confirmed = visitor
        .post_form("/inscription/confirmer", &[("jeton", &token)])
        .await;
    assert_eq!(confirmed.status(), 303);
    assert_eq!(
        visitor
            .sign_in("sacha@exemple.org", PASSWORD)
            .await
            .status(),
        303
    );
    app.stop().await;
}

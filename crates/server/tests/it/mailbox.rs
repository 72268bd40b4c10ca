//! A real IMAP server for the tests: Debian's Dovecot, started on a free
//! loopback port with a mailbox of its own in a temporary folder. Messages
//! arrive by being written into the mailbox's Maildir, as a local delivery
//! agent would.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use crate::cli::free_port;
use crate::harness::skip;

pub const USER: &str = "forum";
pub const PASSWORD: &str = "secret-de-test";

pub struct Dovecot {
    pub port: u16,
    dir: tempfile::TempDir,
    child: Child,
    /// Who owns the mail files: Dovecot never opens a mailbox as root.
    owner: (u32, u32),
}

const BINARY: &str = "/usr/sbin/dovecot";

impl Dovecot {
    /// Starts Dovecot, or returns `None` (after saying so) where it is not
    /// installed; in CI that is a failure.
    pub async fn start() -> Option<Dovecot> {
        if !Path::new(BINARY).exists() {
            skip("Dovecot", "paquet dovecot-imapd absent");
            return None;
        }
        let dir = tempfile::tempdir().expect("temporary folder");
        let root = dir.path();
        std::fs::set_permissions(root, std::os::unix::fs::PermissionsExt::from_mode(0o755))
            .unwrap();
        let as_root = current_uid() == 0;
        let owner = if as_root {
            (65534, 65534)
        } else {
            (current_uid(), current_gid())
        };
        let me = std::env::var("USER").unwrap_or_else(|_| "nobody".into());
        let (internal_user, login_user) = if as_root {
            ("dovecot".to_string(), "dovenull".to_string())
        } else {
            (me.clone(), me)
        };
        let port = free_port();
        for folder in ["run", "state", "home"] {
            std::fs::create_dir_all(root.join(folder)).unwrap();
        }
        std::fs::write(root.join("users"), format!("{USER}:{{PLAIN}}{PASSWORD}\n")).unwrap();
        let home = root.join("home");
        for folder in ["new", "cur", "tmp"] {
            create_owned(&home, &maildir(root).join(folder), owner);
        }
        let root = root.display().to_string();
        let config = format!(
            "base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
protocols = imap
listen = 127.0.0.1
first_valid_uid = 1
default_internal_user = {internal_user}
default_login_user = {login_user}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/users
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/home/%u
}}
mail_location = maildir:~/Maildir
",
            uid = owner.0,
            gid = owner.1,
        );
        let config_path = dir.path().join("dovecot.conf");
        std::fs::write(&config_path, config).unwrap();
        let child = Command::new(BINARY)
            .arg("-F")
            .arg("-c")
            .arg(&config_path)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("dovecot starts");
        let mut dovecot = Dovecot {
            port,
            dir,
            child,
            owner,
        };
        for _ in 0..100 {
            if tokio::net::TcpStream::connect(("127.0.0.1", port))
                .await
                .is_ok()
            {
                return Some(dovecot);
            }
            if let Ok(Some(status)) = dovecot.child.try_wait() {
                panic!("dovecot s'est arrêté ({status}) : {}", dovecot.log());
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("dovecot n'écoute pas : {}", dovecot.log());
    }

    /// The `imap_url` setting of this mailbox.
    pub fn url(&self) -> String {
        format!("imap://{USER}:{PASSWORD}@127.0.0.1:{}/INBOX", self.port)
    }

    fn maildir(&self) -> PathBuf {
        maildir(self.dir.path())
    }

    /// Delivers a message into the mailbox.
    pub fn deliver(&self, name: &str, raw: &str) {
        let tmp = self.maildir().join("tmp").join(name);
        std::fs::write(&tmp, raw.replace('\n', "\r\n")).unwrap();
        std::os::unix::fs::chown(&tmp, Some(self.owner.0), Some(self.owner.1)).unwrap();
        std::fs::rename(&tmp, self.maildir().join("new").join(name)).unwrap();
    }

    /// How many messages the mailbox holds.
    pub fn messages(&self) -> usize {
        ["new", "cur"]
            .iter()
            .map(|f| std::fs::read_dir(self.maildir().join(f)).unwrap().count())
            .sum()
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("dovecot.log")).unwrap_or_default()
    }
}

impl Drop for Dovecot {
    fn drop(&mut self) {
        // SIGTERM lets the master stop its login and IMAP processes.
        let _ = Command::new("kill")
            .arg(self.child.id().to_string())
            .status();
        let _ = self.child.wait();
    }
}

fn maildir(root: &Path) -> PathBuf {
    root.join("home").join(USER).join("Maildir")
}

/// Creates `path` and gives every folder below `home` to the mail owner.
fn create_owned(home: &Path, path: &Path, owner: (u32, u32)) {
    std::fs::create_dir_all(path).unwrap();
    let mut current = home.to_path_buf();
    for part in path.strip_prefix(home).unwrap() {
        current = current.join(part);
        std::os::unix::fs::chown(&current, Some(owner.0), Some(owner.1)).unwrap();
    }
}

fn current_uid() -> u32 {
    id("-u")
}

fn current_gid() -> u32 {
    id("-g")
}

/// The user and group of the tests, from `id` (no libc call needed).
fn id(flag: &str) -> u32 {
    let output = Command::new("id").arg(flag).output().expect("id runs");
    String::from_utf8_lossy(&output.stdout)
        .trim()
        .parse()
        .expect("a number")
}

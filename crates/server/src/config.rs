//! Configuration as one typed value: defaults < `essaim.toml` < `ESSAIM_*`
//! environment variables < command-line options. Every mistake is reported
//! in French with the setting and where it came from.

use std::collections::BTreeMap;
use std::fmt;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use url::Url;

/// The SQLite database in the data folder, when no URL is configured.
const SQLITE_FILE: &str = "essaim.db";

mod display;
mod email_in;
mod settings;
pub use email_in::EmailIn;
pub use settings::{SETTINGS, Setting};

/// Where a value came from, to name it in messages and in `print-config`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Default,
    File(PathBuf),
    Env(String),
    Flag(&'static str),
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Default => write!(f, "valeur par défaut"),
            Source::File(path) => write!(f, "fichier {}", path.display()),
            Source::Env(var) => write!(f, "variable {var}"),
            Source::Flag(flag) => write!(f, "option {flag}"),
        }
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ConfigError {
    #[error("réglage « {key} » ({origin}) : {reason}")]
    Invalid {
        key: &'static str,
        origin: Source,
        reason: String,
    },
    #[error("clé inconnue « {key} » dans {path} (clés possibles : {known})")]
    UnknownKey {
        key: String,
        path: String,
        known: String,
    },
    #[error("variable d'environnement inconnue {var} (variables possibles : {known})")]
    UnknownEnv { var: String, known: String },
    #[error("fichier de configuration {path} illisible : {reason}")]
    File { path: String, reason: String },
}

/// The settings in force, all valid.
#[derive(Debug, Clone)]
pub struct Config {
    pub listen: SocketAddr,
    pub data_dir: PathBuf,
    database_url: Option<String>,
    pub public_url: Option<Url>,
    pub demo: bool,
    pub log: String,
    pub log_format: LogFormat,
    pub instance_name: String,
    pub map_tile_url: String,
    pub map_attribution: String,
    pub data_licence: String,
    pub mail: MailSettings,
    pub rates: essaim_web::rate_limit::RateSettings,
    pub behind_proxy: bool,
    pub reminder_after_days: i64,
    pub stale_after_days: i64,
    /// Minutes a forum notification waits before its email.
    pub notification_delay_minutes: i64,
    /// Forum notification emails per member and 24 hours, at most.
    pub notification_daily_cap: i64,
    /// When a new member of the forum stops being limited.
    pub trust: essaim_domain::community::trust::TrustRules,
    /// A library link is checked again after this many days.
    pub link_check_days: i64,
    /// A new member's first post waits for a moderator.
    pub hold_first_post: bool,
    /// Replies to forum emails: the address with its key, the mailbox
    /// polled and how often.
    pub email_in: EmailIn,
    pub time_zone: essaim_domain::date::TimeZone,
    pub timeouts: crate::http::Timeouts,
    /// Where each value came from, by key.
    pub sources: BTreeMap<&'static str, Source>,
}

/// How log lines are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    /// For people: colours only when written to a terminal.
    Text,
    /// One JSON object per line, for log collectors.
    Json,
}

/// How emails leave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MailBackend {
    Smtp(String),
    File,
    Memory,
}

#[derive(Debug, Clone)]
pub struct MailSettings {
    pub backend: MailBackend,
    /// The configured sender, empty for the default one.
    pub from: String,
}

/// Raw values collected from the layers, before parsing.
#[derive(Debug, Default)]
pub struct Layers {
    values: BTreeMap<&'static str, (String, Source)>,
    config_file: Option<PathBuf>,
}

impl Layers {
    /// Starts from the defaults, then the environment decides which file to
    /// read (`ESSAIM_CONFIG`, or `./essaim.toml` when it exists).
    pub fn from_environment(
        env: impl IntoIterator<Item = (String, String)>,
        config_flag: Option<PathBuf>,
    ) -> Result<Layers, ConfigError> {
        let env: Vec<(String, String)> = env
            .into_iter()
            .filter(|(k, _)| k.starts_with("ESSAIM_"))
            .collect();
        let mut layers = Layers::default();
        let env_file = env
            .iter()
            .find(|(k, _)| k == "ESSAIM_CONFIG")
            .map(|(_, v)| PathBuf::from(v));
        let explicit = config_flag.or(env_file);
        let file = explicit.clone().or_else(|| {
            let default = PathBuf::from("essaim.toml");
            default.exists().then_some(default)
        });
        if let Some(path) = file {
            layers.read_file(&path)?;
            layers.config_file = Some(path);
        }
        for (var, value) in env {
            if var == "ESSAIM_CONFIG" || var.starts_with("ESSAIM_TEST_") {
                continue;
            }
            let setting = SETTINGS
                .iter()
                .find(|s| s.env_var() == var)
                .ok_or_else(|| ConfigError::UnknownEnv {
                    var: var.clone(),
                    known: SETTINGS
                        .iter()
                        .map(|s| s.env_var())
                        .collect::<Vec<_>>()
                        .join(", "),
                })?;
            layers.set(setting.key, value, Source::Env(var));
        }
        Ok(layers)
    }

    fn read_file(&mut self, path: &Path) -> Result<(), ConfigError> {
        let file_error = |reason: String| ConfigError::File {
            path: path.display().to_string(),
            reason,
        };
        let text = std::fs::read_to_string(path).map_err(|e| file_error(e.to_string()))?;
        let table: toml::Table = text
            .parse()
            .map_err(|e: toml::de::Error| file_error(e.message().to_string()))?;
        for (key, value) in table {
            let Some(setting) = SETTINGS.iter().find(|s| s.key == key) else {
                return Err(ConfigError::UnknownKey {
                    key,
                    path: path.display().to_string(),
                    known: SETTINGS
                        .iter()
                        .map(|s| s.key)
                        .collect::<Vec<_>>()
                        .join(", "),
                });
            };
            let text = match value {
                toml::Value::String(s) => s,
                toml::Value::Boolean(b) => b.to_string(),
                toml::Value::Integer(i) => i.to_string(),
                other => {
                    return Err(ConfigError::Invalid {
                        key: setting.key,
                        origin: Source::File(path.to_path_buf()),
                        reason: format!("valeur de type {} inattendue", other.type_str()),
                    });
                }
            };
            self.set(setting.key, text, Source::File(path.to_path_buf()));
        }
        Ok(())
    }

    /// A value given on the command line, which wins over everything else.
    pub fn flag(&mut self, key: &'static str, value: Option<String>) {
        if let Some(value) = value {
            let setting = SETTINGS
                .iter()
                .find(|s| s.key == key)
                .expect("known setting");
            self.set(setting.key, value, Source::Flag(setting.flag));
        }
    }

    fn set(&mut self, key: &'static str, value: String, source: Source) {
        self.values.insert(key, (value, source));
    }

    pub fn config_file(&self) -> Option<&Path> {
        self.config_file.as_deref()
    }

    /// Parses every value; the first invalid one is reported.
    pub fn resolve(self) -> Result<Config, ConfigError> {
        let mut sources = BTreeMap::new();
        let mut raw = BTreeMap::new();
        for setting in SETTINGS {
            let (value, source) = self
                .values
                .get(setting.key)
                .cloned()
                .unwrap_or_else(|| (setting.default.to_string(), Source::Default));
            sources.insert(setting.key, source);
            raw.insert(setting.key, value.trim().to_string());
        }
        let invalid = |key: &'static str, reason: String| ConfigError::Invalid {
            key,
            origin: sources[key].clone(),
            reason,
        };

        let listen = raw["listen"].parse::<SocketAddr>().map_err(|_| {
            invalid(
                "listen",
                format!(
                    "« {} » n'est pas une adresse IP:port (exemple : 127.0.0.1:8080)",
                    raw["listen"]
                ),
            )
        })?;
        if raw["data_dir"].is_empty() {
            return Err(invalid("data_dir", "le chemin est vide".into()));
        }
        let data_dir = PathBuf::from(&raw["data_dir"]);
        let database_url = match raw["database_url"].as_str() {
            "" => None,
            url if essaim_store::Backend::from_url(url).is_ok() => Some(url.to_string()),
            url => {
                return Err(invalid(
                    "database_url",
                    format!(
                        "« {} » n'est ni une adresse sqlite:… ni postgres://…",
                        essaim_store::redact_url(url)
                    ),
                ));
            }
        };
        let public_url = match raw["public_url"].as_str() {
            "" => None,
            text => {
                let url = Url::parse(text)
                    .ok()
                    .filter(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some())
                    .ok_or_else(|| {
                        invalid(
                            "public_url",
                            format!("« {text} » n'est pas une adresse http:// ou https://"),
                        )
                    })?;
                Some(url)
            }
        };
        let demo = parse_bool(&raw["demo"]).ok_or_else(|| {
            invalid(
                "demo",
                format!("« {} » : attendu true ou false", raw["demo"]),
            )
        })?;
        let log = raw["log"].clone();
        if log.parse::<tracing_subscriber::filter::Targets>().is_err() {
            return Err(invalid(
                "log",
                format!("« {log} » n'est pas un niveau de journalisation"),
            ));
        }
        let log_format = match raw["log_format"].as_str() {
            "text" => LogFormat::Text,
            "json" => LogFormat::Json,
            other => {
                return Err(invalid(
                    "log_format",
                    format!("« {other} » : attendu text ou json"),
                ));
            }
        };
        let instance_name = raw["instance_name"].clone();
        if instance_name.is_empty() || instance_name.chars().count() > 80 {
            return Err(invalid(
                "instance_name",
                "attendu un nom de 1 à 80 caractères".into(),
            ));
        }
        let map_tile_url = raw["map_tile_url"].clone();
        let tile_origin_ok = Url::parse(&map_tile_url.replace(['{', '}'], ""))
            .is_ok_and(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some());
        if !tile_origin_ok
            || !["{z}", "{x}", "{y}"]
                .iter()
                .all(|p| map_tile_url.contains(p))
        {
            return Err(invalid(
                "map_tile_url",
                format!(
                    "« {map_tile_url} » : attendu une adresse https://… contenant {{z}}, {{x}} et {{y}}"
                ),
            ));
        }
        for key in ["map_attribution", "data_licence"] {
            if raw[key].is_empty() || raw[key].chars().count() > 200 {
                return Err(invalid(
                    key,
                    "attendu un texte de 1 à 200 caractères".into(),
                ));
            }
        }
        let smtp_url = raw["smtp_url"].clone();
        if !smtp_url.is_empty() {
            essaim_app::mail::check_smtp_url(&smtp_url).map_err(|reason| {
                invalid(
                    "smtp_url",
                    format!("« {} » : {reason}", essaim_store::redact_url(&smtp_url)),
                )
            })?;
        }
        let backend = match (raw["mail_backend"].as_str(), smtp_url.is_empty()) {
            ("auto", false) | ("smtp", false) => MailBackend::Smtp(smtp_url),
            ("smtp", true) => {
                return Err(invalid(
                    "mail_backend",
                    "smtp demande aussi le réglage smtp_url".into(),
                ));
            }
            ("auto", true) | ("file", _) => MailBackend::File,
            ("memory", _) => MailBackend::Memory,
            (other, _) => {
                return Err(invalid(
                    "mail_backend",
                    format!("« {other} » : attendu auto, smtp, file ou memory"),
                ));
            }
        };
        let mail_host = public_url
            .as_ref()
            .and_then(|u| u.host_str())
            .unwrap_or("localhost")
            .to_string();
        essaim_app::mail::sender(&raw["mail_from"], &mail_host)
            .map_err(|reason| invalid("mail_from", reason))?;
        let rule = |key: &'static str| {
            essaim_web::rate_limit::parse_rules(&raw[key]).map_err(|reason| invalid(key, reason))
        };
        let rates = essaim_web::rate_limit::RateSettings {
            login: rule("rate_limit_login")?,
            registration: rule("rate_limit_registration")?,
            password_reset: rule("rate_limit_password_reset")?,
            contact: rule("rate_limit_contact")?,
        };
        let behind_proxy = parse_bool(&raw["behind_proxy"]).ok_or_else(|| {
            invalid(
                "behind_proxy",
                format!("« {} » : attendu true ou false", raw["behind_proxy"]),
            )
        })?;
        let days = |key: &'static str| {
            raw[key]
                .parse::<i64>()
                .ok()
                .filter(|d| (1..=3650).contains(d))
                .ok_or_else(|| {
                    invalid(
                        key,
                        format!("« {} » : attendu un nombre de jours de 1 à 3650", raw[key]),
                    )
                })
        };
        let time_zone = essaim_domain::date::TimeZone::named(&raw["time_zone"]).ok_or_else(|| {
            invalid(
                "time_zone",
                format!(
                    "« {} » n'est pas un fuseau horaire connu (exemples : Europe/Paris, America/Cayenne)",
                    raw["time_zone"]
                ),
            )
        })?;
        let seconds = |key: &'static str| {
            raw[key]
                .parse::<u64>()
                .ok()
                .filter(|s| (1..=3600).contains(s))
                .map(std::time::Duration::from_secs)
                .ok_or_else(|| {
                    invalid(
                        key,
                        format!(
                            "« {} » : attendu un nombre de secondes de 1 à 3600",
                            raw[key]
                        ),
                    )
                })
        };
        let timeouts = crate::http::Timeouts {
            header: seconds("header_timeout")?,
            idle: seconds("idle_timeout")?,
        };
        let count = |key: &'static str, range: std::ops::RangeInclusive<i64>| {
            raw[key]
                .parse::<i64>()
                .ok()
                .filter(|n| range.contains(n))
                .ok_or_else(|| {
                    invalid(
                        key,
                        format!(
                            "« {} » : attendu un nombre entier de {} à {}",
                            raw[key],
                            range.start(),
                            range.end()
                        ),
                    )
                })
        };
        let notification_delay_minutes = count("notification_delay", 0..=1440)?;
        let notification_daily_cap = count("notification_daily_cap", 1..=1000)?;
        let trust = essaim_domain::community::trust::TrustRules {
            topics_read: count("trust_topics_read", 0..=1000)?,
            days: count("trust_days", 0..=365)?,
        };
        let hold_first_post = parse_bool(&raw["hold_first_post"]).ok_or_else(|| {
            invalid(
                "hold_first_post",
                format!("« {} » : attendu true ou false", raw["hold_first_post"]),
            )
        })?;
        let email_in = email_in::parse(&raw, &invalid)?;
        let reminder_after_days = days("reminder_after_days")?;
        let stale_after_days = days("stale_after_days")?;
        let link_check_days = count("link_check_days", 1..=365)?;
        Ok(Config {
            link_check_days,
            time_zone,
            timeouts,
            reminder_after_days,
            stale_after_days,
            notification_delay_minutes,
            notification_daily_cap,
            trust,
            hold_first_post,
            email_in,
            mail: MailSettings {
                backend,
                from: raw["mail_from"].clone(),
            },
            rates,
            behind_proxy,
            map_tile_url,
            map_attribution: raw["map_attribution"].clone(),
            data_licence: raw["data_licence"].clone(),
            listen,
            data_dir,
            database_url,
            public_url,
            demo,
            log,
            log_format,
            instance_name,
            sources,
        })
    }
}

fn parse_bool(text: &str) -> Option<bool> {
    match text.to_ascii_lowercase().as_str() {
        "true" | "1" | "yes" | "oui" | "on" => Some(true),
        "false" | "0" | "no" | "non" | "off" | "" => Some(false),
        _ => None,
    }
}

impl Config {
    /// The database to use: the configured one, or `essaim.db` in the data
    /// folder.
    pub fn database_url(&self) -> String {
        self.database_url.clone().unwrap_or_else(|| {
            essaim_store::Database::sqlite_url_for_file(&self.data_dir.join(SQLITE_FILE))
        })
    }

    /// The folder of the file outbox.
    pub fn outbox_dir(&self) -> PathBuf {
        self.data_dir.join("outbox")
    }

    /// The address of links in emails: the public address, or the one the
    /// server actually listens on.
    pub fn link_base(&self, bound: SocketAddr) -> Url {
        self.public_url.clone().unwrap_or_else(|| {
            let host = if bound.ip().is_unspecified() {
                "localhost".to_string()
            } else {
                bound.to_string()
            };
            let host = if bound.ip().is_unspecified() {
                format!("{host}:{}", bound.port())
            } else {
                host
            };
            Url::parse(&format!("http://{host}/")).expect("socket address URL")
        })
    }

    /// The SQLite file in the data folder, when no database URL is set.
    pub fn default_sqlite_file(&self) -> Option<PathBuf> {
        self.database_url
            .is_none()
            .then(|| self.data_dir.join(SQLITE_FILE))
    }
}

#[cfg(test)]
mod tests;

//! One file per command.

mod admin;
mod backup;
mod catalogue;
mod courses;
mod export;
mod import;
mod mail;
mod migrate;
mod print_config;
mod serve;

use essaim_server::Config;
use essaim_server::config::Layers;
use essaim_server::config::LogFormat;

use crate::cli::{Cli, Command, Dataset, ExportWhat, ImportWhat, MailAction};

/// A failed command: the one-line message and the exit code.
pub struct Failure {
    pub message: String,
    pub code: u8,
}

impl Failure {
    pub fn new(code: u8, message: impl std::fmt::Display) -> Failure {
        Failure {
            message: message.to_string(),
            code,
        }
    }
}

pub async fn run(cli: Cli) -> Result<(), Failure> {
    let config = load_config(&cli)?;
    init_logging(&config);
    match cli.command {
        Command::Serve(_) => serve::run(&config).await,
        Command::Migrate => migrate::run(&config).await,
        Command::PrintConfig => {
            print_config::run(&config);
            Ok(())
        }
        Command::Backup { file } => backup::run(&config, &file).await,
        Command::Mail {
            action: MailAction::Receive,
        } => mail::receive(&config).await,
        Command::Admin { action } => admin::run(&config, action).await,
        Command::Export { what } => match what {
            ExportWhat::Prestataires => export::run(&config).await,
            ExportWhat::Catalogue => catalogue::export(&config).await,
            ExportWhat::Parcours { slug, dir } => courses::export(&config, &slug, &dir).await,
        },
        Command::Import { what } => match what {
            ImportWhat::Prestataires { file } => {
                import::run(&config, Dataset::Prestataires, &file).await
            }
            ImportWhat::Catalogue { file } => import::run(&config, Dataset::Catalogue, &file).await,
            ImportWhat::Parcours { dir, publier } => courses::import(&config, &dir, publier).await,
        },
        Command::DemoData {
            seed,
            forum: Some(topics),
            ..
        } => {
            let db = essaim_server::prepare_database(&config)
                .await
                .map_err(|e| Failure::new(e.exit_code() as u8, e))?;
            let written = essaim_server::load_demo_forum(&db, topics, seed).await;
            db.close().await;
            let (topics, posts) = written.map_err(|e| Failure::new(1, format!("{e:#}")))?;
            println!("Forum de démonstration : {topics} sujets, {posts} messages.");
            Ok(())
        }
        Command::DemoData {
            seed,
            library: Some(resources),
            ..
        } => {
            let db = essaim_server::prepare_database(&config)
                .await
                .map_err(|e| Failure::new(e.exit_code() as u8, e))?;
            let written = essaim_server::load_demo_library(&db, resources, seed).await;
            db.close().await;
            let resources = written.map_err(|e| Failure::new(1, format!("{e:#}")))?;
            println!("Bibliothèque de démonstration : {resources} ressources.");
            Ok(())
        }
        Command::DemoData { count, seed, .. } => {
            let document = essaim_server::demo_data(count, seed);
            println!(
                "{}",
                serde_json::to_string(&document).map_err(|e| Failure::new(1, e))?
            );
            Ok(())
        }
    }
}

fn load_config(cli: &Cli) -> Result<Config, Failure> {
    let mut layers = Layers::from_environment(std::env::vars(), cli.common.config.clone())
        .map_err(|e| Failure::new(2, e))?;
    layers.flag("data_dir", cli.common.data_dir.clone());
    layers.flag("database_url", cli.common.database_url.clone());
    layers.flag("log", cli.common.log.clone());
    layers.flag("log_format", cli.common.log_format.clone());
    if let Command::Serve(args) = &cli.command {
        layers.flag("listen", args.listen.clone());
        layers.flag("public_url", args.public_url.clone());
        layers.flag("instance_name", args.instance_name.clone());
        layers.flag("map_tile_url", args.map_tile_url.clone());
        layers.flag("map_attribution", args.map_attribution.clone());
        layers.flag("data_licence", args.data_licence.clone());
        layers.flag("mail_backend", args.mail_backend.clone());
        layers.flag("smtp_url", args.smtp_url.clone());
        layers.flag("mail_from", args.mail_from.clone());
        layers.flag("rate_limit_login", args.rate_limit_login.clone());
        layers.flag(
            "rate_limit_registration",
            args.rate_limit_registration.clone(),
        );
        layers.flag(
            "rate_limit_password_reset",
            args.rate_limit_password_reset.clone(),
        );
        layers.flag("rate_limit_contact", args.rate_limit_contact.clone());
        layers.flag("reminder_after_days", args.reminder_after_days.clone());
        layers.flag("stale_after_days", args.stale_after_days.clone());
        layers.flag("notification_delay", args.notification_delay.clone());
        layers.flag("trust_topics_read", args.trust_topics_read.clone());
        layers.flag("trust_days", args.trust_days.clone());
        layers.flag("hold_first_post", args.hold_first_post.clone());
        layers.flag("link_check_days", args.link_check_days.clone());
        layers.flag("reply_address", args.reply_address.clone());
        layers.flag("imap_url", args.imap_url.clone());
        layers.flag("imap_interval", args.imap_interval.clone());
        layers.flag(
            "notification_daily_cap",
            args.notification_daily_cap.clone(),
        );
        layers.flag("time_zone", args.time_zone.clone());
        layers.flag("header_timeout", args.header_timeout.clone());
        layers.flag("idle_timeout", args.idle_timeout.clone());
        if args.behind_proxy {
            layers.flag("behind_proxy", Some("true".into()));
        }
        if args.demo {
            layers.flag("demo", Some("true".into()));
        }
    }
    layers.resolve().map_err(|e| Failure::new(2, e))
}

fn init_logging(config: &Config) {
    let filter: tracing_subscriber::filter::Targets = config
        .log
        .parse()
        .unwrap_or_else(|_| "info".parse().expect("static filter"));
    use std::io::IsTerminal;
    use tracing_subscriber::layer::SubscriberExt;
    use tracing_subscriber::util::SubscriberInitExt;
    let registry = tracing_subscriber::registry().with(filter);
    let _ = match config.log_format {
        // Colour codes only for a terminal: a file or journald would keep
        // them as noise.
        LogFormat::Text => registry
            .with(
                tracing_subscriber::fmt::layer()
                    .with_writer(std::io::stderr)
                    .with_ansi(std::io::stderr().is_terminal()),
            )
            .try_init(),
        LogFormat::Json => registry
            .with(
                tracing_subscriber::fmt::layer()
                    .json()
                    .with_writer(std::io::stderr),
            )
            .try_init(),
    };
}

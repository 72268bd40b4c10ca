//! Starting and stopping the HTTP server on a prepared database.

use std::net::SocketAddr;

use essaim_app::{App, Links, Mailer};
use essaim_store::{Database, PoolSettings, StoreError};
use essaim_web::{AppState, SecuritySettings, SiteSettings};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use crate::config::MailBackend;
use crate::{Config, demo};

/// Why the server could not start. Each variant names the setting at fault.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("réglage « data_dir » : impossible de créer le dossier {path} : {source}")]
    DataDir {
        path: String,
        source: std::io::Error,
    },
    #[error("réglage « database_url » : {0}")]
    Database(StoreError),
    #[error("mise à jour du schéma impossible : {0}")]
    Migration(StoreError),
    #[error("chargement des données de démonstration impossible : {0}")]
    Demo(anyhow::Error),
    #[error("réglages de l'instance illisibles dans la base : {0}")]
    Instance(essaim_app::Error),
    #[error("catalogue illisible dans la base : {0}")]
    Catalogue(essaim_app::Error),
    #[error("messages du forum impossibles à rendre : {0}")]
    Community(essaim_app::Error),
    #[error("bibliothèque illisible dans la base : {0}")]
    Library(essaim_app::Error),
    #[error("réglage « {0} » : {1}")]
    Mail(&'static str, String),
    #[error("réglage « listen » : impossible d'écouter sur {addr} : {source}")]
    Listen {
        addr: SocketAddr,
        source: std::io::Error,
    },
}

impl StartError {
    /// 2 when the configuration or the environment is at fault.
    pub fn exit_code(&self) -> i32 {
        match self {
            StartError::Migration(_)
            | StartError::Demo(_)
            | StartError::Instance(_)
            | StartError::Catalogue(_)
            | StartError::Community(_)
            | StartError::Library(_) => 1,
            _ => 2,
        }
    }
}

/// Creates the data folder, connects and migrates.
pub async fn prepare_database(config: &Config) -> Result<Database, StartError> {
    std::fs::create_dir_all(&config.data_dir).map_err(|source| StartError::DataDir {
        path: config.data_dir.display().to_string(),
        source,
    })?;
    let db = Database::connect(&config.database_url(), &PoolSettings::default())
        .await
        .map_err(StartError::Database)?;
    db.migrate().await.map_err(StartError::Migration)?;
    Ok(db)
}

pub struct RunningServer {
    pub addr: SocketAddr,
    pub db: Database,
    pub app: App,
    state: AppState,
    stop: oneshot::Sender<()>,
    task: JoinHandle<()>,
    worker: JoinHandle<()>,
    stop_worker: tokio::sync::watch::Sender<bool>,
    limits_cleaner: JoinHandle<()>,
    /// Polls the mailbox of replies by email, when one is configured.
    mailbox: Option<JoinHandle<()>>,
}

/// The mail backend the configuration asks for.
fn mailer(config: &Config) -> Result<Mailer, StartError> {
    let host = config
        .public_url
        .as_ref()
        .and_then(|u| u.host_str())
        .unwrap_or("localhost");
    let from = essaim_app::mail::sender(&config.mail.from, host)
        .map_err(|e| StartError::Mail("mail_from", e))?;
    Ok(match &config.mail.backend {
        MailBackend::Smtp(url) => {
            Mailer::smtp(url, from).map_err(|e| StartError::Mail("smtp_url", e))?
        }
        MailBackend::File => Mailer::file(config.outbox_dir(), from),
        MailBackend::Memory => Mailer::memory(from),
    })
}

/// The application over a prepared database, its links based on `addr`.
fn new_app(config: &Config, db: &Database, addr: SocketAddr) -> Result<App, StartError> {
    // Until an administrator saves the instance's settings, the name and
    // the data licence come from the configuration.
    let instance_defaults = essaim_domain::instance::InstanceSettings {
        name: config.instance_name.clone(),
        data_licence: config.data_licence.clone(),
        ..Default::default()
    };
    Ok(App::new(
        db.clone(),
        mailer(config)?,
        Links::new(config.link_base(addr)),
        instance_defaults,
        essaim_app::AppSettings {
            reminder_after_days: config.reminder_after_days,
            link_check_days: config.link_check_days,
            notification_delay_seconds: config.notification_delay_minutes * 60,
            notification_daily_cap: config.notification_daily_cap,
            trust: config.trust,
            hold_first_post: config.hold_first_post,
            reply_address: config.email_in.reply_address.clone(),
            uploads_dir: config.data_dir.join("uploads"),
            time_zone: config.time_zone.clone(),
        },
    ))
}

/// The application without the web server, for a command that acts as
/// people would (`essaim mail receive`); what it queues, a running
/// server's worker sends.
pub async fn app_for_command(config: &Config) -> Result<App, StartError> {
    let db = prepare_database(config).await?;
    let app = new_app(config, &db, config.listen)?;
    app.instance_cache()
        .refresh(&db)
        .await
        .map_err(StartError::Instance)?;
    Ok(app)
}

/// Prepares the database and serves on the configured address (port 0 picks
/// a free one, see `RunningServer::addr`).
pub async fn start(config: &Config) -> Result<RunningServer, StartError> {
    let db = prepare_database(config).await?;
    let listener = tokio::net::TcpListener::bind(config.listen)
        .await
        .map_err(|source| StartError::Listen {
            addr: config.listen,
            source,
        })?;
    let addr = listener.local_addr().map_err(|source| StartError::Listen {
        addr: config.listen,
        source,
    })?;
    let site = SiteSettings {
        public_url: config.public_url.clone(),
        map_tile_url: config.map_tile_url.clone(),
        map_attribution: config.map_attribution.clone(),
        stale_after_days: config.stale_after_days,
    };
    let app = new_app(config, &db, addr)?;
    let cooked = essaim_app::community::cook::catch_up(&app)
        .await
        .map_err(StartError::Community)?;
    if cooked > 0 {
        tracing::info!(cooked, "messages du forum rendus en HTML");
    }
    // The catalogue first: the directory's index is built with it.
    essaim_app::catalogue::seed(&app)
        .await
        .map_err(StartError::Catalogue)?;
    app.catalogue_cache()
        .refresh(&db)
        .await
        .map_err(StartError::Catalogue)?;
    tokio::spawn(
        app.catalogue_cache()
            .clone()
            .keep_fresh(db.clone(), std::time::Duration::from_secs(2)),
    );
    app.library_cache()
        .refresh(&db)
        .await
        .map_err(StartError::Library)?;
    tokio::spawn(
        app.library_cache()
            .clone()
            .keep_fresh(db.clone(), std::time::Duration::from_secs(2)),
    );
    // Through the use cases, as people would have done it.
    if config.demo {
        demo::load_if_empty(&app).await.map_err(StartError::Demo)?;
    }
    let security = SecuritySettings {
        rates: config.rates.clone(),
        behind_proxy: config.behind_proxy,
    };
    let state = AppState::new(
        app.clone(),
        site,
        &security,
        crate::allocator::release_freed_memory,
    );
    state
        .directory()
        .refresh(&db)
        .await
        .map_err(StartError::Database)?;
    tokio::spawn(
        state
            .directory()
            .clone()
            .keep_fresh(db.clone(), std::time::Duration::from_secs(1)),
    );
    state
        .community_pages()
        .catch_up(&db, app.commits())
        .await
        .map_err(StartError::Database)?;
    tokio::spawn(
        state
            .community_pages()
            .clone()
            .keep_fresh(app.clone(), std::time::Duration::from_secs(1)),
    );
    app.instance_cache()
        .refresh(&db)
        .await
        .map_err(StartError::Instance)?;
    tokio::spawn(
        app.instance_cache()
            .clone()
            .keep_fresh(db.clone(), std::time::Duration::from_secs(2)),
    );
    tokio::spawn(essaim_app::library::links::keep_checking(
        app.clone(),
        std::time::Duration::from_secs(600),
    ));
    let (stop_worker, worker_stop) = tokio::sync::watch::channel(false);
    let worker = tokio::spawn(essaim_app::jobs::run_worker(
        app.clone(),
        std::time::Duration::from_secs(2),
        worker_stop,
    ));
    let mailbox = config.email_in.imap.clone().map(|mailbox| {
        tokio::spawn(crate::mailbox::poll(
            app.clone(),
            mailbox,
            config.email_in.imap_interval,
        ))
    });
    let limits_state = state.clone();
    let limits_cleaner = tokio::spawn(async move {
        let mut every = tokio::time::interval(std::time::Duration::from_secs(600));
        loop {
            every.tick().await;
            limits_state.limits().forget_idle();
        }
    });
    let router = essaim_web::router(state.clone());
    let (stop, stopped) = oneshot::channel::<()>();
    let task = tokio::spawn(crate::http::serve(
        listener,
        router,
        config.timeouts,
        async {
            let _ = stopped.await;
        },
    ));
    Ok(RunningServer {
        addr,
        db,
        app,
        state,
        stop,
        task,
        worker,
        stop_worker,
        limits_cleaner,
        mailbox,
    })
}

impl RunningServer {
    /// Rebuilds the directory index now rather than at the next poll.
    pub async fn refresh_directory(&self) -> Result<bool, StoreError> {
        self.state.directory().refresh(&self.db).await
    }

    /// Stops accepting connections, lets requests in flight finish, then
    /// closes the database.
    pub async fn stop(self) {
        let _ = self.stop.send(());
        self.limits_cleaner.abort();
        if let Some(mailbox) = self.mailbox {
            mailbox.abort();
        }
        let _ = self.stop_worker.send(true);
        if tokio::time::timeout(std::time::Duration::from_secs(30), self.worker)
            .await
            .is_err()
        {
            tracing::warn!("l'envoi en cours n'a pas fini à temps ; il sera repris au démarrage");
        }
        if let Err(error) = self.task.await {
            tracing::error!(%error, "tâche du serveur HTTP interrompue");
        }
        self.db.close().await;
    }
}

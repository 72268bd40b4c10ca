//! Starting and stopping the HTTP server on a prepared database.

use std::net::SocketAddr;

use essaim_store::{Database, PoolSettings, StoreError};
use essaim_web::{AppState, SiteSettings};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

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
            StartError::Migration(_) | StartError::Demo(_) => 1,
            _ => 2,
        }
    }
}

/// Creates the data folder, connects, migrates and, when asked, loads the
/// demonstration data.
pub async fn prepare_database(config: &Config) -> Result<Database, StartError> {
    std::fs::create_dir_all(&config.data_dir).map_err(|source| StartError::DataDir {
        path: config.data_dir.display().to_string(),
        source,
    })?;
    let db = Database::connect(&config.database_url(), &PoolSettings::default())
        .await
        .map_err(StartError::Database)?;
    db.migrate().await.map_err(StartError::Migration)?;
    if config.demo {
        demo::load_if_empty(&db).await.map_err(StartError::Demo)?;
    }
    Ok(db)
}

pub struct RunningServer {
    pub addr: SocketAddr,
    pub db: Database,
    state: AppState,
    stop: oneshot::Sender<()>,
    task: JoinHandle<std::io::Result<()>>,
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
        instance_name: config.instance_name.clone(),
        public_url: config.public_url.clone(),
        map_tile_url: config.map_tile_url.clone(),
        map_attribution: config.map_attribution.clone(),
        data_licence: config.data_licence.clone(),
    };
    let state = AppState::new(db.clone(), site);
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
    let app = essaim_web::router(state.clone());
    let (stop, stopped) = oneshot::channel::<()>();
    let task = tokio::spawn(async move {
        axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = stopped.await;
            })
            .await
    });
    Ok(RunningServer {
        addr,
        db,
        state,
        stop,
        task,
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
        match self.task.await {
            Ok(Ok(())) => {}
            Ok(Err(error)) => tracing::error!(%error, "arrêt du serveur HTTP en erreur"),
            Err(error) => tracing::error!(%error, "tâche du serveur HTTP interrompue"),
        }
        self.db.close().await;
    }
}

use essaim_server::{Config, start};

use super::Failure;

pub async fn run(config: &Config) -> Result<(), Failure> {
    let server = start(config)
        .await
        .map_err(|e| Failure::new(e.exit_code() as u8, e))?;
    tracing::info!(
        adresse = %format!("http://{}", server.addr),
        base = server.db.backend().name(),
        "Essaim est prêt (Ctrl-C pour arrêter)"
    );
    shutdown_signal().await;
    tracing::info!("arrêt demandé : les requêtes en cours se terminent");
    server.stop().await;
    tracing::info!("Essaim est arrêté");
    Ok(())
}

/// Resolves at the first SIGINT (Ctrl-C) or SIGTERM.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
}

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
    match server
        .db
        .count_accounts_with_role(essaim_domain::accounts::Role::Admin)
        .await
    {
        Ok(0) => tracing::warn!(
            "aucun compte administrateur : créez-en un avec  \
             printf '%s' 'MOT DE PASSE' | essaim admin create --email VOUS@EXEMPLE.ORG --role admin --password-stdin"
        ),
        Ok(_) => {}
        Err(error) => tracing::warn!(%error, "comptes administrateurs illisibles"),
    }
    tracing::info!(
        courriels = server.app.mailer().describe(),
        "envoi des courriels"
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

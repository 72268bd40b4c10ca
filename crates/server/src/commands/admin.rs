use std::io::BufRead;

use essaim_app::accounts::create_admin::create_account;
use essaim_domain::accounts::Role;
use essaim_server::{Config, prepare_database};

use super::Failure;
use crate::cli::AdminAction;

pub async fn run(config: &Config, action: AdminAction) -> Result<(), Failure> {
    match action {
        AdminAction::Create {
            email,
            role,
            password_stdin,
        } => create(config, &email, &role, password_stdin).await,
    }
}

async fn create(
    config: &Config,
    email: &str,
    role: &str,
    password_stdin: bool,
) -> Result<(), Failure> {
    let role = Role::from_slug(role).ok_or_else(|| {
        Failure::new(
            2,
            format!("rôle « {role} » inconnu (membre, prestataire, moderateur ou admin)"),
        )
    })?;
    if !password_stdin {
        return Err(Failure::new(
            2,
            "indiquez --password-stdin et donnez le mot de passe sur l'entrée standard, par exemple : \
             printf '%s' 'une longue phrase secrète' | essaim admin create --email … --password-stdin",
        ));
    }
    let mut password = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut password)
        .map_err(|e| Failure::new(1, format!("entrée standard illisible : {e}")))?;
    let password = password.trim_end_matches(['\n', '\r']);
    let db = prepare_database(config)
        .await
        .map_err(|e| Failure::new(e.exit_code() as u8, e))?;
    let outcome = create_account(&db, email, role, password).await;
    db.close().await;
    let id = outcome.map_err(|e| Failure::new(1, format!("compte non créé : {e}")))?;
    println!(
        "Compte {id} créé pour {} avec le rôle {}.",
        email.trim().to_lowercase(),
        role.slug()
    );
    Ok(())
}

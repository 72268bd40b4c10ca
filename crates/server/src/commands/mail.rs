//! `essaim mail receive`: one email on standard input, handled as a reply
//! to the forum. The mail server that pipes it reads the exit code: 0 when
//! handled (posted, or refused with an answer), 75 (EX_TEMPFAIL) to try
//! again later, 2 when the instance takes no replies.

use std::io::Read;

use essaim_app::community::email_in;
use essaim_server::Config;

use super::Failure;

/// Messages larger than this are not replies (sysexits EX_DATAERR).
const MAX_BYTES: u64 = 10 * 1024 * 1024;

pub async fn receive(config: &Config) -> Result<(), Failure> {
    if config.email_in.reply_address.is_none() {
        return Err(Failure::new(
            2,
            "réglage « reply_address » vide : sans adresse de réponse, aucun courriel du forum n'invite à répondre",
        ));
    }
    let mut raw = Vec::new();
    std::io::stdin()
        .take(MAX_BYTES + 1)
        .read_to_end(&mut raw)
        .map_err(|e| Failure::new(74, format!("entrée standard illisible : {e}")))?;
    if raw.len() as u64 > MAX_BYTES {
        return Err(Failure::new(65, "courriel de plus de 10 Mo : ignoré"));
    }
    let app = essaim_server::app_for_command(config)
        .await
        .map_err(|e| Failure::new(75, e))?;
    let outcome = email_in::receive(&app, &raw).await;
    app.db().close().await;
    match outcome {
        Ok(outcome) => {
            println!("{}", outcome.slug());
            Ok(())
        }
        Err(error) => Err(Failure::new(75, format!("{error:#}"))),
    }
}

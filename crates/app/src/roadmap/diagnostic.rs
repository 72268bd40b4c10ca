//! The diagnostic, with or without an account: the answers are kept on the
//! server under a token the visitor's browser holds, and become the
//! roadmap of one of their associations once they are signed in.

use essaim_domain::roadmap::Item;
use essaim_domain::roadmap::diagnostic::Diagnostic;
use essaim_domain::taxonomy::{ItemStatus, Priority};
use essaim_store::Account;

use crate::associations::belonging;
use crate::secrets::{hash_token, looks_like_token, new_token};
use crate::{App, Error, Result, now};

/// A draft nobody touches for this long is forgotten (its cookie lasts as
/// long).
pub const DRAFT_SECONDS: i64 = 90 * 24 * 3600;

/// The draft of the token, if there is one.
pub async fn draft(app: &App, token: Option<&str>) -> Result<Option<Diagnostic>> {
    match token.filter(|t| looks_like_token(t)) {
        None => Ok(None),
        Some(token) => Ok(app
            .db()
            .diagnostic_draft(&hash_token(token), now() - DRAFT_SECONDS)
            .await?),
    }
}

/// Housekeeping: deletes the drafts left for longer than `DRAFT_SECONDS`.
pub async fn forget_stale(app: &App) -> Result<u64> {
    Ok(app
        .db()
        .delete_diagnostic_drafts_before(now() - DRAFT_SECONDS)
        .await?)
}

/// Keeps the answers under the visitor's token (a new one when they have
/// none); returns the token for their cookie.
pub async fn save(app: &App, token: Option<&str>, diagnostic: &Diagnostic) -> Result<String> {
    let problems = diagnostic.problems(&app.catalogue());
    if !problems.is_empty() {
        return Err(Error::Invalid(problems));
    }
    let token = token
        .filter(|t| looks_like_token(t))
        .map(String::from)
        .unwrap_or_else(new_token);
    let mut tx = app.begin().await?;
    tx.save_diagnostic_draft(&hash_token(&token), diagnostic, now())
        .await?;
    app.commit(tx).await?;
    Ok(token)
}

/// Turns the draft into items of the association's roadmap, in the order
/// it proposes: the first third high priority, the next medium, the rest
/// low; each with the best-fitting free tool as the one chosen. Returns
/// how many items were added.
pub async fn into_roadmap(app: &App, account: &Account, slug: &str, token: &str) -> Result<usize> {
    let (association, _) = belonging(app, account, slug).await?;
    let diagnostic = draft(app, Some(token)).await?.ok_or(Error::NotFound)?;
    let proposals = diagnostic.propose(&app.catalogue());
    let third = proposals.len().div_ceil(3).max(1);
    let mut tx = app.begin().await?;
    for (rank, proposal) in proposals.iter().enumerate() {
        let answer = &proposal.answer;
        let item = Item {
            need: answer.need.clone(),
            current_tool: answer.current_tool.clone(),
            current_other: answer.current_other.clone(),
            chosen_tool: proposal.alternatives.first().map(|a| a.tool.clone()),
            priority: match rank / third {
                0 => Priority::High,
                1 => Priority::Medium,
                _ => Priority::Low,
            },
            status: ItemStatus::ToDo,
            reason: None,
            target_date: None,
            owner_id: None,
            notes: String::new(),
        };
        tx.add_roadmap_item(association.id, &item, account.id, now())
            .await?;
    }
    tx.delete_diagnostic_draft(&hash_token(token)).await?;
    app.commit(tx).await?;
    Ok(proposals.len())
}

//! The name a member takes on the forum the first time they write: a
//! handle for `@mentions` and their page, and a name to show. The forum
//! never shows an account's address.

use essaim_domain::community::member_problems;
use essaim_store::{Account, CommunityMember, StoreError, Tx};

use crate::{App, Error, Result, now};

/// The name chosen in a form, for a member who has none yet.
#[derive(Debug, Clone, Default)]
pub struct NameChoice {
    pub handle: String,
    pub display_name: String,
}

/// The member's name on the forum, taken now from `choice` if they have
/// none; written in the caller's unit of work, so that a post refused
/// for its words leaves no name half-taken.
pub(crate) async fn ensure(
    app: &App,
    tx: &mut Tx,
    account: &Account,
    choice: Option<&NameChoice>,
) -> Result<CommunityMember> {
    if let Some(member) = app.db().community_member(account.id).await? {
        return Ok(member);
    }
    let choice = choice.ok_or_else(|| Error::field("handle", "community-check-handle-missing"))?;
    let handle = choice.handle.trim().to_lowercase();
    let problems = member_problems(&handle, &choice.display_name);
    if !problems.is_empty() {
        return Err(Error::Invalid(problems));
    }
    match tx
        .create_community_member(account.id, &handle, &choice.display_name, now())
        .await
    {
        Err(StoreError::SlugTaken { .. }) => {
            Err(Error::field("handle", "community-check-handle-taken"))
        }
        Err(other) => Err(other.into()),
        Ok(()) => Ok(CommunityMember {
            account_id: account.id,
            handle,
            display_name: choice.display_name.trim().to_string(),
            created_at: now(),
            trust: None,
        }),
    }
}

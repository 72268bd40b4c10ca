//! What becomes of a person's associations when their account goes: one
//! they alone belong to is deleted with it; one they alone run passes to
//! its longest-standing member, who is told by email. The deletion page
//! shows it beforehand.

use essaim_domain::taxonomy::MemberRole;
use essaim_store::{Account, HandOver, Tx};

use super::space_link;
use crate::mail::{Mail, queue_mail};
use crate::{App, Result, now};

/// What the deletion of this account would do to its associations.
pub async fn preview(app: &App, account: &Account) -> Result<Vec<HandOver>> {
    let mut outcomes = Vec::new();
    for membership in app.db().associations_of(account.id).await? {
        if membership.role != MemberRole::Responsable {
            continue;
        }
        let row = membership.association;
        let others: Vec<_> = app
            .db()
            .association_members(row.id)
            .await?
            .into_iter()
            .filter(|m| m.person.account_id != account.id)
            .collect();
        if others.iter().any(|m| m.role == MemberRole::Responsable) {
            continue;
        }
        match others
            .into_iter()
            .min_by_key(|m| (m.since, m.person.account_id))
        {
            None => outcomes.push(HandOver::Deleted {
                name: row.details.name,
            }),
            Some(successor) => outcomes.push(HandOver::NewResponsable {
                slug: row.slug,
                name: row.details.name,
                person: successor.person,
            }),
        }
    }
    Ok(outcomes)
}

/// Does it, in the unit of work that deletes the account.
pub async fn hand_over(app: &App, tx: &mut Tx, account: &Account) -> Result<()> {
    for outcome in tx.hand_over_associations(account.id, now()).await? {
        if let HandOver::NewResponsable { slug, name, person } = outcome {
            queue_mail(
                tx,
                &person.email,
                person.locale,
                Mail::AssociationHandedOver {
                    name,
                    link: space_link(app, &slug),
                },
            )
            .await?;
        }
    }
    Ok(())
}

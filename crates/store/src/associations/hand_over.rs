//! What becomes of a person's associations when their account goes.

use sqlx::Row;

use super::{COLUMNS, role_of, row_to_association};
use crate::accounts::recipient;
use crate::{HandOver, StoreError, Tx};
use essaim_domain::taxonomy::MemberRole;

impl Tx {
    /// Before an account goes: deletes the associations it alone belongs
    /// to, and gives those it alone runs to their longest-standing member.
    pub async fn hand_over_associations(
        &mut self,
        account_id: i64,
        now: i64,
    ) -> Result<Vec<HandOver>, StoreError> {
        let mine = sqlx::query(&format!(
            "SELECT {COLUMNS}, m.role FROM associations a
             JOIN association_members m ON m.association_id = a.id
             WHERE m.account_id = $1 ORDER BY a.name, a.id"
        ))
        .bind(account_id)
        .fetch_all(self.conn())
        .await?;
        let mut outcomes = Vec::new();
        for row in &mine {
            let association = row_to_association(row)?;
            if role_of(&row.try_get::<String, _>(9)?)? != MemberRole::Responsable {
                continue;
            }
            self.lock_association(association.id).await?;
            if self.other_responsables(association.id, account_id).await? > 0 {
                continue;
            }
            let successor = sqlx::query(
                "SELECT a.id, a.email, a.locale FROM association_members m
                 JOIN accounts a ON a.id = m.account_id
                 WHERE m.association_id = $1 AND m.account_id <> $2
                 ORDER BY m.created_at, a.id LIMIT 1",
            )
            .bind(association.id)
            .bind(account_id)
            .fetch_optional(self.conn())
            .await?;
            match successor {
                None => {
                    sqlx::query("DELETE FROM associations WHERE id = $1")
                        .bind(association.id)
                        .execute(self.conn())
                        .await?;
                    outcomes.push(HandOver::Deleted {
                        name: association.details.name,
                    });
                }
                Some(successor) => {
                    let person = recipient(&successor)?;
                    sqlx::query(
                        "UPDATE association_members SET role = $3
                         WHERE association_id = $1 AND account_id = $2",
                    )
                    .bind(association.id)
                    .bind(person.account_id)
                    .bind(MemberRole::Responsable.slug())
                    .execute(self.conn())
                    .await?;
                    sqlx::query("UPDATE associations SET updated_at = $2 WHERE id = $1")
                        .bind(association.id)
                        .bind(now)
                        .execute(self.conn())
                        .await?;
                    outcomes.push(HandOver::NewResponsable {
                        slug: association.slug,
                        name: association.details.name,
                        person,
                    });
                }
            }
        }
        Ok(outcomes)
    }
}

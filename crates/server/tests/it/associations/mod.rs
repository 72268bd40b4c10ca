//! Association spaces: creation and its refusals, membership by invitation,
//! the rule that a responsable always remains, permissions (403 for
//! strangers and for members where only a responsable may act), and what
//! becomes of them in a person's export and at account deletion.

mod creation;
mod members;

use crate::harness::{TestApp, Visitor, token_in};
use essaim_domain::accounts::Role;

/// A form's fields, as typed.
type Fields<'a> = &'a [(&'a str, &'a str)];

const HANDBALL: Fields = &[
    ("name", "Club de handball de Vitré"),
    ("size", "sans-salarie"),
    ("commune_query", "Vitré (35500)"),
    ("field", "sport"),
    ("website", "hand-vitre.example.org"),
];

/// Creates an association through the form; returns its space's path.
pub(super) async fn create(visitor: &Visitor, fields: &[(&str, &str)]) -> String {
    let created = visitor.post_form("/espace-association", fields).await;
    assert_eq!(created.status(), 303, "creation");
    let location = created.headers()["location"].to_str().unwrap().to_string();
    location.split('?').next().unwrap().to_string()
}

/// `email` joins the association of `space` as `role`, invited by `by`.
pub(crate) async fn join(
    app: &TestApp,
    by: &Visitor,
    space: &str,
    email: &str,
    role: &str,
) -> Visitor {
    let invited = by
        .post_form(
            &format!("{space}/invitations"),
            &[("invite_email", email), ("invite_role", role)],
        )
        .await;
    assert_eq!(invited.status(), 303, "invitation of {email}");
    let mail = app
        .settled_emails_to(email)
        .await
        .pop()
        .expect("invitation sent");
    let token = token_in(&mail.text, "/espace-association/invitation");
    let person = app.signed_in_as(email, Role::Membre).await;
    let accepted = person
        .post_form("/espace-association/invitation", &[("jeton", &token)])
        .await;
    assert_eq!(accepted.status(), 303, "acceptance by {email}");
    assert_eq!(
        accepted.headers()["location"],
        format!("{space}?fait=bienvenue").as_str()
    );
    person
}

pub(super) async fn member_id(app: &TestApp, email: &str) -> i64 {
    let address = essaim_domain::accounts::EmailAddress::parse(email).unwrap();
    app.db()
        .account_by_email(&address)
        .await
        .unwrap()
        .expect("account")
        .account
        .id
}

use essaim_domain::accounts::Role;

use crate::harness::Backend;
use crate::{app, on_both_backends};

on_both_backends!(
    only_administrators_reach_the_account_list,
    an_administrator_changes_roles_but_never_removes_the_last_admin,
);

async fn only_administrators_reach_the_account_list(backend: Backend) {
    let app = app!(backend);
    let anonymous = app.visitor().get("/admin/comptes").await;
    assert_eq!(anonymous.status(), 303);
    assert_eq!(
        anonymous.headers()["location"],
        "/connexion?retour=%2Fadmin%2Fcomptes"
    );
    for role in [Role::Membre, Role::Prestataire, Role::Moderateur] {
        let visitor = app
            .signed_in_as(&format!("{}@exemple.org", role.slug()), role)
            .await;
        let page = visitor.get("/admin/comptes").await;
        assert_eq!(page.status(), 403, "{role:?}");
        assert!(page.text().await.unwrap().contains("Accès refusé"));
        let change = visitor
            .post_form("/admin/comptes/1/role", &[("role", "admin")])
            .await;
        assert_eq!(change.status(), 403, "{role:?} cannot change roles");
    }
    let admin = app.signed_in_as("admin@exemple.org", Role::Admin).await;
    let page = admin.get("/admin/comptes").await;
    assert_eq!(page.status(), 200);
    let page = page.text().await.unwrap();
    assert!(page.contains("4 comptes"), "{page}");
    assert!(page.contains("membre@exemple.org"));
    assert!(
        page.contains("Administration"),
        "the admin sees the link in the menu"
    );
    app.stop().await;
}

async fn an_administrator_changes_roles_but_never_removes_the_last_admin(backend: Backend) {
    let app = app!(backend);
    let admin = app.signed_in_as("root@exemple.org", Role::Admin).await;
    let member = app.signed_in_as("oscar@exemple.org", Role::Membre).await;
    let oscar = app
        .db()
        .account_by_email(
            &essaim_domain::accounts::EmailAddress::parse("oscar@exemple.org").unwrap(),
        )
        .await
        .unwrap()
        .unwrap()
        .account;
    let root_id = oscar.id - 1;

    let bad = admin
        .post_form(
            &format!("/admin/comptes/{}/role", oscar.id),
            &[("role", "empereur")],
        )
        .await;
    assert_eq!(bad.status(), 400);
    let done = admin
        .post_form(
            &format!("/admin/comptes/{}/role", oscar.id),
            &[("role", "moderateur")],
        )
        .await;
    assert_eq!(done.status(), 303);
    assert_eq!(
        app.db()
            .account_by_id(oscar.id)
            .await
            .unwrap()
            .unwrap()
            .role,
        Role::Moderateur
    );
    // The change applies to the open session at once.
    assert!(
        member
            .get("/compte")
            .await
            .text()
            .await
            .unwrap()
            .contains("Modérateur")
    );

    let refused = admin
        .post_form(
            &format!("/admin/comptes/{root_id}/role"),
            &[("role", "membre")],
        )
        .await;
    assert_eq!(refused.status(), 303);
    assert_eq!(
        refused.headers()["location"],
        "/admin/comptes?refus=dernier-admin"
    );
    assert_eq!(
        app.db().account_by_id(root_id).await.unwrap().unwrap().role,
        Role::Admin
    );
    let missing = admin
        .post_form("/admin/comptes/999999/role", &[("role", "membre")])
        .await;
    assert_eq!(missing.headers()["location"], "/admin/comptes?refus=compte");
    app.stop().await;
}

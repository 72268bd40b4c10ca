//! Membership: invitations, roles, leaving, strangers, and an account's export and deletion.

use crate::harness::{Backend, PASSWORD, token_in};
use crate::{app, on_both_backends};
use essaim_domain::accounts::Role;
use essaim_domain::taxonomy::MemberRole;

use super::*;

on_both_backends!(
    members_join_by_invitation_and_a_responsable_always_remains,
    strangers_and_plain_members_are_refused,
    an_invitation_withdrawn_or_for_another_address_does_not_open_the_space,
    the_export_lists_associations_and_deletion_hands_them_over,
);

async fn members_join_by_invitation_and_a_responsable_always_remains(backend: Backend) {
    let app = app!(backend);
    let first = app
        .signed_in_as("presidente@exemple.org", Role::Membre)
        .await;
    let space = create(&first, HANDBALL).await;
    let invitations = format!("{space}/invitations");

    let bad = first
        .post_form(
            &invitations,
            &[
                ("invite_email", "pas-une-adresse"),
                ("invite_role", "membre"),
            ],
        )
        .await;
    assert_eq!(bad.status(), 422);
    let bad = bad.text().await.unwrap();
    assert!(bad.contains("n&#39;est pas valide"));
    assert!(
        bad.contains("value=\"pas-une-adresse\""),
        "what was typed stays"
    );
    let no_role = first
        .post_form(&invitations, &[("invite_email", "b@exemple.org")])
        .await;
    assert_eq!(no_role.status(), 422);
    assert!(no_role.text().await.unwrap().contains("choisissez un rôle"));
    let myself = first
        .post_form(
            &invitations,
            &[
                ("invite_email", "presidente@exemple.org"),
                ("invite_role", "membre"),
            ],
        )
        .await;
    assert_eq!(myself.status(), 422);
    assert!(myself.text().await.unwrap().contains("fait déjà partie"));

    let second = join(&app, &first, &space, "benevole@exemple.org", "membre").await;
    let mail = app.settled_emails_to("benevole@exemple.org").await;
    assert!(mail[0].subject.contains("Club de handball de Vitré"));
    assert!(!mail[0].text.contains("Vous y serez responsable"));
    let page = second
        .get(&format!("{space}?fait=bienvenue"))
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("Bienvenue"), "the page says it");
    assert!(page.contains("presidente@exemple.org"));
    assert!(
        !page.contains("Inviter une personne"),
        "a member does not invite"
    );

    // The last responsable cannot leave nor step down.
    let leave = first.post_form(&format!("{space}/quitter"), &[]).await;
    assert_eq!(leave.status(), 422);
    assert!(
        leave
            .text()
            .await
            .unwrap()
            .contains("dernière personne responsable")
    );
    let first_id = member_id(&app, "presidente@exemple.org").await;
    let second_id = member_id(&app, "benevole@exemple.org").await;
    let step_down = first
        .post_form(
            &format!("{space}/membres/{first_id}"),
            &[("role", "membre")],
        )
        .await;
    assert_eq!(step_down.status(), 422);

    // Naming another responsable lets the first go.
    let promoted = first
        .post_form(
            &format!("{space}/membres/{second_id}"),
            &[("role", "responsable")],
        )
        .await;
    assert_eq!(promoted.status(), 303);
    let association = app
        .db()
        .association_by_slug("club-de-handball-de-vitre")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        app.db()
            .association_role(association.id, second_id)
            .await
            .unwrap(),
        Some(MemberRole::Responsable)
    );
    let left = first.post_form(&format!("{space}/quitter"), &[]).await;
    assert_eq!(left.status(), 303);
    assert_eq!(first.get(&space).await.status(), 403, "no longer theirs");
    let home = first
        .get("/espace-association?fait=quittee")
        .await
        .text()
        .await
        .unwrap();
    assert!(home.contains("Vous avez quitté"));

    // The new responsable invites a third as responsable, then removes them.
    let third = join(&app, &second, &space, "tiers@exemple.org", "responsable").await;
    let mail = app.settled_emails_to("tiers@exemple.org").await;
    assert!(mail[0].text.contains("Vous y serez responsable"));
    let third_id = member_id(&app, "tiers@exemple.org").await;
    let removed = second
        .post_form(&format!("{space}/membres/{third_id}"), &[("retirer", "1")])
        .await;
    assert_eq!(removed.status(), 303);
    assert_eq!(third.get(&space).await.status(), 403);
    // Unknown member, unknown role.
    let unknown = second
        .post_form(&format!("{space}/membres/99999"), &[("role", "membre")])
        .await;
    assert_eq!(unknown.status(), 404);
    let bad_role = second
        .post_form(
            &format!("{space}/membres/{second_id}"),
            &[("role", "tresorier")],
        )
        .await;
    assert_eq!(bad_role.status(), 422);
    app.stop().await;
}

async fn strangers_and_plain_members_are_refused(backend: Backend) {
    let app = app!(backend);
    let owner = app
        .signed_in_as("presidente@exemple.org", Role::Membre)
        .await;
    let space = create(&owner, HANDBALL).await;
    let member = join(&app, &owner, &space, "benevole@exemple.org", "membre").await;
    let stranger = app
        .signed_in_as("intrus@exemple.org", Role::Moderateur)
        .await;
    let owner_id = member_id(&app, "presidente@exemple.org").await;

    let member_refused = [
        format!("{space}/presentation"),
        format!("{space}/invitations"),
        format!("{space}/invitations/retirer"),
        format!("{space}/membres/{owner_id}"),
    ];
    for path in &member_refused {
        let fields = [
            ("name", "Repris"),
            ("size", "1-9"),
            ("commune_query", "Rennes"),
            ("invite_email", "x@exemple.org"),
            ("invite_role", "responsable"),
            ("email", "x@exemple.org"),
            ("role", "membre"),
            ("retirer", "1"),
        ];
        assert_eq!(
            member.post_form(path, &fields).await.status(),
            403,
            "{path}"
        );
        assert_eq!(
            stranger.post_form(path, &fields).await.status(),
            403,
            "{path}"
        );
    }
    assert_eq!(
        member.get(&format!("{space}/presentation")).await.status(),
        403
    );
    for path in [space.clone(), format!("{space}/presentation")] {
        assert_eq!(stranger.get(&path).await.status(), 403, "{path}");
    }
    assert_eq!(
        stranger
            .post_form(&format!("{space}/quitter"), &[])
            .await
            .status(),
        403
    );
    assert_eq!(
        stranger
            .get("/espace-association/nexiste-pas")
            .await
            .status(),
        404
    );
    // Nothing changed.
    let row = app
        .db()
        .association_by_slug("club-de-handball-de-vitre")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.details.name, "Club de handball de Vitré");
    assert_eq!(app.db().association_members(row.id).await.unwrap().len(), 2);
    assert_eq!(
        app.db().association_role(row.id, owner_id).await.unwrap(),
        Some(MemberRole::Responsable)
    );
    // Signed out: to the sign-in page.
    let visitor = app.visitor();
    let anonymous = visitor.get(&space).await;
    assert_eq!(anonymous.status(), 303);
    assert!(
        anonymous.headers()["location"]
            .to_str()
            .unwrap()
            .starts_with("/connexion")
    );
    app.stop().await;
}

async fn an_invitation_withdrawn_or_for_another_address_does_not_open_the_space(backend: Backend) {
    let app = app!(backend);
    let owner = app
        .signed_in_as("presidente@exemple.org", Role::Membre)
        .await;
    let space = create(&owner, HANDBALL).await;
    let invite = |email: &'static str| {
        let owner = &owner;
        let space = &space;
        async move {
            let sent = owner
                .post_form(
                    &format!("{space}/invitations"),
                    &[("invite_email", email), ("invite_role", "membre")],
                )
                .await;
            assert_eq!(sent.status(), 303);
        }
    };
    invite("camille@exemple.org").await;
    let mail = app.nth_email_to("camille@exemple.org", 1).await;
    let token = token_in(&mail.text, "/espace-association/invitation");
    let page = owner.get(&space).await.text().await.unwrap();
    assert!(page.contains("Invitations en attente") && page.contains("camille@exemple.org"));

    let other = app.signed_in_as("autre@exemple.org", Role::Membre).await;
    let shown = other
        .get(&format!("/espace-association/invitation?jeton={token}"))
        .await;
    assert_eq!(shown.status(), 200);
    assert!(
        shown
            .text()
            .await
            .unwrap()
            .contains("Club de handball de Vitré")
    );
    let refused = other
        .post_form("/espace-association/invitation", &[("jeton", &token)])
        .await;
    assert_eq!(refused.status(), 403);
    assert!(
        !refused
            .text()
            .await
            .unwrap()
            .contains("camille@exemple.org")
    );

    let withdrawn = owner
        .post_form(
            &format!("{space}/invitations/retirer"),
            &[("email", "camille@exemple.org")],
        )
        .await;
    assert_eq!(withdrawn.status(), 303);
    let camille = app.signed_in_as("camille@exemple.org", Role::Membre).await;
    let dead = camille
        .post_form("/espace-association/invitation", &[("jeton", &token)])
        .await;
    assert_eq!(dead.status(), 410);
    assert_eq!(camille.get(&space).await.status(), 403);
    let again = owner
        .post_form(
            &format!("{space}/invitations/retirer"),
            &[("email", "camille@exemple.org")],
        )
        .await;
    assert_eq!(again.status(), 404, "nothing left to withdraw");

    // Invited again: a new link; the older one stays dead.
    invite("camille@exemple.org").await;
    let mail = app.nth_email_to("camille@exemple.org", 2).await;
    let fresh = token_in(&mail.text, "/espace-association/invitation");
    assert_ne!(fresh, token);
    let joined = camille
        .post_form("/espace-association/invitation", &[("jeton", &fresh)])
        .await;
    assert_eq!(joined.status(), 303);
    assert_eq!(camille.get(&space).await.status(), 200);
    let garbage = camille
        .post_form(
            "/espace-association/invitation",
            &[("jeton", "n'importe quoi")],
        )
        .await;
    assert_eq!(garbage.status(), 410);
    app.stop().await;
}

async fn the_export_lists_associations_and_deletion_hands_them_over(backend: Backend) {
    let app = app!(backend);
    let leaving = app
        .signed_in_as("presidente@exemple.org", Role::Membre)
        .await;
    let alone = create(
        &leaving,
        &[
            ("name", "Atelier vélo solidaire"),
            ("size", "1-9"),
            ("commune_query", "Rennes"),
        ],
    )
    .await;
    let shared = create(&leaving, HANDBALL).await;
    let staying = join(&app, &leaving, &shared, "benevole@exemple.org", "membre").await;

    let export: serde_json::Value = leaving.get("/compte/export").await.json().await.unwrap();
    let listed = export["associations"].as_array().unwrap();
    assert_eq!(listed.len(), 2);
    assert_eq!(listed[0]["name"], "Atelier vélo solidaire");
    assert_eq!(listed[0]["role"], "responsable");
    assert_eq!(listed[1]["commune"], "35360");

    let warning = leaving.get("/compte/supprimer").await.text().await.unwrap();
    assert!(warning.contains("sera supprimée avec votre compte"));
    assert!(warning.contains("benevole@exemple.org, son plus ancien membre"));

    let deleted = leaving
        .post_form("/compte/supprimer", &[("password", PASSWORD)])
        .await;
    assert_eq!(deleted.status(), 303);
    assert!(
        app.db()
            .association_by_slug(alone.rsplit('/').next().unwrap())
            .await
            .unwrap()
            .is_none(),
        "the association only they belonged to went with them"
    );
    let page = staying.get(&shared).await.text().await.unwrap();
    assert!(page.contains("Modifier la présentation"), "now runs it");
    let told = app.settled_emails_to("benevole@exemple.org").await;
    assert!(
        told.iter()
            .any(|m| m.subject.contains("désormais responsable")
                && m.text
                    .contains("/espace-association/club-de-handball-de-vitre")),
        "told by email"
    );
    let export: serde_json::Value = staying.get("/compte/export").await.json().await.unwrap();
    assert_eq!(export["associations"][0]["role"], "responsable");
    app.stop().await;
}

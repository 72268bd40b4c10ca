//! Every email in both languages, and the decisions on profiles.

use super::*;

#[test]
fn every_mail_has_both_parts_in_both_languages() {
    let mails = [
        Mail::VerifyEmail {
            link: "https://e.org/inscription/confirmer?jeton=ab".into(),
        },
        Mail::AlreadyRegistered {
            sign_in: "https://e.org/connexion".into(),
            reset: "https://e.org/mot-de-passe-oublie".into(),
        },
        Mail::ResetPassword {
            link: "https://e.org/r?jeton=cd".into(),
        },
        Mail::ConfirmNewEmail {
            link: "https://e.org/c?jeton=ef".into(),
        },
        Mail::EmailChanged {
            new_email: "nouvelle@e.org".into(),
        },
        Mail::PasswordChanged {
            reset: "https://e.org/mot-de-passe-oublie".into(),
        },
        Mail::AccountDeleted,
        Mail::ProfileSubmitted {
            name: "Coop <Libre>".into(),
            link: "https://e.org/moderation/fiches/coop".into(),
        },
        Mail::ProfileDecision {
            name: "Coop Libre".into(),
            decision: Decision::ChangesRequested,
            message: Some("Précisez la deuxième référence.".into()),
            link: "https://e.org/espace-prestataire/fiches/coop".into(),
        },
        Mail::CommunityPost {
            reason: "mention".into(),
            topic: "Visio <Libre>".into(),
            author: "Élise".into(),
            text: "Jitsi suffit.".into(),
            link: "https://e.org/communaute/t/3".into(),
            settings: "https://e.org/communaute/courriels/ab".into(),
            reply_by_email: true,
        },
    ];
    let refusals = [
        "inconnue",
        "expiree",
        "expediteur",
        "ferme",
        "indisponible",
        "vide",
        "refusee",
    ]
    .map(|reason| Mail::CommunityReplyRefused {
        reason: reason.into(),
        topic: "Visio <Libre>".into(),
        problem: "Trop de liens.".into(),
        text: "Mes mots.".into(),
        link: "https://e.org/communaute/t/3".into(),
    });
    let held = Mail::CommunityPostHeld {
        topic: "Visio <Libre>".into(),
        author: "Nouveau".into(),
        text: "Bonjour.".into(),
        link: "https://e.org/moderation".into(),
    };
    let mails: Vec<Mail> = mails
        .into_iter()
        .chain(refusals)
        .chain(std::iter::once(held))
        .collect();
    for locale in Locale::ALL {
        for mail in &mails {
            let email = compose(mail, locale, "Essaim <Bretagne>");
            assert!(!email.subject.is_empty());
            assert!(!email.text.contains("mail-"), "{}", email.text);
            assert!(!email.html.contains("<Bretagne>"), "escaped instance name");
            assert!(!email.html.contains("<Libre>"), "escaped profile name");
            if let Mail::VerifyEmail { link } = mail {
                assert!(email.text.contains(link.as_str()));
                assert!(email.html.contains(link.as_str()));
            }
        }
    }
    let fr = compose(&mails[0], Locale::Fr, "Essaim");
    let en = compose(&mails[0], Locale::En, "Essaim");
    assert_ne!(fr.subject, en.subject);
}

mod decisions {
    use super::*;

    #[test]
    fn a_decision_carries_the_moderators_message_and_the_profile_name() {
        for decision in [
            Decision::Approved,
            Decision::ChangesRequested,
            Decision::Refused,
            Decision::Suspended,
            Decision::Reinstated,
        ] {
            let email = compose(
                &Mail::ProfileDecision {
                    name: "Coop Libre".into(),
                    decision,
                    message: Some("Ajoutez l'année du projet.".into()),
                    link: "https://e.org/espace-prestataire".into(),
                },
                Locale::Fr,
                "Essaim",
            );
            assert!(email.subject.contains("Coop Libre"), "{}", email.subject);
            assert!(email.text.contains("Ajoutez l'année du projet."));
        }
    }

    #[test]
    fn french_elides_de_before_a_vowel_only() {
        let approved = Mail::ProfileDecision {
            name: "Coop Libre".into(),
            decision: Decision::Approved,
            message: None,
            link: "https://e.org/annuaire/coop".into(),
        };
        let text = |instance| compose(&approved, Locale::Fr, instance).text;
        assert!(text("Essaim").contains("l'annuaire d'Essaim."));
        assert!(text("Écoumène").contains("l'annuaire d'Écoumène."));
        assert!(text("Bretagne Libre").contains("l'annuaire de Bretagne Libre."));
        assert!(
            compose(&approved, Locale::En, "Essaim")
                .text
                .contains("of Essaim")
        );
    }
}

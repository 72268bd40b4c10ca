//! Searching the library: facets that count what ticking a value would
//! give, words without accents, sorts and pages, all in the address.

use essaim_domain::accounts::Role;

use super::page;
use crate::harness::Backend;
use crate::{app, on_both_backends};

on_both_backends!(the_library_is_searched_with_facets_sorts_and_pages);

async fn the_library_is_searched_with_facets_sorts_and_pages(backend: Backend) {
    let app = app!(backend);
    let member = app.signed_in_as("nadia@exemple.org", Role::Membre).await;
    let moderator = app
        .signed_in_as("moderation@exemple.org", Role::Moderateur)
        .await;
    // 22 sheets on the law for associations, 3 videos on tools in English
    // for providers, 1 guide for everyone on funding.
    let mut made = Vec::new();
    for i in 0..22 {
        made.push((
            format!("Fiche juridique numéro {i:02}"),
            "associations",
            "droit-rgpd",
            "fiche",
            "fr",
        ));
    }
    for i in 0..3 {
        made.push((
            format!("Hosting video {i}"),
            "prestataires",
            "outils",
            "video",
            "en",
        ));
    }
    made.push((
        "Financer l'économie numérique".to_string(),
        "tous",
        "financement",
        "guide",
        "fr",
    ));
    for (title, audience, theme, format, language) in &made {
        let fields = [
            ("title", title.as_str()),
            ("url", "https://www.exemple.org/ressource"),
            (
                "summary",
                "Un résumé assez long pour passer la vérification.",
            ),
            ("audience", audience),
            ("themes", theme),
            ("format", format),
            ("language", language),
            ("source", "Exemple"),
        ];
        member.submit("/ressources/proposer", &fields).await;
        let slug = essaim_domain::text::slugify(title);
        let mut publish = fields.to_vec();
        publish.extend([("statut", "proposee"), ("action", "publier")]);
        moderator
            .submit(&format!("/moderation/ressources/{slug}"), &publish)
            .await;
    }
    let visitor = app.visitor();
    let (_, all) = page(&visitor, "/ressources").await;
    assert!(all.contains("26 ressources") && all.contains("Page 1 sur 2"));
    // Associations see what is for everyone too; counts say what ticking
    // a value would give.
    let (_, associations) = page(&visitor, "/ressources?public=associations").await;
    assert!(associations.contains("23 ressources"));
    assert!(
        associations
            .contains("value=\"prestataires\"><span>Prestataires <span class=\"count\">4</span>")
    );
    let (_, english) = page(&visitor, "/ressources?langue=en&format=video").await;
    assert!(english.contains("3 ressources") && english.contains("Hosting video 2"));
    // Words without accents, plurals.
    let (_, funding) = page(&visitor, "/ressources?q=economies").await;
    assert!(
        funding.contains("1 ressource") && funding.contains("Financer l&#39;économie numérique")
    );
    // Sorted by title, second page, every choice kept in the links.
    let (_, second) = page(&visitor, "/ressources?theme=droit-rgpd&tri=titre&page=2").await;
    assert!(
        second.contains("Fiche juridique numéro 20")
            && second.contains("Fiche juridique numéro 21")
    );
    assert!(!second.contains("Fiche juridique numéro 19"));
    assert!(second.contains("href=\"/ressources?theme=droit-rgpd&#38;tri=titre\" rel=\"prev\""));
    // A filter that does not exist is named, and the rest still applies.
    let (status, unknown) = page(&visitor, "/ressources?format=podcast&langue=en").await;
    assert_eq!(status, 200);
    assert!(unknown.contains("Le filtre « format = podcast » n&#39;existe pas"));
    assert!(unknown.contains("3 ressources"));
    // Past the last page: an empty page, not an error.
    let (status, past) = page(&visitor, "/ressources?page=99").await;
    assert_eq!(status, 200);
    assert!(past.contains("Aucune ressource ne correspond"));
}

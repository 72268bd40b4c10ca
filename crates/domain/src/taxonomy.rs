//! The directory's taxonomy. Slugs are stable API values; labels are shown in
//! the reader's language (French labels are the reference, see product.md).

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::Locale;

/// Declares a closed list of terms with their slug and labels.
macro_rules! taxonomy {
    ($(#[$doc:meta])* $name:ident, $param:literal {
        $($variant:ident = $slug:literal, $fr:literal, $en:literal;)*
    }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),*];
            /// The URL parameter that filters on this taxonomy.
            pub const PARAM: &'static str = $param;

            pub fn slug(self) -> &'static str {
                match self { $($name::$variant => $slug),* }
            }

            pub fn label(self, locale: Locale) -> &'static str {
                match (self, locale) {
                    $(($name::$variant, Locale::Fr) => $fr,
                      ($name::$variant, Locale::En) => $en,)*
                }
            }

            pub fn from_slug(slug: &str) -> Option<$name> {
                match slug { $($slug => Some($name::$variant),)* _ => None }
            }

            /// Position in `ALL`, for counting arrays.
            pub fn index(self) -> usize {
                self as usize
            }

            /// The accepted slugs, for error messages.
            pub fn slugs() -> String {
                [$($slug),*].join(", ")
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.slug())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = String::deserialize(deserializer)?;
                $name::from_slug(&text).ok_or_else(|| {
                    serde::de::Error::custom(format!(
                        "« {text} » n'est pas une valeur admise (valeurs : {})",
                        $name::slugs()
                    ))
                })
            }
        }
    };
}

taxonomy! {
    /// Kinds of support a provider offers (`accompagnement`).
    SupportType, "accompagnement" {
        Diagnostic = "diagnostic", "Diagnostic numérique", "Digital assessment";
        Strategy = "strategie", "Stratégie et feuille de route", "Strategy and roadmap";
        Awareness = "sensibilisation", "Sensibilisation des équipes", "Team awareness";
        ToolChoice = "choix-outils", "Préconisations et choix des outils", "Tool recommendations and choice";
        Deployment = "deploiement", "Mise en place et paramétrage", "Set-up and configuration";
        Migration = "migration", "Migration des données", "Data migration";
        Hosting = "hebergement", "Hébergement de services", "Service hosting";
        Training = "formation", "Formation et prise en main", "Training and onboarding";
        ChangeManagement = "conduite-changement", "Conduite du changement", "Change management";
        Maintenance = "maintenance", "Maintenance et support", "Maintenance and support";
        Development = "developpement", "Développement et adaptation de logiciels", "Software development and adaptation";
    }
}

taxonomy! {
    /// Sizes of the associations a provider serves (`taille`).
    AssociationSize, "taille" {
        NoStaff = "sans-salarie", "Sans salarié·e", "No employees";
        Small = "1-9", "1 à 9 salarié·es", "1 to 9 employees";
        Medium = "10-49", "10 à 49 salarié·es", "10 to 49 employees";
        Large = "50-plus", "50 salarié·es et plus", "50 employees or more";
    }
}

taxonomy! {
    /// How support is given (`modalite`).
    Modality, "modalite" {
        Remote = "distance", "À distance", "Remote";
        OnSite = "presentiel", "Sur place", "On site";
        Group = "collectif", "Ateliers et formations collectives", "Group workshops and training";
    }
}

taxonomy! {
    /// Legal form of a provider (`structure`).
    Structure, "structure" {
        Association = "association", "Association", "Association";
        Cooperative = "cooperative", "Coopérative (SCOP, SCIC…)", "Cooperative";
        Company = "entreprise", "Entreprise", "Company";
        Freelance = "independant", "Indépendant·e", "Freelancer";
        Collective = "collectif", "Collectif", "Collective";
        Other = "autre", "Autre", "Other";
    }
}

taxonomy! {
    /// Size of a provider's team.
    TeamSize, "equipe" {
        One = "1", "1 personne", "1 person";
        UpToFive = "2-5", "2 à 5 personnes", "2 to 5 people";
        UpToTwenty = "6-20", "6 à 20 personnes", "6 to 20 people";
        MoreThanTwenty = "21-plus", "21 personnes et plus", "21 people or more";
    }
}

taxonomy! {
    /// Whether a provider takes new associations now (`disponibilite`).
    Availability, "disponibilite" {
        Available = "disponible", "Disponible", "Available";
        Full = "complet", "Complet pour le moment", "Fully booked for now";
        Paused = "en-pause", "En pause", "Paused";
    }
}

taxonomy! {
    /// Pricing conditions.
    PricingFlag, "tarif" {
        PayWhatYouCan = "prix-libre", "Prix libre", "Pay what you can";
        SolidarityRate = "tarif-solidaire", "Tarif solidaire", "Solidarity rate";
        OnQuote = "sur-devis", "Sur devis", "On quote";
        Membership = "adhesion", "Adhésion", "Membership";
    }
}

taxonomy! {
    /// Where a profile stands in the review by the network.
    ProviderStatus, "statut" {
        Draft = "brouillon", "Brouillon", "Draft";
        Submitted = "soumise", "Soumise à la relecture", "Submitted for review";
        Published = "publiee", "Publiée", "Published";
        ChangesRequested = "modifications-demandees", "Modifications demandées", "Changes requested";
        Refused = "refusee", "Refusée", "Refused";
        Suspended = "suspendue", "Suspendue", "Suspended";
    }
}

impl ProviderStatus {
    /// The working copy is in the provider's hands (it may be incomplete).
    pub fn is_being_edited(self) -> bool {
        matches!(
            self,
            ProviderStatus::Draft | ProviderStatus::ChangesRequested | ProviderStatus::Refused
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_round_trip_and_match_the_specification() {
        assert_eq!(SupportType::ALL.len(), 11);
        for term in SupportType::ALL {
            assert_eq!(SupportType::from_slug(term.slug()), Some(*term));
        }
        assert_eq!(
            AssociationSize::from_slug("1-9"),
            Some(AssociationSize::Small)
        );
        assert_eq!(
            SupportType::Migration.label(Locale::Fr),
            "Migration des données"
        );
        assert_eq!(SupportType::from_slug("Migration"), None);
    }

    #[test]
    fn unknown_slugs_are_refused_in_french() {
        let error = serde_json::from_str::<Modality>("\"teletravail\"")
            .unwrap_err()
            .to_string();
        assert!(
            error.contains("« teletravail » n'est pas une valeur admise"),
            "{error}"
        );
        assert!(error.contains("distance, presentiel, collectif"), "{error}");
    }
}

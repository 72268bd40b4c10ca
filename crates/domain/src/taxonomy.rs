//! The directory's taxonomy. Slugs are stable API values; labels are shown in
//! the reader's language (French labels are the reference, see product.md).

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::Locale;

/// Declares a closed list of terms with their slug and labels.
macro_rules! taxonomy {
    ($(#[$doc:meta])* $name:ident, $param:literal {
        $($variant:ident = $slug:literal, $key:literal;)*
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

            /// The Fluent key of its label (`taxonomy.ftl`).
            pub fn label_key(self) -> &'static str {
                match self { $($name::$variant => $key),* }
            }

            pub fn label(self, locale: Locale) -> &'static str {
                crate::i18n::static_text(locale, self.label_key())
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
        Diagnostic = "diagnostic", "taxonomy-accompagnement-diagnostic";
        Strategy = "strategie", "taxonomy-accompagnement-strategie";
        Awareness = "sensibilisation", "taxonomy-accompagnement-sensibilisation";
        ToolChoice = "choix-outils", "taxonomy-accompagnement-choix-outils";
        Deployment = "deploiement", "taxonomy-accompagnement-deploiement";
        Migration = "migration", "taxonomy-accompagnement-migration";
        Hosting = "hebergement", "taxonomy-accompagnement-hebergement";
        Training = "formation", "taxonomy-accompagnement-formation";
        ChangeManagement = "conduite-changement", "taxonomy-accompagnement-conduite-changement";
        Maintenance = "maintenance", "taxonomy-accompagnement-maintenance";
        Development = "developpement", "taxonomy-accompagnement-developpement";
    }
}

taxonomy! {
    /// Sizes of the associations a provider serves (`taille`).
    AssociationSize, "taille" {
        NoStaff = "sans-salarie", "taxonomy-taille-sans-salarie";
        Small = "1-9", "taxonomy-taille-1-9";
        Medium = "10-49", "taxonomy-taille-10-49";
        Large = "50-plus", "taxonomy-taille-50-plus";
    }
}

taxonomy! {
    /// What an association does (`domaine`), after the themes of the
    /// national register of associations.
    AssociationField, "domaine" {
        Culture = "culture", "taxonomy-domaine-culture";
        Sport = "sport", "taxonomy-domaine-sport";
        Leisure = "loisirs", "taxonomy-domaine-loisirs";
        Social = "social", "taxonomy-domaine-social";
        Health = "sante", "taxonomy-domaine-sante";
        Education = "education", "taxonomy-domaine-education";
        Environment = "environnement", "taxonomy-domaine-environnement";
        Rights = "droits", "taxonomy-domaine-droits";
        LocalEconomy = "economie", "taxonomy-domaine-economie";
        International = "international", "taxonomy-domaine-international";
        Other = "autre", "taxonomy-domaine-autre";
    }
}

taxonomy! {
    /// A person's role in an association (`role`): a `responsable` runs the
    /// space and its members; a `membre` takes part.
    MemberRole, "role" {
        Responsable = "responsable", "taxonomy-role-responsable";
        Member = "membre", "taxonomy-role-membre";
    }
}

taxonomy! {
    /// Where a step of an association's roadmap stands (`statut`);
    /// `conserve`: the tool is kept on purpose, for a reason said.
    ItemStatus, "statut" {
        ToDo = "a-faire", "taxonomy-statut-a-faire";
        Testing = "en-test", "taxonomy-statut-en-test";
        InProgress = "en-cours", "taxonomy-statut-en-cours";
        Partial = "partiel", "taxonomy-statut-partiel";
        Done = "termine", "taxonomy-statut-termine";
        Kept = "conserve", "taxonomy-statut-conserve";
    }
}

taxonomy! {
    /// How soon a step of a roadmap should come (`priorite`).
    Priority, "priorite" {
        High = "haute", "taxonomy-priorite-haute";
        Medium = "moyenne", "taxonomy-priorite-moyenne";
        Low = "basse", "taxonomy-priorite-basse";
    }
}

taxonomy! {
    /// The eight steps of a transition, as associations that went through
    /// one describe it (`etape`).
    TransitionStep, "etape" {
        Needs = "besoins", "taxonomy-etape-besoins";
        Awareness = "sensibilisation", "taxonomy-etape-sensibilisation";
        Strategy = "strategie", "taxonomy-etape-strategie";
        ToolChoice = "choix-outils", "taxonomy-etape-choix-outils";
        Processes = "adaptation", "taxonomy-etape-adaptation";
        Training = "formation", "taxonomy-etape-formation";
        Collaboration = "collaboration", "taxonomy-etape-collaboration";
        Continuous = "amelioration", "taxonomy-etape-amelioration";
    }
}

taxonomy! {
    /// How many people use a tool, in a diagnostic (`personnes`).
    PeopleCount, "personnes" {
        One = "1", "taxonomy-personnes-1";
        Few = "2-5", "taxonomy-personnes-2-5";
        Some = "6-20", "taxonomy-personnes-6-20";
        Many = "plus-de-20", "taxonomy-personnes-plus-de-20";
    }
}

taxonomy! {
    /// How much a tool matters to the association's work (`importance`).
    Criticality, "importance" {
        Low = "faible", "taxonomy-importance-faible";
        Important = "importante", "taxonomy-importance-importante";
        Vital = "vitale", "taxonomy-importance-vitale";
    }
}

taxonomy! {
    /// What holds a tool in place (`attache`).
    Hold, "attache" {
        History = "historique", "taxonomy-attache-historique";
        Partners = "partenaires", "taxonomy-attache-partenaires";
        Habits = "habitudes", "taxonomy-attache-habitudes";
    }
}

taxonomy! {
    /// How support is given (`modalite`).
    Modality, "modalite" {
        Remote = "distance", "taxonomy-modalite-distance";
        OnSite = "presentiel", "taxonomy-modalite-presentiel";
        Group = "collectif", "taxonomy-modalite-collectif";
    }
}

taxonomy! {
    /// Legal form of a provider (`structure`).
    Structure, "structure" {
        Association = "association", "taxonomy-structure-association";
        Cooperative = "cooperative", "taxonomy-structure-cooperative";
        Company = "entreprise", "taxonomy-structure-entreprise";
        Freelance = "independant", "taxonomy-structure-independant";
        Collective = "collectif", "taxonomy-structure-collectif";
        Other = "autre", "taxonomy-structure-autre";
    }
}

taxonomy! {
    /// Size of a provider's team.
    TeamSize, "equipe" {
        One = "1", "taxonomy-equipe-1";
        UpToFive = "2-5", "taxonomy-equipe-2-5";
        UpToTwenty = "6-20", "taxonomy-equipe-6-20";
        MoreThanTwenty = "21-plus", "taxonomy-equipe-21-plus";
    }
}

taxonomy! {
    /// Whether a provider takes new associations now (`disponibilite`).
    Availability, "disponibilite" {
        Available = "disponible", "taxonomy-disponibilite-disponible";
        Full = "complet", "taxonomy-disponibilite-complet";
        Paused = "en-pause", "taxonomy-disponibilite-en-pause";
    }
}

taxonomy! {
    /// Pricing conditions.
    PricingFlag, "tarif" {
        PayWhatYouCan = "prix-libre", "taxonomy-tarif-prix-libre";
        SolidarityRate = "tarif-solidaire", "taxonomy-tarif-tarif-solidaire";
        OnQuote = "sur-devis", "taxonomy-tarif-sur-devis";
        Membership = "adhesion", "taxonomy-tarif-adhesion";
    }
}

taxonomy! {
    /// Where a profile stands in the review by the network.
    ProviderStatus, "statut" {
        Draft = "brouillon", "taxonomy-statut-brouillon";
        Submitted = "soumise", "taxonomy-statut-soumise";
        Published = "publiee", "taxonomy-statut-publiee";
        ChangesRequested = "modifications-demandees", "taxonomy-statut-modifications-demandees";
        Refused = "refusee", "taxonomy-statut-refusee";
        Suspended = "suspendue", "taxonomy-statut-suspendue";
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

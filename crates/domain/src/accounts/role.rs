use serde::{Deserialize, Serialize};

/// What an account may do, from least to most. Each role includes the
/// rights of those before it, except that a `prestataire` is simply a
/// `membre` who also manages provider profiles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    Membre,
    Prestataire,
    Moderateur,
    Admin,
}

impl Role {
    pub const ALL: [Role; 4] = [
        Role::Membre,
        Role::Prestataire,
        Role::Moderateur,
        Role::Admin,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Role::Membre => "membre",
            Role::Prestataire => "prestataire",
            Role::Moderateur => "moderateur",
            Role::Admin => "admin",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.slug() == slug)
    }

    /// The translation key of the role's name.
    pub fn label_key(self) -> &'static str {
        match self {
            Role::Membre => "role-membre",
            Role::Prestataire => "role-prestataire",
            Role::Moderateur => "role-moderateur",
            Role::Admin => "role-admin",
        }
    }

    pub fn can_moderate(self) -> bool {
        matches!(self, Role::Moderateur | Role::Admin)
    }

    pub fn is_admin(self) -> bool {
        self == Role::Admin
    }
}

#[cfg(test)]
mod tests {
    use super::Role;

    #[test]
    fn slugs_round_trip() {
        for role in Role::ALL {
            assert_eq!(Role::from_slug(role.slug()), Some(role));
        }
        assert_eq!(Role::from_slug("root"), None);
        assert!(Role::Admin.can_moderate() && !Role::Prestataire.can_moderate());
    }
}

//! What the moderation log records: one kind per decision or step.

/// The kinds of entries of the moderation log, with stable slugs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogKind {
    Submitted,
    Approved,
    ChangesRequested,
    Refused,
    Suspended,
    Reinstated,
    Paused,
    Resumed,
    Confirmed,
    ManagerInvited,
    ManagerJoined,
    ManagerLeft,
}

impl LogKind {
    pub const ALL: [LogKind; 12] = [
        LogKind::Submitted,
        LogKind::Approved,
        LogKind::ChangesRequested,
        LogKind::Refused,
        LogKind::Suspended,
        LogKind::Reinstated,
        LogKind::Paused,
        LogKind::Resumed,
        LogKind::Confirmed,
        LogKind::ManagerInvited,
        LogKind::ManagerJoined,
        LogKind::ManagerLeft,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            LogKind::Submitted => "soumission",
            LogKind::Approved => "approbation",
            LogKind::ChangesRequested => "modifications-demandees",
            LogKind::Refused => "refus",
            LogKind::Suspended => "suspension",
            LogKind::Reinstated => "retablissement",
            LogKind::Paused => "mise-en-pause",
            LogKind::Resumed => "reprise",
            LogKind::Confirmed => "confirmation",
            LogKind::ManagerInvited => "invitation-gestionnaire",
            LogKind::ManagerJoined => "arrivee-gestionnaire",
            LogKind::ManagerLeft => "depart-gestionnaire",
        }
    }

    pub fn from_slug(slug: &str) -> Option<LogKind> {
        LogKind::ALL.into_iter().find(|k| k.slug() == slug)
    }

    /// The translation key of its name in the log.
    pub fn label_key(self) -> &'static str {
        match self {
            LogKind::Submitted => "log-kind-submitted",
            LogKind::Approved => "log-kind-approved",
            LogKind::ChangesRequested => "log-kind-changes-requested",
            LogKind::Refused => "log-kind-refused",
            LogKind::Suspended => "log-kind-suspended",
            LogKind::Reinstated => "log-kind-reinstated",
            LogKind::Paused => "log-kind-paused",
            LogKind::Resumed => "log-kind-resumed",
            LogKind::Confirmed => "log-kind-confirmed",
            LogKind::ManagerInvited => "log-kind-manager-invited",
            LogKind::ManagerJoined => "log-kind-manager-joined",
            LogKind::ManagerLeft => "log-kind-manager-left",
        }
    }
}

/// The target kind of entries about provider profiles.
pub const TARGET_PROVIDER: &str = "prestataire";

#[cfg(test)]
mod tests {
    use super::LogKind;

    #[test]
    fn slugs_are_unique_and_round_trip() {
        for kind in LogKind::ALL {
            assert_eq!(LogKind::from_slug(kind.slug()), Some(kind));
        }
    }
}

//! The moderation shared by every pillar: what it acts on (a target kind
//! and id), why members report something, and what the one log records.

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
    /// A member's report was acted upon.
    ReportResolved,
    /// A member's report needed nothing done.
    ReportDismissed,
    /// A moderator added an entry to the catalogue.
    CatalogueAdded,
    /// A moderator changed an entry of the catalogue.
    CatalogueEdited,
    /// A forum topic or post was hidden, by a moderator or by flags.
    Hidden,
    /// A hidden topic or post is shown again.
    Shown,
    /// A topic no longer takes replies.
    Closed,
    Reopened,
    Pinned,
    Unpinned,
    /// A topic went to another category.
    Moved,
    /// A moderator set a forum member's level of trust.
    TrustChanged,
    /// A moderator changed something public (a library resource).
    Edited,
}

impl LogKind {
    pub const ALL: [LogKind; 25] = [
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
        LogKind::ReportResolved,
        LogKind::ReportDismissed,
        LogKind::CatalogueAdded,
        LogKind::CatalogueEdited,
        LogKind::Hidden,
        LogKind::Shown,
        LogKind::Closed,
        LogKind::Reopened,
        LogKind::Pinned,
        LogKind::Unpinned,
        LogKind::Moved,
        LogKind::TrustChanged,
        LogKind::Edited,
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
            LogKind::ReportResolved => "signalement-traite",
            LogKind::ReportDismissed => "signalement-rejete",
            LogKind::CatalogueAdded => "ajout-catalogue",
            LogKind::CatalogueEdited => "modification-catalogue",
            LogKind::Hidden => "masquage",
            LogKind::Shown => "demasquage",
            LogKind::Closed => "fermeture",
            LogKind::Reopened => "reouverture",
            LogKind::Pinned => "epinglage",
            LogKind::Unpinned => "desepinglage",
            LogKind::Moved => "deplacement",
            LogKind::TrustChanged => "niveau-de-confiance",
            LogKind::Edited => "modification",
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
            LogKind::ReportResolved => "log-kind-report-resolved",
            LogKind::ReportDismissed => "log-kind-report-dismissed",
            LogKind::CatalogueAdded => "log-kind-catalogue-added",
            LogKind::CatalogueEdited => "log-kind-catalogue-edited",
            LogKind::Hidden => "log-kind-hidden",
            LogKind::Shown => "log-kind-shown",
            LogKind::Closed => "log-kind-closed",
            LogKind::Reopened => "log-kind-reopened",
            LogKind::Pinned => "log-kind-pinned",
            LogKind::Unpinned => "log-kind-unpinned",
            LogKind::Moved => "log-kind-moved",
            LogKind::TrustChanged => "log-kind-trust-changed",
            LogKind::Edited => "log-kind-edited",
        }
    }
}

/// What moderation acts on. Each pillar that members can report or that
/// moderators review adds its kind here (forum posts, resources, pooled
/// needs); the queue, the reports, the notes and the log take any kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TargetKind {
    /// A provider profile (`providers.id`).
    Provider,
    /// An entry of the catalogue. Entries have no number: the id is the
    /// catalogue's revision the change made, the label names the entry
    /// (`logiciels/nextcloud`, `proprietaires/gmail`, `besoins/visio`).
    CatalogueEntry,
    /// A forum topic (`community_topics.id`).
    CommunityTopic,
    /// A forum post (`community_posts.id`).
    CommunityPost,
    /// A member of the forum (`community_members.account_id`; the label
    /// is their handle).
    CommunityMember,
    /// A resource of the library (`library_resources.id`; the label is its
    /// slug).
    LibraryResource,
    /// A course (`courses.id`; the label is its slug).
    Course,
}

impl TargetKind {
    pub const ALL: [TargetKind; 7] = [
        TargetKind::Provider,
        TargetKind::CatalogueEntry,
        TargetKind::CommunityTopic,
        TargetKind::CommunityPost,
        TargetKind::CommunityMember,
        TargetKind::LibraryResource,
        TargetKind::Course,
    ];

    /// Stored in the `target_kind` columns and used in forms.
    pub fn slug(self) -> &'static str {
        match self {
            TargetKind::Provider => "prestataire",
            TargetKind::CatalogueEntry => "catalogue",
            TargetKind::CommunityTopic => "sujet",
            TargetKind::CommunityPost => "message",
            TargetKind::CommunityMember => "membre-forum",
            TargetKind::LibraryResource => "ressource",
            TargetKind::Course => "parcours",
        }
    }

    pub fn from_slug(slug: &str) -> Option<TargetKind> {
        TargetKind::ALL.into_iter().find(|k| k.slug() == slug)
    }

    /// The translation key of the kind's name ("Fiche prestataire").
    pub fn label_key(self) -> &'static str {
        match self {
            TargetKind::Provider => "moderation-target-provider",
            TargetKind::CatalogueEntry => "moderation-target-catalogue",
            TargetKind::CommunityTopic => "moderation-target-topic",
            TargetKind::CommunityPost => "moderation-target-post",
            TargetKind::CommunityMember => "moderation-target-member",
            TargetKind::LibraryResource => "moderation-target-resource",
            TargetKind::Course => "moderation-target-course",
        }
    }
}

/// One thing moderation acts on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Target {
    pub kind: TargetKind,
    pub id: i64,
}

/// Why a member reports something to the moderators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportReason {
    /// Wrong or out-of-date information.
    Inaccurate,
    /// A link or an address that no longer works.
    Broken,
    /// Offensive, discriminatory or unlawful.
    Inappropriate,
    Spam,
    /// Not about the topic (forum posts).
    OffTopic,
    Other,
}

impl ReportReason {
    pub const ALL: [ReportReason; 6] = [
        ReportReason::Inaccurate,
        ReportReason::Broken,
        ReportReason::Inappropriate,
        ReportReason::Spam,
        ReportReason::OffTopic,
        ReportReason::Other,
    ];

    /// The reasons a member may give for a kind of target: a forum post is
    /// off topic rather than inaccurate.
    pub fn for_kind(kind: TargetKind) -> &'static [ReportReason] {
        match kind {
            TargetKind::CommunityTopic
            | TargetKind::CommunityPost
            | TargetKind::CommunityMember => &[
                ReportReason::OffTopic,
                ReportReason::Inappropriate,
                ReportReason::Spam,
                ReportReason::Other,
            ],
            _ => &[
                ReportReason::Inaccurate,
                ReportReason::Broken,
                ReportReason::Inappropriate,
                ReportReason::Spam,
                ReportReason::Other,
            ],
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            ReportReason::Inaccurate => "inexact",
            ReportReason::Broken => "lien-casse",
            ReportReason::Inappropriate => "inapproprie",
            ReportReason::Spam => "spam",
            ReportReason::OffTopic => "hors-sujet",
            ReportReason::Other => "autre",
        }
    }

    pub fn from_slug(slug: &str) -> Option<ReportReason> {
        ReportReason::ALL.into_iter().find(|r| r.slug() == slug)
    }

    pub fn label_key(self) -> &'static str {
        match self {
            ReportReason::Inaccurate => "moderation-reason-inaccurate",
            ReportReason::Broken => "moderation-reason-broken",
            ReportReason::Inappropriate => "moderation-reason-inappropriate",
            ReportReason::Spam => "moderation-reason-spam",
            ReportReason::OffTopic => "moderation-reason-off-topic",
            ReportReason::Other => "moderation-reason-other",
        }
    }
}

/// What a moderator makes of a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolution {
    /// Something was done (the profile corrected, suspended…).
    Resolved,
    /// Nothing needed doing.
    Dismissed,
}

impl Resolution {
    pub fn slug(self) -> &'static str {
        match self {
            Resolution::Resolved => "traite",
            Resolution::Dismissed => "rejete",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Resolution> {
        [Resolution::Resolved, Resolution::Dismissed]
            .into_iter()
            .find(|r| r.slug() == slug)
    }

    pub fn log_kind(self) -> LogKind {
        match self {
            Resolution::Resolved => LogKind::ReportResolved,
            Resolution::Dismissed => LogKind::ReportDismissed,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_unique_and_round_trip() {
        for kind in LogKind::ALL {
            assert_eq!(LogKind::from_slug(kind.slug()), Some(kind));
        }
        for kind in TargetKind::ALL {
            assert_eq!(TargetKind::from_slug(kind.slug()), Some(kind));
        }
        for reason in ReportReason::ALL {
            assert_eq!(ReportReason::from_slug(reason.slug()), Some(reason));
        }
        for resolution in [Resolution::Resolved, Resolution::Dismissed] {
            assert_eq!(Resolution::from_slug(resolution.slug()), Some(resolution));
        }
    }
}

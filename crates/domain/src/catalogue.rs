//! Free software that providers master (`outil`), with what each replaces.
//! Slugs are stable API values.

pub struct Tool {
    pub slug: &'static str,
    pub name: &'static str,
    /// Proprietary tools it commonly replaces in associations.
    pub replaces: &'static [&'static str],
    /// What associations call the need it meets, in their own words
    /// ("visio", "compta"): a search in those words finds the providers
    /// who master it.
    pub needs: &'static [&'static str],
}

const fn tool(
    slug: &'static str,
    name: &'static str,
    replaces: &'static [&'static str],
    needs: &'static [&'static str],
) -> Tool {
    Tool {
        slug,
        name,
        replaces,
        needs,
    }
}

const FILES: &[&str] = &["partage de fichiers", "stockage en ligne", "cloud"];
const OFFICE: &[&str] = &["bureautique", "traitement de texte", "tableur"];
const CO_WRITING: &[&str] = &["écriture collaborative", "traitement de texte"];
const MAIL: &[&str] = &["messagerie", "courriel", "mail"];
const VIDEO_MEETING: &[&str] = &["visio", "visioconférence", "réunion en ligne"];
const CHAT: &[&str] = &["messagerie instantanée", "discussion", "tchat"];
const SURVEY: &[&str] = &["sondage", "questionnaire", "formulaire"];
const ACCOUNTING: &[&str] = &[
    "comptabilité",
    "compta",
    "gestion des adhérents",
    "cotisations",
];
const WEBSITE: &[&str] = &["site web", "site internet"];
const SOCIAL: &[&str] = &["réseau social", "réseaux sociaux"];
const NEWSLETTER: &[&str] = &[
    "lettre d'information",
    "newsletter",
    "infolettre",
    "liste de diffusion",
];
const OPERATING_SYSTEM: &[&str] = &["système d'exploitation", "ordinateur", "reconditionnement"];
const PROJECTS: &[&str] = &["gestion de projet", "tâches", "kanban"];
const WIKI: &[&str] = &["wiki", "documentation", "base de connaissances"];

pub static TOOLS: &[Tool] = &[
    tool(
        "nextcloud",
        "Nextcloud",
        &["Google Drive", "Dropbox", "OneDrive"],
        FILES,
    ),
    tool(
        "collabora-online",
        "Collabora Online",
        &["Google Docs", "Office 365"],
        OFFICE,
    ),
    tool(
        "onlyoffice",
        "ONLYOFFICE",
        &["Google Docs", "Office 365"],
        OFFICE,
    ),
    tool(
        "libreoffice",
        "LibreOffice",
        &["Microsoft Office", "Word", "Excel"],
        OFFICE,
    ),
    tool("thunderbird", "Thunderbird", &["Outlook"], MAIL),
    tool("roundcube", "Roundcube", &["Gmail"], MAIL),
    tool(
        "sogo",
        "SOGo",
        &["Google Agenda", "Outlook"],
        &["agenda", "calendrier", "messagerie"],
    ),
    tool(
        "jitsi-meet",
        "Jitsi Meet",
        &["Zoom", "Google Meet"],
        VIDEO_MEETING,
    ),
    tool(
        "bigbluebutton",
        "BigBlueButton",
        &["Zoom", "Microsoft Teams"],
        VIDEO_MEETING,
    ),
    tool(
        "element-matrix",
        "Element (Matrix)",
        &["WhatsApp", "Slack"],
        CHAT,
    ),
    tool("mattermost", "Mattermost", &["Slack", "Discord"], CHAT),
    tool("rocket-chat", "Rocket.Chat", &["Slack"], CHAT),
    tool("signal", "Signal", &["WhatsApp"], CHAT),
    tool("yakforms", "Yakforms", &["Google Forms"], SURVEY),
    tool(
        "limesurvey",
        "LimeSurvey",
        &["Google Forms", "SurveyMonkey"],
        SURVEY,
    ),
    tool(
        "framadate",
        "Framadate",
        &["Doodle"],
        &["sondage", "date de réunion", "planification"],
    ),
    tool("etherpad", "Etherpad", &["Google Docs"], CO_WRITING),
    tool(
        "hedgedoc",
        "HedgeDoc",
        &["Google Docs", "Notion"],
        CO_WRITING,
    ),
    tool(
        "cryptpad",
        "CryptPad",
        &["Google Docs", "Google Sheets"],
        CO_WRITING,
    ),
    tool("paheko", "Paheko", &["Excel", "HelloAsso"], ACCOUNTING),
    tool("dolibarr", "Dolibarr", &["Sage", "Excel"], ACCOUNTING),
    tool("wordpress", "WordPress", &["Wix"], WEBSITE),
    tool("spip", "SPIP", &["Wix"], WEBSITE),
    tool("mastodon", "Mastodon", &["X (Twitter)", "Facebook"], SOCIAL),
    tool(
        "mobilizon",
        "Mobilizon",
        &["Facebook"],
        &["événements", "agenda", "réseau social"],
    ),
    tool("peertube", "PeerTube", &["YouTube"], &["vidéo", "vidéos"]),
    tool(
        "matomo",
        "Matomo",
        &["Google Analytics"],
        &["statistiques", "mesure d'audience"],
    ),
    tool("umap", "uMap", &["Google Maps"], &["carte", "cartographie"]),
    tool("listmonk", "listmonk", &["Mailchimp"], NEWSLETTER),
    tool("sympa", "Sympa", &["Google Groups"], NEWSLETTER),
    tool("linux-mint", "Linux Mint", &["Windows"], OPERATING_SYSTEM),
    tool("ubuntu", "Ubuntu", &["Windows"], OPERATING_SYSTEM),
    tool("kanboard", "Kanboard", &["Trello"], PROJECTS),
    tool("wekan", "Wekan", &["Trello"], PROJECTS),
    tool("openproject", "OpenProject", &["Asana", "Monday"], PROJECTS),
    tool("dokuwiki", "DokuWiki", &["Notion", "Confluence"], WIKI),
    tool("bookstack", "BookStack", &["Notion", "Confluence"], WIKI),
    tool(
        "discourse",
        "Discourse",
        &["Facebook (groupes)"],
        &["forum", "entraide"],
    ),
    tool(
        "penpot",
        "Penpot",
        &["Canva", "Figma"],
        &["graphisme", "maquette"],
    ),
    tool(
        "yunohost",
        "YunoHost",
        &["Google Workspace"],
        &["auto-hébergement", "serveur", "hébergement"],
    ),
];

pub fn tool_by_slug(slug: &str) -> Option<&'static Tool> {
    TOOLS.iter().find(|t| t.slug == slug)
}

/// Position of a tool in `TOOLS`, for counting arrays.
pub fn tool_index(slug: &str) -> Option<usize> {
    TOOLS.iter().position(|t| t.slug == slug)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_unique_and_lowercase() {
        let mut slugs: Vec<_> = TOOLS.iter().map(|t| t.slug).collect();
        slugs.sort();
        slugs.dedup();
        assert_eq!(slugs.len(), TOOLS.len());
        assert!(slugs.iter().all(|s| {
            s.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        }));
    }
}

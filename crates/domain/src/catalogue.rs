//! Free software that providers master (`outil`), with what each replaces.
//! Slugs are stable API values.

pub struct Tool {
    pub slug: &'static str,
    pub name: &'static str,
    /// Proprietary tools it commonly replaces in associations.
    pub replaces: &'static [&'static str],
}

const fn tool(slug: &'static str, name: &'static str, replaces: &'static [&'static str]) -> Tool {
    Tool {
        slug,
        name,
        replaces,
    }
}

pub static TOOLS: &[Tool] = &[
    tool(
        "nextcloud",
        "Nextcloud",
        &["Google Drive", "Dropbox", "OneDrive"],
    ),
    tool(
        "collabora-online",
        "Collabora Online",
        &["Google Docs", "Office 365"],
    ),
    tool("onlyoffice", "ONLYOFFICE", &["Google Docs", "Office 365"]),
    tool("libreoffice", "LibreOffice", &["Microsoft Office"]),
    tool("thunderbird", "Thunderbird", &["Outlook"]),
    tool("roundcube", "Roundcube", &["Gmail"]),
    tool("sogo", "SOGo", &["Google Agenda", "Outlook"]),
    tool("jitsi-meet", "Jitsi Meet", &["Zoom", "Google Meet"]),
    tool(
        "bigbluebutton",
        "BigBlueButton",
        &["Zoom", "Microsoft Teams"],
    ),
    tool("element-matrix", "Element (Matrix)", &["WhatsApp", "Slack"]),
    tool("mattermost", "Mattermost", &["Slack", "Discord"]),
    tool("rocket-chat", "Rocket.Chat", &["Slack"]),
    tool("signal", "Signal", &["WhatsApp"]),
    tool("yakforms", "Yakforms", &["Google Forms"]),
    tool(
        "limesurvey",
        "LimeSurvey",
        &["Google Forms", "SurveyMonkey"],
    ),
    tool("framadate", "Framadate", &["Doodle"]),
    tool("etherpad", "Etherpad", &["Google Docs"]),
    tool("hedgedoc", "HedgeDoc", &["Google Docs", "Notion"]),
    tool("cryptpad", "CryptPad", &["Google Docs", "Google Sheets"]),
    tool("paheko", "Paheko", &["Excel", "HelloAsso"]),
    tool("dolibarr", "Dolibarr", &["Sage", "Excel"]),
    tool("wordpress", "WordPress", &["Wix"]),
    tool("spip", "SPIP", &["Wix"]),
    tool("mastodon", "Mastodon", &["X (Twitter)", "Facebook"]),
    tool("mobilizon", "Mobilizon", &["Facebook"]),
    tool("peertube", "PeerTube", &["YouTube"]),
    tool("matomo", "Matomo", &["Google Analytics"]),
    tool("umap", "uMap", &["Google Maps"]),
    tool("listmonk", "listmonk", &["Mailchimp"]),
    tool("sympa", "Sympa", &["Google Groups"]),
    tool("linux-mint", "Linux Mint", &["Windows"]),
    tool("ubuntu", "Ubuntu", &["Windows"]),
    tool("kanboard", "Kanboard", &["Trello"]),
    tool("wekan", "Wekan", &["Trello"]),
    tool("openproject", "OpenProject", &["Asana", "Monday"]),
    tool("dokuwiki", "DokuWiki", &["Notion", "Confluence"]),
    tool("bookstack", "BookStack", &["Notion", "Confluence"]),
    tool("discourse", "Discourse", &["Facebook (groupes)"]),
    tool("penpot", "Penpot", &["Canva", "Figma"]),
    tool("yunohost", "YunoHost", &["Google Workspace"]),
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

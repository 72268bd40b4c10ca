//! `essaim print-config`: the configuration as TOML, secrets masked.

use url::Url;

use super::{Config, MailBackend};

impl Config {
    /// The configuration as TOML, secrets masked, each line with its source.
    pub fn to_display_toml(&self) -> String {
        let mut out = String::from(
            "# Configuration en vigueur : défauts < essaim.toml < variables ESSAIM_* < options\n",
        );
        let database_url = essaim_store::redact_url(&self.database_url());
        let smtp_url = match &self.mail.backend {
            MailBackend::Smtp(url) => essaim_store::redact_url(url),
            _ => String::new(),
        };
        let mail_backend = match &self.mail.backend {
            MailBackend::Smtp(_) => "smtp",
            MailBackend::File => "file",
            MailBackend::Memory => "memory",
        };
        let rules = |rules: &[essaim_web::rate_limit::Rule]| {
            rules
                .iter()
                .map(|r| {
                    let unit = match r.period.as_secs() {
                        1 => "s",
                        60 => "min",
                        3600 => "h",
                        _ => "j",
                    };
                    format!("{}/{unit}", r.count)
                })
                .collect::<Vec<_>>()
                .join(",")
        };
        let values: [(&str, toml::Value); 29] = [
            ("listen", self.listen.to_string().into()),
            ("data_dir", self.data_dir.display().to_string().into()),
            ("database_url", database_url.into()),
            (
                "public_url",
                self.public_url
                    .as_ref()
                    .map(Url::to_string)
                    .unwrap_or_default()
                    .into(),
            ),
            ("demo", self.demo.into()),
            ("log", self.log.clone().into()),
            ("instance_name", self.instance_name.clone().into()),
            ("map_tile_url", self.map_tile_url.clone().into()),
            ("map_attribution", self.map_attribution.clone().into()),
            ("data_licence", self.data_licence.clone().into()),
            ("mail_backend", mail_backend.into()),
            ("smtp_url", smtp_url.into()),
            ("mail_from", self.mail.from.clone().into()),
            ("rate_limit_login", rules(&self.rates.login).into()),
            (
                "rate_limit_registration",
                rules(&self.rates.registration).into(),
            ),
            (
                "rate_limit_password_reset",
                rules(&self.rates.password_reset).into(),
            ),
            ("rate_limit_contact", rules(&self.rates.contact).into()),
            ("behind_proxy", self.behind_proxy.into()),
            ("reminder_after_days", self.reminder_after_days.into()),
            ("stale_after_days", self.stale_after_days.into()),
            ("notification_delay", self.notification_delay_minutes.into()),
            ("notification_daily_cap", self.notification_daily_cap.into()),
            ("trust_topics_read", self.trust.topics_read.into()),
            ("trust_days", self.trust.days.into()),
            ("hold_first_post", self.hold_first_post.into()),
            ("link_check_days", self.link_check_days.into()),
            (
                "reply_address",
                self.email_in
                    .reply_address
                    .as_ref()
                    .map(|a| a.with_key(essaim_domain::community::email_reply::KEY_PLACEHOLDER))
                    .unwrap_or_default()
                    .into(),
            ),
            (
                "imap_url",
                essaim_store::redact_url(&self.email_in.imap_url).into(),
            ),
            (
                "imap_interval",
                (self.email_in.imap_interval.as_secs() as i64).into(),
            ),
        ];
        for (key, value) in values {
            out.push_str(&format!("{key} = {value}  # {}\n", self.sources[key]));
        }
        out
    }
}

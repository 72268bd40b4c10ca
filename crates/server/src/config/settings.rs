//! The list of settings: key, command-line option, default and help.

/// Every setting, with its environment variable and command-line option.
pub const SETTINGS: &[Setting] = &[
    Setting::new(
        "listen",
        "--listen",
        "127.0.0.1:8080",
        "adresse IP et port d'écoute",
    ),
    Setting::new(
        "data_dir",
        "--data-dir",
        "./data",
        "dossier des données (base SQLite, fichiers envoyés, courriels)",
    ),
    Setting::new(
        "database_url",
        "--database-url",
        "",
        "base de données : vide pour SQLite dans le dossier de données, ou postgres://…",
    ),
    Setting::new(
        "public_url",
        "--public-url",
        "",
        "adresse publique (https://…) utilisée dans les courriels, pour HSTS et les cookies Secure",
    ),
    Setting::new(
        "demo",
        "--demo",
        "false",
        "charge les données de démonstration dans une base vide",
    ),
    Setting::new(
        "log",
        "--log",
        "info,sqlx=warn",
        "niveau de journalisation (error, warn, info, debug, trace ou cible=niveau,…)",
    ),
    Setting::new(
        "log_format",
        "--log-format",
        "text",
        "forme des journaux : text (lisible, en couleur dans un terminal) ou json (un objet JSON par ligne)",
    ),
    Setting::new(
        "instance_name",
        "--instance-name",
        "Essaim",
        "nom de l'instance affiché sur les pages",
    ),
    Setting::new(
        "map_tile_url",
        "--map-tile-url",
        "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
        "modèle d'adresse des tuiles de carte, avec {z}, {x} et {y}",
    ),
    Setting::new(
        "map_attribution",
        "--map-attribution",
        "© les contributeurs d'OpenStreetMap",
        "mention des sources de la carte",
    ),
    Setting::new(
        "mail_backend",
        "--mail-backend",
        "auto",
        "envoi des courriels : auto (SMTP si smtp_url est défini, sinon fichiers), smtp, file (dossier outbox/ des données) ou memory (tests)",
    ),
    Setting::new(
        "smtp_url",
        "--smtp-url",
        "",
        "serveur SMTP : smtps://utilisateur:motdepasse@hote:465 (TLS) ou smtp://…:587?tls=required (STARTTLS)",
    ),
    Setting::new(
        "mail_from",
        "--mail-from",
        "",
        "expéditeur des courriels, par exemple « Essaim <ne-pas-repondre@exemple.org> » (par défaut : nom de l'instance et hôte public)",
    ),
    Setting::new(
        "rate_limit_login",
        "--rate-limit-login",
        "6/min,30/h",
        "tentatives de connexion permises par adresse IP et par compte (nombre/s, min, h ou j)",
    ),
    Setting::new(
        "rate_limit_registration",
        "--rate-limit-registration",
        "10/h",
        "inscriptions permises par adresse IP",
    ),
    Setting::new(
        "rate_limit_password_reset",
        "--rate-limit-password-reset",
        "5/h",
        "demandes de nouveau mot de passe permises par adresse IP et par adresse électronique",
    ),
    Setting::new(
        "rate_limit_contact",
        "--rate-limit-contact",
        "5/h",
        "messages permis par adresse IP sur les formulaires de contact des fiches",
    ),
    Setting::new(
        "behind_proxy",
        "--behind-proxy",
        "false",
        "true derrière un relais inverse : l'adresse du client est la dernière de X-Forwarded-For",
    ),
    Setting::new(
        "reminder_after_days",
        "--reminder-after-days",
        "365",
        "jours après la dernière vérification d'une fiche avant de demander à ses gestionnaires de la confirmer",
    ),
    Setting::new(
        "notification_delay",
        "--notification-delay",
        "10",
        "minutes d'attente avant d'envoyer par courriel une notification du forum (0 : tout de suite), pour que les modifications arrivent et qu'une notification lue entre-temps ne parte pas",
    ),
    Setting::new(
        "notification_daily_cap",
        "--notification-daily-cap",
        "20",
        "courriels de notification du forum envoyés au plus par membre et par 24 heures (le reste attend le résumé hebdomadaire)",
    ),
    Setting::new(
        "reply_address",
        "--reply-address",
        "",
        "adresse de réponse aux courriels du forum, avec {cle} à la place de la clé de chaque courriel (par exemple reponse+{cle}@forum.exemple.org) ; vide : les courriels invitent à répondre sur le site. Il faut aussi imap_url, ou essaim mail receive branché sur le serveur de courrier",
    ),
    Setting::new(
        "imap_url",
        "--imap-url",
        "",
        "boîte où arrivent les réponses par courriel, relevée régulièrement : imaps://utilisateur:motdepasse@hote:993/INBOX (TLS), imap://…?tls=required (STARTTLS) ou imap://… (serveur local) ; chaque message traité est supprimé",
    ),
    Setting::new(
        "imap_interval",
        "--imap-interval",
        "60",
        "secondes entre deux relèves de la boîte imap_url",
    ),
    Setting::new(
        "trust_topics_read",
        "--trust-topics-read",
        "5",
        "sujets qu'un nouveau membre du forum doit avoir lus pour ne plus être limité (liens, rythme, premier jour)",
    ),
    Setting::new(
        "trust_days",
        "--trust-days",
        "2",
        "jours depuis son arrivée sur le forum avant qu'un nouveau membre ne soit plus limité",
    ),
    Setting::new(
        "hold_first_post",
        "--hold-first-post",
        "false",
        "true : le premier message d'un nouveau membre du forum attend la validation d'un modérateur",
    ),
    Setting::new(
        "link_check_days",
        "--link-check-days",
        "7",
        "jours entre deux vérifications du lien d'une ressource de la bibliothèque ; un lien n'est marqué cassé qu'après deux réponses 404 ou 410 à plusieurs jours d'écart",
    ),
    Setting::new(
        "stale_after_days",
        "--stale-after-days",
        "400",
        "jours sans confirmation après lesquels une fiche est signalée comme ancienne",
    ),
    Setting::new(
        "time_zone",
        "--time-zone",
        "Europe/Paris",
        "fuseau horaire de l'instance (nom IANA : Europe/Paris, America/Cayenne, Indian/Reunion…) : la date du jour, les échéances et les dates affichées s'y lisent",
    ),
    Setting::new(
        "header_timeout",
        "--header-timeout",
        "10",
        "secondes laissées à un client pour envoyer l'en-tête d'une requête ; une connexion qui n'en envoie pas d'autre est fermée au même délai",
    ),
    Setting::new(
        "idle_timeout",
        "--idle-timeout",
        "60",
        "secondes après lesquelles une connexion où plus rien ne passe, dans un sens ni dans l'autre, est fermée",
    ),
    Setting::new(
        "data_licence",
        "--data-licence",
        "Licence Ouverte / Etalab 2.0",
        "licence des données ouvertes de l'annuaire",
    ),
];

pub struct Setting {
    pub key: &'static str,
    pub flag: &'static str,
    pub default: &'static str,
    pub help: &'static str,
}

impl Setting {
    const fn new(
        key: &'static str,
        flag: &'static str,
        default: &'static str,
        help: &'static str,
    ) -> Setting {
        Setting {
            key,
            flag,
            default,
            help,
        }
    }

    pub fn env_var(&self) -> String {
        format!("ESSAIM_{}", self.key.to_ascii_uppercase())
    }
}

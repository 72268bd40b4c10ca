//! Command-line options. Values stay text here: `config` parses them so that
//! every mistake gets the same French message, whatever its source.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "essaim",
    version,
    about = "Essaim : l'annuaire, la communauté et les outils qui aident les associations à quitter les géants du numérique.",
    after_help = "Chaque réglage peut aussi venir d'essaim.toml ou d'une variable ESSAIM_* (voir le README)."
)]
pub struct Cli {
    #[command(flatten)]
    pub common: Common,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Args)]
pub struct Common {
    /// Fichier de configuration (par défaut ./essaim.toml s'il existe)
    #[arg(long, global = true, value_name = "FICHIER")]
    pub config: Option<PathBuf>,
    /// Dossier des données [défaut : ./data]
    #[arg(long, global = true, value_name = "DOSSIER")]
    pub data_dir: Option<String>,
    /// Base de données : sqlite://… ou postgres://… [défaut : SQLite dans le dossier des données]
    #[arg(long, global = true, value_name = "URL")]
    pub database_url: Option<String>,
    /// Niveau de journalisation [défaut : info,sqlx=warn]
    #[arg(long, global = true, value_name = "NIVEAU")]
    pub log: Option<String>,
    /// Forme des journaux : text ou json [défaut : text]
    #[arg(long, global = true, value_name = "FORME")]
    pub log_format: Option<String>,
}

// Parsed once per run: the size of the `serve` variant does not matter.
#[allow(clippy::large_enum_variant)]
#[derive(Subcommand)]
pub enum Command {
    /// Démarre le serveur web
    Serve(ServeArgs),
    /// Met à jour le schéma de la base de données
    Migrate,
    /// Affiche la configuration en vigueur (secrets masqués)
    PrintConfig,
    /// Exporte des données : l'annuaire ou le catalogue en JSON sur la
    /// sortie standard, un parcours dans un dossier
    Export {
        #[command(subcommand)]
        what: ExportWhat,
    },
    /// Importe des données (tout ou rien) : un fichier produit par
    /// `essaim export`, ou le dossier d'un parcours
    Import {
        #[command(subcommand)]
        what: ImportWhat,
    },
    /// Écrit N prestataires fictifs au format d'export (bancs d'essai) ;
    /// avec --forum N, écrit dans la base un forum fictif de N sujets de
    /// vingt messages ; avec --library N, une bibliothèque de N ressources
    #[command(hide = true)]
    DemoData {
        #[arg(long, default_value_t = 72)]
        count: usize,
        #[arg(long, default_value_t = 2026)]
        seed: u64,
        #[arg(long, value_name = "SUJETS")]
        forum: Option<usize>,
        #[arg(long, value_name = "RESSOURCES")]
        library: Option<usize>,
    },
    /// Gère les comptes depuis le serveur
    Admin {
        #[command(subcommand)]
        action: AdminAction,
    },
    /// Courrier reçu : réponses aux courriels du forum
    Mail {
        #[command(subcommand)]
        action: MailAction,
    },
    /// Copie cohérente d'une base SQLite en service
    Backup {
        /// Fichier de sauvegarde à créer
        #[arg(value_name = "FICHIER")]
        file: PathBuf,
    },
}

#[derive(Subcommand)]
pub enum AdminAction {
    /// Crée un compte à l'adresse déjà confirmée, par exemple le premier administrateur
    Create {
        /// Adresse électronique du compte
        #[arg(long, value_name = "ADRESSE")]
        email: String,
        /// Rôle : membre, prestataire, moderateur ou admin
        #[arg(long, value_name = "RÔLE", default_value = "admin")]
        role: String,
        /// Lit le mot de passe sur l'entrée standard (il n'apparaît ainsi ni à l'écran ni dans l'historique)
        #[arg(long)]
        password_stdin: bool,
    },
}

#[derive(Subcommand)]
pub enum MailAction {
    /// Lit un courriel (RFC 5322) sur l'entrée standard et le traite comme
    /// une réponse au forum, pour un serveur de courrier qui le transmet
    /// (Postfix : « | essaim mail receive »). Code de sortie 75 (réessayer
    /// plus tard) si la base est injoignable
    Receive,
}

#[derive(Subcommand)]
pub enum ExportWhat {
    /// Les fiches de l'annuaire, avec leur état de relecture (JSON)
    Prestataires,
    /// Le catalogue : besoins, logiciels propriétaires et logiciels libres (JSON)
    Catalogue,
    /// Un parcours, réécrit dans un dossier vide tel qu'il a été importé,
    /// fichier pour fichier
    Parcours {
        /// Adresse du parcours (/parcours/ADRESSE)
        #[arg(value_name = "ADRESSE")]
        slug: String,
        /// Dossier à créer, ou dossier vide
        #[arg(value_name = "DOSSIER")]
        dir: PathBuf,
    },
}

#[derive(Subcommand)]
pub enum ImportWhat {
    /// Les fiches de l'annuaire, depuis `essaim export prestataires`
    Prestataires {
        /// Fichier JSON, ou - pour l'entrée standard
        #[arg(value_name = "FICHIER")]
        file: PathBuf,
    },
    /// Le catalogue, depuis `essaim export catalogue`
    Catalogue {
        /// Fichier JSON, ou - pour l'entrée standard
        #[arg(value_name = "FICHIER")]
        file: PathBuf,
    },
    /// Un parcours : un dossier de fichiers Markdown (course.md, un dossier
    /// par module avec son module.md, les images). Met à jour le parcours
    /// s'il existe ; les membres gardent leur progression
    Parcours {
        /// Dossier du parcours
        #[arg(value_name = "DOSSIER")]
        dir: PathBuf,
        /// Publie aussitôt un nouveau parcours (sinon, un modérateur le
        /// publie depuis /moderation/parcours)
        #[arg(long)]
        publier: bool,
    },
}

/// What `essaim import` reads from a JSON file.
#[derive(Clone, Copy)]
pub enum Dataset {
    Prestataires,
    Catalogue,
}

#[derive(Args)]
pub struct ServeArgs {
    /// Adresse d'écoute [défaut : 127.0.0.1:8080]
    #[arg(long, value_name = "IP:PORT")]
    pub listen: Option<String>,
    /// Adresse publique, par exemple https://essaim.example.org
    #[arg(long, value_name = "URL")]
    pub public_url: Option<String>,
    /// Charge les données de démonstration si la base est vide
    #[arg(long)]
    pub demo: bool,
    /// Nom de l'instance [défaut : Essaim]
    #[arg(long, value_name = "NOM")]
    pub instance_name: Option<String>,
    /// Modèle d'adresse des tuiles de carte [défaut : OpenStreetMap]
    #[arg(long, value_name = "URL")]
    pub map_tile_url: Option<String>,
    /// Mention des sources de la carte
    #[arg(long, value_name = "TEXTE")]
    pub map_attribution: Option<String>,
    /// Licence des données ouvertes de l'annuaire
    #[arg(long, value_name = "TEXTE")]
    pub data_licence: Option<String>,
    /// Envoi des courriels : auto, smtp, file ou memory [défaut : auto]
    #[arg(long, value_name = "MODE")]
    pub mail_backend: Option<String>,
    /// Serveur SMTP (préférez la variable ESSAIM_SMTP_URL, invisible dans la liste des processus)
    #[arg(long, value_name = "URL")]
    pub smtp_url: Option<String>,
    /// Expéditeur des courriels, par exemple « Essaim <ne-pas-repondre@exemple.org> »
    #[arg(long, value_name = "ADRESSE")]
    pub mail_from: Option<String>,
    /// Tentatives de connexion permises [défaut : 6/min,30/h]
    #[arg(long, value_name = "RÈGLES")]
    pub rate_limit_login: Option<String>,
    /// Inscriptions permises par adresse IP [défaut : 10/h]
    #[arg(long, value_name = "RÈGLES")]
    pub rate_limit_registration: Option<String>,
    /// Demandes de nouveau mot de passe permises [défaut : 5/h]
    #[arg(long, value_name = "RÈGLES")]
    pub rate_limit_password_reset: Option<String>,
    /// Messages de contact permis par adresse IP [défaut : 5/h]
    #[arg(long, value_name = "RÈGLES")]
    pub rate_limit_contact: Option<String>,
    /// Jours avant de demander aux gestionnaires de confirmer leur fiche [défaut : 365]
    #[arg(long, value_name = "JOURS")]
    pub reminder_after_days: Option<String>,
    /// Minutes avant d'envoyer une notification du forum par courriel [défaut : 10]
    #[arg(long, value_name = "MINUTES")]
    pub notification_delay: Option<String>,
    /// Courriels de notification du forum par membre et par 24 h au plus [défaut : 20]
    #[arg(long, value_name = "NOMBRE")]
    pub notification_daily_cap: Option<String>,
    /// Sujets lus pour qu'un nouveau membre du forum ne soit plus limité [défaut : 5]
    #[arg(long, value_name = "NOMBRE")]
    pub trust_topics_read: Option<String>,
    /// Jours sur le forum avant qu'un nouveau membre ne soit plus limité [défaut : 2]
    #[arg(long, value_name = "JOURS")]
    pub trust_days: Option<String>,
    /// Adresse de réponse aux courriels du forum, avec {cle} (reponse+{cle}@forum.exemple.org)
    #[arg(long, value_name = "ADRESSE")]
    pub reply_address: Option<String>,
    /// Boîte IMAP des réponses (préférez la variable ESSAIM_IMAP_URL, invisible dans la liste des processus)
    #[arg(long, value_name = "URL")]
    pub imap_url: Option<String>,
    /// Secondes entre deux relèves de la boîte IMAP [défaut : 60]
    #[arg(long, value_name = "SECONDES")]
    pub imap_interval: Option<String>,
    /// Le premier message d'un nouveau membre attend la validation (true ou false) [défaut : false]
    #[arg(long, value_name = "BOOLÉEN")]
    pub hold_first_post: Option<String>,
    /// Jours entre deux vérifications du lien d'une ressource de la bibliothèque [défaut : 7]
    #[arg(long, value_name = "JOURS")]
    pub link_check_days: Option<String>,
    /// Jours sans confirmation avant qu'une fiche soit signalée [défaut : 400]
    #[arg(long, value_name = "JOURS")]
    pub stale_after_days: Option<String>,
    /// Secondes pour recevoir l'en-tête d'une requête [défaut : 10]
    #[arg(long, value_name = "SECONDES")]
    pub header_timeout: Option<String>,
    /// Secondes sans échange avant de fermer une connexion [défaut : 60]
    #[arg(long, value_name = "SECONDES")]
    pub idle_timeout: Option<String>,
    /// Fuseau horaire de l'instance, nom IANA [défaut : Europe/Paris]
    #[arg(long, value_name = "FUSEAU")]
    pub time_zone: Option<String>,
    /// Derrière un relais inverse : l'adresse du client vient de X-Forwarded-For
    #[arg(long)]
    pub behind_proxy: bool,
}

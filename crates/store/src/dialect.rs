//! The few places where SQLite and PostgreSQL must be spoken differently.
//! Everything else in this crate is written once for both.

use crate::Backend;

/// Statements run on every new connection.
pub fn session_setup(backend: Backend) -> &'static str {
    match backend {
        // WAL lets readers run beside the writer; NORMAL sync is durable
        // across application crashes in WAL mode; foreign keys are off by
        // default in SQLite.
        Backend::Sqlite => {
            "PRAGMA journal_mode = WAL;
             PRAGMA synchronous = NORMAL;
             PRAGMA foreign_keys = ON;
             PRAGMA busy_timeout = 5000;"
        }
        Backend::Postgres => "SET TIME ZONE 'UTC';",
    }
}

/// Opens a transaction that no other node or process can run at the same
/// time, so that two nodes starting together never migrate twice.
pub fn begin_exclusive(backend: Backend) -> &'static str {
    match backend {
        Backend::Sqlite => "BEGIN IMMEDIATE",
        Backend::Postgres => "BEGIN; SELECT pg_advisory_xact_lock(7236512836);",
    }
}

/// Opens a transaction that writes after reading. SQLite must take its
/// write lock at the start: a deferred transaction that reads, then finds
/// another connection has written meanwhile, fails at once with "database
/// is locked" instead of waiting.
pub fn begin_write(backend: Backend) -> &'static str {
    match backend {
        Backend::Sqlite => "BEGIN IMMEDIATE",
        Backend::Postgres => "BEGIN",
    }
}

/// Lists `table.column` pairs of the application schema, to compare the two
/// backends.
pub fn list_columns(backend: Backend) -> &'static str {
    match backend {
        Backend::Sqlite => {
            "SELECT m.name || '.' || p.name AS col
             FROM sqlite_master m, pragma_table_info(m.name) p
             WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'
             ORDER BY 1"
        }
        Backend::Postgres => {
            "SELECT CAST(table_name || '.' || column_name AS TEXT) AS col
             FROM information_schema.columns
             WHERE table_schema = current_schema()
             ORDER BY 1"
        }
    }
}

/// The database's clock in Unix seconds, as the triggers of
/// `0017_community_page_changes` stamp their rows.
pub fn clock_seconds(backend: Backend) -> &'static str {
    match backend {
        Backend::Sqlite => "SELECT CAST(strftime('%s', 'now') AS INTEGER)",
        Backend::Postgres => "SELECT CAST(EXTRACT(EPOCH FROM clock_timestamp()) AS BIGINT)",
    }
}

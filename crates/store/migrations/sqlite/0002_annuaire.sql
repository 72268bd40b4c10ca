-- Provider profiles. A profile is one JSON document (see
-- essaim_domain::providers::ProviderRecord): `profile` is the working copy,
-- `published` the version the public sees (NULL until first approval).
CREATE TABLE providers (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL,
    profile TEXT NOT NULL,
    published TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    published_at BIGINT
);
CREATE INDEX providers_status ON providers (status);

-- Incremented by every change to what the public directory shows, so that
-- each node knows when to rebuild its in-memory index.
CREATE TABLE directory_state (
    id INTEGER PRIMARY KEY,
    revision BIGINT NOT NULL
);
INSERT INTO directory_state (id, revision) VALUES (1, 0);

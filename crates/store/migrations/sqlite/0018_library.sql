-- The library ("Ressources"): resources proposed by members, published
-- by moderators. Published ones are searched in memory by each node,
-- rebuilt when `library_state.revision` moves.
CREATE TABLE library_resources (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    url TEXT NOT NULL,
    summary TEXT NOT NULL,
    -- `associations`, `prestataires` or `tous`.
    audience TEXT NOT NULL,
    -- Theme slugs separated by spaces (`strategie outils`).
    themes TEXT NOT NULL,
    format TEXT NOT NULL,
    -- ISO 639-1.
    language TEXT NOT NULL,
    source TEXT NOT NULL,
    licence TEXT NOT NULL,
    year BIGINT,
    -- `proposee`, `publiee` or `refusee`.
    status TEXT NOT NULL,
    -- NULL once the account that proposed it is deleted.
    proposed_by BIGINT REFERENCES accounts (id) ON DELETE SET NULL,
    proposed_at BIGINT NOT NULL,
    published_at BIGINT,
    -- When a moderator last checked it ("vérifiée le …").
    verified_at BIGINT,
    -- Why it was refused or withdrawn.
    refusal TEXT NOT NULL DEFAULT ''
);
CREATE INDEX library_resources_status ON library_resources (status, proposed_at);

CREATE TABLE library_state (
    id BIGINT PRIMARY KEY,
    revision BIGINT NOT NULL
);
INSERT INTO library_state (id, revision) VALUES (1, 0);

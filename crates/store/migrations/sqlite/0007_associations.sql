-- Associations as their members' home: the space where a diagnostic and a
-- roadmap will live. Private to its members; nothing here is public.
CREATE TABLE associations (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    -- A `taille` slug (sans-salarie, 1-9, 10-49, 50-plus).
    size TEXT NOT NULL,
    -- INSEE code of its commune.
    commune TEXT NOT NULL,
    -- A `domaine` slug, or NULL when not said.
    field TEXT,
    website TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

-- Who belongs to an association, as `responsable` or `membre`. An
-- association keeps at least one responsable while it has members.
CREATE TABLE association_members (
    association_id BIGINT NOT NULL REFERENCES associations (id) ON DELETE CASCADE,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (association_id, account_id)
);
CREATE INDEX association_members_account ON association_members (account_id);

-- Invitations to join an association, sent by email, stored as hashes.
CREATE TABLE association_invitations (
    token_hash TEXT PRIMARY KEY,
    association_id BIGINT NOT NULL REFERENCES associations (id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    role TEXT NOT NULL,
    invited_by BIGINT REFERENCES accounts (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    accepted_at BIGINT
);
CREATE INDEX association_invitations_association ON association_invitations (association_id);

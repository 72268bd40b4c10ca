-- Review of provider profiles: when a version was submitted, the last
-- message of the network to the provider, freshness and contacts relayed.
ALTER TABLE providers ADD COLUMN submitted_at BIGINT;
ALTER TABLE providers ADD COLUMN decision_message TEXT;
ALTER TABLE providers ADD COLUMN verified_at BIGINT;
ALTER TABLE providers ADD COLUMN reminder_sent_at BIGINT;
ALTER TABLE providers ADD COLUMN contact_count BIGINT NOT NULL DEFAULT 0;

-- The accounts that manage a profile (at least one while it exists).
CREATE TABLE provider_managers (
    provider_id BIGINT NOT NULL REFERENCES providers (id) ON DELETE CASCADE,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (provider_id, account_id)
);
CREATE INDEX provider_managers_account ON provider_managers (account_id);

-- Invitations to manage a profile, sent by email, stored as hashes.
CREATE TABLE provider_invitations (
    token_hash TEXT PRIMARY KEY,
    provider_id BIGINT NOT NULL REFERENCES providers (id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    invited_by BIGINT REFERENCES accounts (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    accepted_at BIGINT
);

-- Every decision of the network, whatever its target. The actor becomes
-- anonymous (NULL) when their account is deleted; the entry stays.
CREATE TABLE moderation_log (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    actor_id BIGINT REFERENCES accounts (id) ON DELETE SET NULL,
    target_kind TEXT NOT NULL,
    target_id BIGINT NOT NULL,
    target_label TEXT NOT NULL,
    reason TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX moderation_log_target ON moderation_log (target_kind, target_id);

-- Notes moderators leave for each other about a profile; never shown to
-- the provider.
CREATE TABLE moderation_notes (
    id INTEGER PRIMARY KEY,
    provider_id BIGINT NOT NULL REFERENCES providers (id) ON DELETE CASCADE,
    author_id BIGINT REFERENCES accounts (id) ON DELETE SET NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX moderation_notes_provider ON moderation_notes (provider_id);

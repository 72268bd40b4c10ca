-- Moderation for every pillar: notes and reports name their target by
-- kind and id, like the log.

-- Notes among moderators, about any target (they were about provider
-- profiles only).
CREATE TABLE moderation_notes_by_target (
    id INTEGER PRIMARY KEY,
    target_kind TEXT NOT NULL,
    target_id BIGINT NOT NULL,
    author_id BIGINT REFERENCES accounts (id) ON DELETE SET NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
INSERT INTO moderation_notes_by_target (target_kind, target_id, author_id, body, created_at)
    SELECT 'prestataire', provider_id, author_id, body, created_at
    FROM moderation_notes ORDER BY id;
DROP TABLE moderation_notes;
ALTER TABLE moderation_notes_by_target RENAME TO moderation_notes;
CREATE INDEX moderation_notes_target ON moderation_notes (target_kind, target_id);

-- What signed-in members report to the moderators, with a reason. Open
-- until a moderator resolves or dismisses it; the reporter becomes
-- anonymous (NULL) when their account is deleted.
CREATE TABLE moderation_reports (
    id INTEGER PRIMARY KEY,
    target_kind TEXT NOT NULL,
    target_id BIGINT NOT NULL,
    target_label TEXT NOT NULL,
    reporter_id BIGINT REFERENCES accounts (id) ON DELETE SET NULL,
    reason TEXT NOT NULL,
    comment TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    resolved_at BIGINT,
    resolved_by BIGINT REFERENCES accounts (id) ON DELETE SET NULL,
    resolution TEXT,
    resolution_note TEXT
);
CREATE INDEX moderation_reports_open ON moderation_reports (resolved_at, created_at);
CREATE INDEX moderation_reports_target ON moderation_reports (target_kind, target_id);

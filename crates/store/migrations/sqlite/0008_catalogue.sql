-- The catalogue of needs, proprietary tools and free alternatives, as one
-- document that moderators edit; the revision moves at every change so
-- that each node reads it again. Empty until the instance first starts,
-- which writes the catalogue the binary ships with.
CREATE TABLE catalogue (
    id BIGINT PRIMARY KEY,
    revision BIGINT NOT NULL,
    document TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);

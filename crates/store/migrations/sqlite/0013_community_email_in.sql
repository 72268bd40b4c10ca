-- Replying to the forum by email. Each notification email carries a
-- reply address with a key bound to the post and the member it went to;
-- the database keeps the key's SHA-256 only.
CREATE TABLE community_reply_keys (
    key_hash TEXT PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    post_id BIGINT NOT NULL REFERENCES community_posts (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL
);
CREATE INDEX community_reply_keys_created ON community_reply_keys (created_at);

-- Every email received, by its Message-ID, with what became of it
-- (`publie`, or why it was refused or ignored): a message fetched twice
-- (two nodes polling one mailbox, a crash before it was deleted) is
-- handled once.
CREATE TABLE community_inbound_emails (
    message_id TEXT PRIMARY KEY,
    -- The From address, in lower case.
    sender TEXT NOT NULL,
    received_at BIGINT NOT NULL,
    outcome TEXT NOT NULL
);
CREATE INDEX community_inbound_emails_received ON community_inbound_emails (received_at);
CREATE INDEX community_inbound_emails_sender ON community_inbound_emails (sender, received_at);

-- Following the forum: how closely each member follows a topic or a
-- category, what the forum tells them (in the app and by email), and
-- their email choices.

-- `silence`, `normal`, `suivi`, `surveille` or `premier-message`.
CREATE TABLE community_topic_watches (
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    topic_id BIGINT NOT NULL REFERENCES community_topics (id) ON DELETE CASCADE,
    level TEXT NOT NULL,
    PRIMARY KEY (account_id, topic_id)
);
CREATE INDEX community_topic_watches_topic ON community_topic_watches (topic_id);

CREATE TABLE community_category_watches (
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    category_id BIGINT NOT NULL REFERENCES community_categories (id) ON DELETE CASCADE,
    level TEXT NOT NULL,
    PRIMARY KEY (account_id, category_id)
);
CREATE INDEX community_category_watches_category ON community_category_watches (category_id);

-- One notification per member and post, of the strongest kind: `mention`,
-- `reponse` (in a topic they started), `suivi` (a topic or category they
-- watch), `nouveau-sujet` (a category whose first posts they watch).
CREATE TABLE community_notifications (
    id INTEGER PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    topic_id BIGINT NOT NULL REFERENCES community_topics (id) ON DELETE CASCADE,
    post_id BIGINT NOT NULL REFERENCES community_posts (id) ON DELETE CASCADE,
    post_number BIGINT NOT NULL,
    actor_id BIGINT REFERENCES accounts (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    read_at BIGINT,
    -- When its email went (none when read first, or over the daily cap).
    emailed_at BIGINT,
    UNIQUE (account_id, post_id)
);
CREATE INDEX community_notifications_unread ON community_notifications (account_id, read_at);
CREATE INDEX community_notifications_topic ON community_notifications (account_id, topic_id);

-- A member's email choices; without a row: notifications and the weekly
-- digest by email. The token makes the one-click unsubscribe links.
CREATE TABLE community_email_settings (
    account_id BIGINT PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    notifications BIGINT NOT NULL,
    digest BIGINT NOT NULL,
    unsubscribe_token TEXT NOT NULL UNIQUE,
    last_digest_at BIGINT
);

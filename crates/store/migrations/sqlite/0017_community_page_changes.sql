-- Each node keeps the pages of topics as visitors without an account read
-- them. Any change to what such a page shows is written here by the
-- database itself, so that no write, today's or tomorrow's, can forget to:
-- the nodes read the recent changes every second and drop those pages.
-- `topic_id` NULL means every topic (a member renamed, a category too).
CREATE TABLE community_page_changes (
    id INTEGER PRIMARY KEY,
    topic_id BIGINT,
    changed_at BIGINT NOT NULL
);
CREATE INDEX community_page_changes_at ON community_page_changes (changed_at);

CREATE TRIGGER community_topics_changed AFTER UPDATE ON community_topics
BEGIN
    INSERT INTO community_page_changes (topic_id, changed_at)
    VALUES (NEW.id, CAST(strftime('%s', 'now') AS INTEGER));
END;
CREATE TRIGGER community_topics_deleted AFTER DELETE ON community_topics
BEGIN
    INSERT INTO community_page_changes (topic_id, changed_at)
    VALUES (OLD.id, CAST(strftime('%s', 'now') AS INTEGER));
END;

CREATE TRIGGER community_posts_added AFTER INSERT ON community_posts
BEGIN
    INSERT INTO community_page_changes (topic_id, changed_at)
    VALUES (NEW.topic_id, CAST(strftime('%s', 'now') AS INTEGER));
END;
CREATE TRIGGER community_posts_changed AFTER UPDATE ON community_posts
BEGIN
    INSERT INTO community_page_changes (topic_id, changed_at)
    VALUES (NEW.topic_id, CAST(strftime('%s', 'now') AS INTEGER));
END;
CREATE TRIGGER community_posts_deleted AFTER DELETE ON community_posts
BEGIN
    INSERT INTO community_page_changes (topic_id, changed_at)
    VALUES (OLD.topic_id, CAST(strftime('%s', 'now') AS INTEGER));
END;

CREATE TRIGGER community_thanks_added AFTER INSERT ON community_thanks
BEGIN
    INSERT INTO community_page_changes (topic_id, changed_at)
    SELECT topic_id, CAST(strftime('%s', 'now') AS INTEGER)
    FROM community_posts WHERE id = NEW.post_id;
END;
CREATE TRIGGER community_thanks_deleted AFTER DELETE ON community_thanks
BEGIN
    INSERT INTO community_page_changes (topic_id, changed_at)
    SELECT topic_id, CAST(strftime('%s', 'now') AS INTEGER)
    FROM community_posts WHERE id = OLD.post_id;
END;

CREATE TRIGGER community_members_renamed AFTER UPDATE OF handle, display_name ON community_members
BEGIN
    INSERT INTO community_page_changes (topic_id, changed_at)
    VALUES (NULL, CAST(strftime('%s', 'now') AS INTEGER));
END;
CREATE TRIGGER community_members_deleted AFTER DELETE ON community_members
BEGIN
    INSERT INTO community_page_changes (topic_id, changed_at)
    VALUES (NULL, CAST(strftime('%s', 'now') AS INTEGER));
END;

CREATE TRIGGER community_categories_renamed AFTER UPDATE OF slug, name ON community_categories
BEGIN
    INSERT INTO community_page_changes (topic_id, changed_at)
    VALUES (NULL, CAST(strftime('%s', 'now') AS INTEGER));
END;

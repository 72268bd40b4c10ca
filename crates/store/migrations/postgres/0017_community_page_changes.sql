-- Each node keeps the pages of topics as visitors without an account read
-- them. Any change to what such a page shows is written here by the
-- database itself, so that no write, today's or tomorrow's, can forget to:
-- the nodes read the recent changes every second and drop those pages.
-- `topic_id` NULL means every topic (a member renamed, a category too).
-- The time is the clock's, not the transaction's start: a change becomes
-- visible soon after the time it carries.
CREATE TABLE community_page_changes (
    id BIGSERIAL PRIMARY KEY,
    topic_id BIGINT,
    changed_at BIGINT NOT NULL
);
CREATE INDEX community_page_changes_at ON community_page_changes (changed_at);

CREATE FUNCTION community_page_changed() RETURNS trigger AS $$
DECLARE
    row_topic BIGINT;
BEGIN
    IF TG_TABLE_NAME = 'community_topics' THEN
        row_topic := CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END;
    ELSIF TG_TABLE_NAME = 'community_posts' THEN
        row_topic := CASE WHEN TG_OP = 'DELETE' THEN OLD.topic_id ELSE NEW.topic_id END;
    ELSIF TG_TABLE_NAME = 'community_thanks' THEN
        SELECT topic_id INTO row_topic FROM community_posts
        WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.post_id ELSE NEW.post_id END;
        IF row_topic IS NULL THEN
            RETURN NULL;
        END IF;
    ELSE
        row_topic := NULL;
    END IF;
    INSERT INTO community_page_changes (topic_id, changed_at)
    VALUES (row_topic, CAST(EXTRACT(EPOCH FROM clock_timestamp()) AS BIGINT));
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER community_topics_changed AFTER UPDATE OR DELETE ON community_topics
    FOR EACH ROW EXECUTE FUNCTION community_page_changed();
CREATE TRIGGER community_posts_changed AFTER INSERT OR UPDATE OR DELETE ON community_posts
    FOR EACH ROW EXECUTE FUNCTION community_page_changed();
CREATE TRIGGER community_thanks_changed AFTER INSERT OR DELETE ON community_thanks
    FOR EACH ROW EXECUTE FUNCTION community_page_changed();
CREATE TRIGGER community_members_renamed AFTER UPDATE OF handle, display_name OR DELETE ON community_members
    FOR EACH ROW EXECUTE FUNCTION community_page_changed();
CREATE TRIGGER community_categories_renamed AFTER UPDATE OF slug, name ON community_categories
    FOR EACH ROW EXECUTE FUNCTION community_page_changed();

-- The forum's home counts each category's visible topics and posts at
-- every visit: this index holds all it reads, so the count walks the
-- index rather than the topics.
CREATE INDEX community_topics_counts ON community_topics (category_id, hidden_at, post_count);

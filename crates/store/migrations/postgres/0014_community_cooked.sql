-- Each post's HTML, rendered from its Markdown when it is written (the
-- mentions of members linked then), so that a topic page does not render
-- twenty posts at every visit. NULL until the server renders the posts
-- written before this step, at its start.
ALTER TABLE community_posts ADD COLUMN html TEXT;

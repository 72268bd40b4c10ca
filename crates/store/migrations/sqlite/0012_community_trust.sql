-- Trust on the forum: a moderator may set a member's level (NULL: the
-- forum decides from what they read and how long they have been there),
-- and a new member's first post may wait for a moderator's approval.
ALTER TABLE community_members ADD COLUMN trust TEXT;
-- Set while a post waits for approval (it is also hidden meanwhile).
ALTER TABLE community_posts ADD COLUMN held_at BIGINT;

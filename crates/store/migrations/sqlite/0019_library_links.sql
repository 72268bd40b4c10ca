-- Each published resource's link is checked in the background: when it was
-- last tried, the HTTP status it answered (NULL: no answer), the first of
-- a run of "gone" answers, and when a second one days later found it
-- broken.
ALTER TABLE library_resources ADD COLUMN link_checked_at BIGINT;
ALTER TABLE library_resources ADD COLUMN link_status BIGINT;
ALTER TABLE library_resources ADD COLUMN link_missing_since BIGINT;
ALTER TABLE library_resources ADD COLUMN link_broken_at BIGINT;
CREATE INDEX library_resources_link_check ON library_resources (status, link_checked_at);

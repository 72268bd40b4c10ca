-- A topic's title is part of its first post's history: each earlier
-- version of a first post keeps the title the topic had then (NULL for
-- replies).
ALTER TABLE community_revisions ADD COLUMN title TEXT;

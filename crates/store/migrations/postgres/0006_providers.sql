-- The version a moderator sent back (changes asked, or refused), kept so
-- that its resubmission shows what changed since rather than everything.
ALTER TABLE providers ADD COLUMN sent_back TEXT;

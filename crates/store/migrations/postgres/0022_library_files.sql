-- Files members attach to a resource instead of a link, under generated
-- names; the resource says which, of what kind and size.
CREATE TABLE library_files (
    name TEXT PRIMARY KEY,
    content BYTEA NOT NULL,
    uploaded_at BIGINT NOT NULL
);
ALTER TABLE library_resources ADD COLUMN file_name TEXT REFERENCES library_files (name);
ALTER TABLE library_resources ADD COLUMN file_kind TEXT;
ALTER TABLE library_resources ADD COLUMN file_size BIGINT;

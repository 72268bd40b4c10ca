-- What a resource helps with: needs and free tools of the catalogue, and
-- steps of a transition, as slugs separated by spaces.
ALTER TABLE library_resources ADD COLUMN needs TEXT NOT NULL DEFAULT '';
ALTER TABLE library_resources ADD COLUMN tools TEXT NOT NULL DEFAULT '';
ALTER TABLE library_resources ADD COLUMN steps TEXT NOT NULL DEFAULT '';

-- The forum ("Communauté"). Every post belongs to a topic, every topic to
-- a category; a member's name on the forum is kept apart from the account,
-- whose address the forum never shows.

-- How a member appears on the forum: a handle for @mentions and their page,
-- a name to show, and how far the forum trusts them.
CREATE TABLE community_members (
    account_id BIGINT PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    -- Lower case, unique: `@camille-b` and `/communaute/membres/camille-b`.
    handle TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

-- Categories, in their order; an instance's administrators change them.
CREATE TABLE community_categories (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    position BIGINT NOT NULL,
    -- `membres` or `moderateurs`: who may start a topic there.
    starters TEXT NOT NULL
);

CREATE TABLE community_topics (
    id INTEGER PRIMARY KEY,
    category_id BIGINT NOT NULL REFERENCES community_categories (id),
    title TEXT NOT NULL,
    -- NULL once the author's account is deleted.
    author_id BIGINT REFERENCES accounts (id) ON DELETE SET NULL,
    -- The reply marked as the answer (a post of this topic), if any.
    solution_id BIGINT,
    -- `categorie` or `partout` while pinned.
    pinned TEXT,
    closed_at BIGINT,
    -- Hidden by a moderator (or by flags) until reviewed.
    hidden_at BIGINT,
    post_count BIGINT NOT NULL,
    last_post_at BIGINT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX community_topics_category ON community_topics (category_id, last_post_at);
CREATE INDEX community_topics_latest ON community_topics (last_post_at);

-- Posts: the first of a topic (number 1) asks, the others reply.
CREATE TABLE community_posts (
    id INTEGER PRIMARY KEY,
    topic_id BIGINT NOT NULL REFERENCES community_topics (id) ON DELETE CASCADE,
    number BIGINT NOT NULL,
    author_id BIGINT REFERENCES accounts (id) ON DELETE SET NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    -- Last change after the grace period, shown with its history.
    edited_at BIGINT,
    -- Deleted by its author: a placeholder stays, the words go.
    deleted_at BIGINT,
    hidden_at BIGINT,
    UNIQUE (topic_id, number)
);
CREATE INDEX community_posts_author ON community_posts (author_id, created_at);

-- Earlier versions of a post edited after the grace period.
CREATE TABLE community_revisions (
    id INTEGER PRIMARY KEY,
    post_id BIGINT NOT NULL REFERENCES community_posts (id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    -- When this version was replaced.
    replaced_at BIGINT NOT NULL
);
CREATE INDEX community_revisions_post ON community_revisions (post_id);

-- "Merci": one per member and post.
CREATE TABLE community_thanks (
    post_id BIGINT NOT NULL REFERENCES community_posts (id) ON DELETE CASCADE,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (post_id, account_id)
);

-- How far each member has read each topic (the highest post number seen).
CREATE TABLE community_reads (
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    topic_id BIGINT NOT NULL REFERENCES community_topics (id) ON DELETE CASCADE,
    last_number BIGINT NOT NULL,
    read_at BIGINT NOT NULL,
    PRIMARY KEY (account_id, topic_id)
);

-- Words kept on the server by the "save draft" button: `nouveau` for a
-- new topic, the topic's id for a reply.
CREATE TABLE community_drafts (
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    place TEXT NOT NULL,
    category TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (account_id, place)
);

-- The search index: the French analysis of each post's words (and of its
-- topic's title for the first post), the same as the directory's.
CREATE TABLE community_terms (
    post_id BIGINT NOT NULL REFERENCES community_posts (id) ON DELETE CASCADE,
    term TEXT NOT NULL,
    PRIMARY KEY (term, post_id)
);
CREATE INDEX community_terms_post ON community_terms (post_id);

-- The categories a new forum starts with.
INSERT INTO community_categories (slug, name, description, position, starters) VALUES
    ('entraide-technique', 'Entraide technique', 'Une installation qui coince, un réglage introuvable, une erreur à comprendre : posez la question, quelqu''un est passé par là.', 1, 'membres'),
    ('choisir-ses-outils', 'Choisir ses outils', 'Comparer les logiciels libres qui remplacent un outil, demander ce qui a marché ailleurs avant de décider.', 2, 'membres'),
    ('trouver-un-prestataire', 'Trouver un prestataire', 'Chercher qui peut héberger, installer, former ou accompagner près de chez vous, et partager vos recommandations.', 3, 'membres'),
    ('mutualiser-des-besoins', 'Mutualiser des besoins', 'Plusieurs associations ont le même besoin ? Regroupez-vous pour partager le coût d''un développement ou d''un accompagnement.', 4, 'membres'),
    ('retours-d-experience', 'Retours d''expérience', 'Racontez votre transition : ce qui a marché, ce qui a résisté, ce que vous referiez autrement.', 5, 'membres'),
    ('vie-de-la-communaute', 'Vie de la communauté', 'Annonces du réseau, rencontres, fonctionnement de ce forum.', 6, 'membres');

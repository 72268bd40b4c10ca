-- Pooled needs ("Mutualisation"): a need several associations share, the
-- specification they write together, providers' quotes and the
-- associations' votes, and the conditional campaign with its pledges and
-- public ledger. Amounts are whole cents; Essaim never holds money.
CREATE TABLE pooling_needs (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    description_html TEXT NOT NULL,
    -- A free tool of the catalogue, or NULL.
    tool TEXT,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    -- The specification as it reads now (its history in
    -- pooling_specifications).
    specification TEXT NOT NULL,
    specification_html TEXT NOT NULL,
    author_id BIGINT REFERENCES accounts (id) ON DELETE SET NULL,
    -- The forum topic created with it, in "Mutualiser des besoins".
    topic_id BIGINT REFERENCES community_topics (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX pooling_needs_status ON pooling_needs (status);

-- The associations that said "nous aussi".
CREATE TABLE pooling_joins (
    need_id BIGINT NOT NULL REFERENCES pooling_needs (id) ON DELETE CASCADE,
    association_id BIGINT NOT NULL REFERENCES associations (id) ON DELETE CASCADE,
    joined_by BIGINT REFERENCES accounts (id) ON DELETE SET NULL,
    joined_at BIGINT NOT NULL,
    PRIMARY KEY (need_id, association_id)
);
CREATE INDEX pooling_joins_association ON pooling_joins (association_id);

-- Every version of a need's specification, by whom and for which
-- association.
CREATE TABLE pooling_specifications (
    id INTEGER PRIMARY KEY,
    need_id BIGINT NOT NULL REFERENCES pooling_needs (id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    author_id BIGINT REFERENCES accounts (id) ON DELETE SET NULL,
    association_id BIGINT REFERENCES associations (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX pooling_specifications_need ON pooling_specifications (need_id);

-- Every status a need took.
CREATE TABLE pooling_statuses (
    id INTEGER PRIMARY KEY,
    need_id BIGINT NOT NULL REFERENCES pooling_needs (id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    actor_id BIGINT REFERENCES accounts (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX pooling_statuses_need ON pooling_statuses (need_id);

-- Quotes from the managers of a published provider profile.
CREATE TABLE pooling_quotes (
    id INTEGER PRIMARY KEY,
    need_id BIGINT NOT NULL REFERENCES pooling_needs (id) ON DELETE CASCADE,
    provider_id BIGINT NOT NULL REFERENCES providers (id) ON DELETE CASCADE,
    author_id BIGINT REFERENCES accounts (id) ON DELETE SET NULL,
    amount BIGINT NOT NULL,
    deliverables TEXT NOT NULL,
    -- One milestone per line.
    milestones TEXT NOT NULL,
    -- YYYY-MM-DD.
    valid_until TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX pooling_quotes_need ON pooling_quotes (need_id);

-- One vote per joined association, for one quote.
CREATE TABLE pooling_votes (
    need_id BIGINT NOT NULL REFERENCES pooling_needs (id) ON DELETE CASCADE,
    association_id BIGINT NOT NULL REFERENCES associations (id) ON DELETE CASCADE,
    quote_id BIGINT NOT NULL REFERENCES pooling_quotes (id) ON DELETE CASCADE,
    voted_by BIGINT REFERENCES accounts (id) ON DELETE SET NULL,
    voted_at BIGINT NOT NULL,
    PRIMARY KEY (need_id, association_id)
);

-- A need's conditional campaigns, opened when its author confirms the
-- quote chosen: its goal is the quote's amount. One at most is open; a
-- released one may be followed by another.
CREATE TABLE pooling_campaigns (
    id INTEGER PRIMARY KEY,
    need_id BIGINT NOT NULL REFERENCES pooling_needs (id) ON DELETE CASCADE,
    quote_id BIGINT NOT NULL REFERENCES pooling_quotes (id),
    goal BIGINT NOT NULL,
    -- YYYY-MM-DD, the last day pledges are taken.
    deadline TEXT NOT NULL,
    state TEXT NOT NULL,
    opened_at BIGINT NOT NULL,
    closed_at BIGINT,
    -- When the reminder 7 days before the deadline was sent (once).
    reminded_at BIGINT
);
CREATE INDEX pooling_campaigns_need ON pooling_campaigns (need_id);
CREATE INDEX pooling_campaigns_state ON pooling_campaigns (state);

-- Each association's pledge while it stands.
CREATE TABLE pooling_pledges (
    campaign_id BIGINT NOT NULL REFERENCES pooling_campaigns (id) ON DELETE CASCADE,
    association_id BIGINT NOT NULL REFERENCES associations (id) ON DELETE CASCADE,
    amount BIGINT NOT NULL,
    -- 1: the association's name is shown; 0: "une association".
    public BIGINT NOT NULL,
    pledged_by BIGINT REFERENCES accounts (id) ON DELETE SET NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (campaign_id, association_id)
);

-- The public ledger: every pledge made, changed or withdrawn, the goal
-- reached, the pledges released, with the total it left.
CREATE TABLE pooling_ledger (
    id INTEGER PRIMARY KEY,
    campaign_id BIGINT NOT NULL REFERENCES pooling_campaigns (id) ON DELETE CASCADE,
    event TEXT NOT NULL,
    association_id BIGINT REFERENCES associations (id) ON DELETE SET NULL,
    public BIGINT NOT NULL,
    amount BIGINT,
    total BIGINT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX pooling_ledger_campaign ON pooling_ledger (campaign_id);

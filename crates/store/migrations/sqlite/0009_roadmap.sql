-- An association's roadmap: one row per step of the plan (a need, the
-- tool used today, the tool chosen), private to its members.
CREATE TABLE roadmap_items (
    id INTEGER PRIMARY KEY,
    association_id BIGINT NOT NULL REFERENCES associations (id) ON DELETE CASCADE,
    need TEXT NOT NULL,
    -- A catalogue slug, or NULL (then perhaps current_other, in words).
    current_tool TEXT,
    current_other TEXT,
    chosen_tool TEXT,
    priority TEXT NOT NULL,
    status TEXT NOT NULL,
    reason TEXT,
    -- YYYY-MM-DD.
    target_date TEXT,
    owner_id BIGINT REFERENCES accounts (id) ON DELETE SET NULL,
    notes TEXT NOT NULL,
    -- When a responsable put it on the association's public page
    -- ("Nos choix numériques"); NULL: private to the members.
    published_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX roadmap_items_association ON roadmap_items (association_id);
-- The catalogue's tool pages name the associations that chose a tool.
CREATE INDEX roadmap_items_chosen ON roadmap_items (chosen_tool);

-- Every status an item took, with when and who (anonymous once their
-- account is deleted).
CREATE TABLE roadmap_history (
    id INTEGER PRIMARY KEY,
    item_id BIGINT NOT NULL REFERENCES roadmap_items (id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    reason TEXT,
    actor_id BIGINT REFERENCES accounts (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX roadmap_history_item ON roadmap_history (item_id);

-- The steps of a transition the association ticked.
CREATE TABLE roadmap_steps (
    association_id BIGINT NOT NULL REFERENCES associations (id) ON DELETE CASCADE,
    step TEXT NOT NULL,
    done_by BIGINT REFERENCES accounts (id) ON DELETE SET NULL,
    done_at BIGINT NOT NULL,
    PRIMARY KEY (association_id, step)
);

-- Diagnostics under way, by visitors with or without an account: the
-- answers, found again by the SHA-256 of the token in their cookie, until
-- they become an association's roadmap.
CREATE TABLE diagnostic_drafts (
    token_hash TEXT PRIMARY KEY,
    answers TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

-- Shared maintenance: a provider's pool of a technician's days each month
-- at a day rate, with services the pool shares; associations subscribe
-- for some days while days remain, or wait on a list. Amounts in cents.
CREATE TABLE pooling_pools (
    id INTEGER PRIMARY KEY,
    provider_id BIGINT NOT NULL REFERENCES providers (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    days_per_month BIGINT NOT NULL,
    day_rate BIGINT NOT NULL,
    -- Département codes, separated by spaces, each between spaces too
    -- (" 35 22 ") so that one is found with LIKE '% 35 %'.
    departements TEXT NOT NULL,
    created_by BIGINT REFERENCES accounts (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX pooling_pools_provider ON pooling_pools (provider_id);

CREATE TABLE pooling_pool_services (
    pool_id BIGINT NOT NULL REFERENCES pooling_pools (id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    name TEXT NOT NULL,
    monthly_cost BIGINT NOT NULL,
    PRIMARY KEY (pool_id, position)
);

-- An association's days each month, from the month it subscribed
-- (YYYY-MM) to the month it left, included (NULL while it stays).
CREATE TABLE pooling_subscriptions (
    id INTEGER PRIMARY KEY,
    pool_id BIGINT NOT NULL REFERENCES pooling_pools (id) ON DELETE CASCADE,
    association_id BIGINT NOT NULL REFERENCES associations (id) ON DELETE CASCADE,
    days BIGINT NOT NULL,
    first_month TEXT NOT NULL,
    last_month TEXT,
    subscribed_by BIGINT REFERENCES accounts (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX pooling_subscriptions_pool ON pooling_subscriptions (pool_id);

-- Associations waiting for days to free up, in the order they came.
CREATE TABLE pooling_waitlist (
    pool_id BIGINT NOT NULL REFERENCES pooling_pools (id) ON DELETE CASCADE,
    association_id BIGINT NOT NULL REFERENCES associations (id) ON DELETE CASCADE,
    days BIGINT NOT NULL,
    added_by BIGINT REFERENCES accounts (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (pool_id, association_id)
);

-- Model calls: one entry per call to any tier (fast, smart, offline), failed ones included, in integer micro-units.
-- The router sums a tier's spend since the business's local midnight before each paid call, hence the index.
CREATE TABLE model_calls (
    id            {{id}},
    business_id   TEXT    NOT NULL,          -- empty for a call without a route
    tier          TEXT    NOT NULL,          -- offline | fast | smart
    model         TEXT    NOT NULL,
    purpose       TEXT,                      -- classify | extract | fill_template | reply | complex
    input_tokens  BIGINT  NOT NULL,
    output_tokens BIGINT  NOT NULL,
    latency_ms    BIGINT  NOT NULL,
    outcome       TEXT    NOT NULL,          -- ok | invalid | failed | timeout | rate_limited | rejected | cancelled
    error         TEXT,
    amount_micros BIGINT  NOT NULL,
    currency      TEXT    NOT NULL,
    note          TEXT,                      -- why the call went there: degraded: …, escalated: …, retry: …, failover: …
    created_at    BIGINT  NOT NULL
);
CREATE INDEX model_calls_spend ON model_calls (business_id, tier, created_at);

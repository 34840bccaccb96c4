-- Actions: one durable call per (action, event), made by the actions worker to a webhook or a SOAP service.
-- Claimed under a lease, completed with a fenced update; a failed call stays here, with its reason, for a person to see.
CREATE TABLE action_calls (
    id          {{id}},
    business_id TEXT    NOT NULL,
    action      TEXT    NOT NULL,          -- the action's name in the business file
    event_id    BIGINT  NOT NULL,
    topic       TEXT    NOT NULL,
    payload     TEXT    NOT NULL,          -- the event's JSON payload
    occurred_at BIGINT  NOT NULL,          -- when the event was published
    dedupe_key  TEXT    NOT NULL,          -- action:event id, sent as X-Tendero-Delivery
    state       TEXT    NOT NULL,          -- queued | calling | done | failed
    attempts    BIGINT  NOT NULL DEFAULT 0,
    run_at      BIGINT  NOT NULL,
    lease_owner TEXT,
    lease_until BIGINT,
    lease_token BIGINT  NOT NULL DEFAULT 0,
    last_status BIGINT,                    -- the last HTTP status, if an answer came
    last_error  TEXT,
    result      TEXT,                      -- what the service answered on success (a SOAP result), shortened
    done_at     BIGINT,
    created_at  BIGINT  NOT NULL,
    updated_at  BIGINT  NOT NULL,
    UNIQUE (dedupe_key)
);
CREATE INDEX action_calls_due ON action_calls (run_at, id) WHERE state = 'queued';
CREATE INDEX action_calls_leased ON action_calls (lease_until) WHERE state = 'calling';
CREATE INDEX action_calls_business ON action_calls (business_id, id);

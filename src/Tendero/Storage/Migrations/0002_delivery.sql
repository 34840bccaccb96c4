-- Delivery: priorities and pacing lanes, templates, costs, the people alerts go to, and fallback chains.

-- Outbound rows learn their priority (0 a reply to a customer, 1 normal, 2 bulk), the recipient's language, the
-- data a template's parameters come from, the chain that sent them, an idempotency key, and their SMS segments.
ALTER TABLE messages ADD COLUMN priority INTEGER NOT NULL DEFAULT 1;
ALTER TABLE messages ADD COLUMN language TEXT;
ALTER TABLE messages ADD COLUMN data TEXT;                 -- JSON object of strings (template parameters)
ALTER TABLE messages ADD COLUMN template TEXT;             -- the approved template actually sent, if any
ALTER TABLE messages ADD COLUMN chain_id BIGINT;
ALTER TABLE messages ADD COLUMN idempotency_key TEXT;
ALTER TABLE messages ADD COLUMN segments INTEGER;
CREATE INDEX messages_lane_due ON messages (lane, priority, run_at, id) WHERE status = 'queued';
CREATE INDEX messages_inbound_from ON messages (business_id, channel, address, id) WHERE direction = 'in';
CREATE INDEX messages_chain ON messages (chain_id) WHERE chain_id IS NOT NULL;
CREATE UNIQUE INDEX messages_idempotency ON messages (business_id, idempotency_key) WHERE idempotency_key IS NOT NULL;

-- One entry per outbound message (and, later, per model call), in integer micro-units of a currency.
CREATE TABLE costs (
    id            {{id}},
    business_id   TEXT    NOT NULL,
    source        TEXT    NOT NULL,          -- message | model
    message_id    BIGINT,
    channel       TEXT,
    route         TEXT,                      -- the price-table key that matched: a country prefix such as +507, or *
    category      TEXT,                      -- WhatsApp: service | utility | marketing | authentication
    units         BIGINT  NOT NULL,          -- messages, SMS segments or call minutes
    unit_micros   BIGINT  NOT NULL,
    amount_micros BIGINT  NOT NULL,
    currency      TEXT    NOT NULL,
    note          TEXT,
    created_at    BIGINT  NOT NULL,
    updated_at    BIGINT  NOT NULL
);
CREATE UNIQUE INDEX costs_message ON costs (message_id) WHERE message_id IS NOT NULL;
CREATE INDEX costs_business ON costs (business_id, created_at);

-- People alerts go to: staff from the business file and contacts put through the API. One address per channel.
CREATE TABLE people (
    business_id TEXT   NOT NULL,
    id          TEXT   NOT NULL,
    name        TEXT,
    language    TEXT,
    quiet_hours TEXT,
    whatsapp    TEXT,
    telegram    TEXT,
    sms         TEXT,
    voice       TEXT,
    source      TEXT   NOT NULL,             -- config | api | alert
    updated_at  BIGINT NOT NULL,
    PRIMARY KEY (business_id, id)
);
CREATE INDEX people_whatsapp ON people (business_id, whatsapp) WHERE whatsapp IS NOT NULL;
CREATE INDEX people_telegram ON people (business_id, telegram) WHERE telegram IS NOT NULL;
CREATE INDEX people_sms ON people (business_id, sms) WHERE sms IS NOT NULL;
CREATE INDEX people_voice ON people (business_id, voice) WHERE voice IS NOT NULL;

-- A fallback chain: an alert walking through a policy frozen at its start. A chain at rest is a timer row:
-- it is looked at again when next_at comes, or sooner when a signal (a read, a reply, a button) pulls next_at in.
CREATE TABLE chains (
    id              {{id}},
    business_id     TEXT    NOT NULL,
    policy          TEXT    NOT NULL,
    person_id       TEXT    NOT NULL,
    critical        INTEGER NOT NULL,
    text            TEXT    NOT NULL,
    data            TEXT,                    -- JSON object of strings
    plan            TEXT    NOT NULL,        -- the policy's steps and quiet hours, frozen as JSON
    step            INTEGER NOT NULL DEFAULT 0,  -- the next step to run
    state           TEXT    NOT NULL,        -- active | done
    waiting_for     TEXT,                    -- read | delivered | replied | acked, while a wait step runs
    wait_ends_at    BIGINT,
    next_at         BIGINT,                  -- when to look at the chain again (null when done)
    since_id        BIGINT  NOT NULL,        -- inbound messages with a larger id are answers to this chain
    outcome         TEXT,                    -- acked | read | replied | delivered | unanswered | cancelled | ...
    version         BIGINT  NOT NULL DEFAULT 0,
    idempotency_key TEXT,
    created_at      BIGINT  NOT NULL,
    updated_at      BIGINT  NOT NULL,
    ended_at        BIGINT
);
CREATE INDEX chains_due ON chains (next_at) WHERE state = 'active';
CREATE INDEX chains_person ON chains (business_id, person_id);
CREATE INDEX chains_business ON chains (business_id, id);
CREATE UNIQUE INDEX chains_idempotency ON chains (business_id, idempotency_key) WHERE idempotency_key IS NOT NULL;

-- Each chain's history: what every step did and when, in the server's clock.
CREATE TABLE chain_events (
    id         {{id}},
    chain_id   BIGINT  NOT NULL,
    step       INTEGER NOT NULL,
    kind       TEXT    NOT NULL,             -- notify | wait | end
    channel    TEXT,
    message_id BIGINT,
    outcome    TEXT    NOT NULL,             -- queued | skipped | read | replied | acked | timeout | failed | ...
    detail     TEXT,
    at         BIGINT  NOT NULL,
    UNIQUE (chain_id, step, kind)
);

-- Agents talk through durable topics. An event is a row; every agent that subscribes to its topic gets a work row,
-- claimed under a lease like an outbound message and completed with a fenced update in the same transaction as the
-- handler's effects. Work for one order key (a conversation) is handled one at a time, in order.
CREATE TABLE events (
    id          {{id}},
    business_id TEXT    NOT NULL,
    topic       TEXT    NOT NULL,          -- message.received, intent.detected, handoff.requested, ...
    order_key   TEXT    NOT NULL,          -- business/channel/address: one conversation at a time
    payload     TEXT    NOT NULL,          -- JSON
    dedupe_key  TEXT,                      -- the producer's idempotency key: publishing it twice makes one event
    created_at  BIGINT  NOT NULL
);
CREATE UNIQUE INDEX events_dedupe ON events (dedupe_key) WHERE dedupe_key IS NOT NULL;
CREATE INDEX events_business ON events (business_id, topic, id);

CREATE TABLE agent_work (
    id          {{id}},
    agent       TEXT    NOT NULL,
    event_id    BIGINT  NOT NULL,
    order_key   TEXT    NOT NULL,
    state       TEXT    NOT NULL,          -- pending | done | dead
    run_at      BIGINT  NOT NULL,
    attempts    BIGINT  NOT NULL DEFAULT 0,
    lease_owner TEXT,
    lease_until BIGINT,
    lease_token BIGINT  NOT NULL DEFAULT 0,
    error       TEXT,
    done_by     TEXT,                      -- the node that completed it
    done_at     BIGINT,
    created_at  BIGINT  NOT NULL,
    UNIQUE (agent, event_id)
);
CREATE INDEX agent_work_open ON agent_work (agent, order_key, id) WHERE state = 'pending';
CREATE INDEX agent_work_due ON agent_work (agent, run_at, id) WHERE state = 'pending';

-- One row per customer conversation (a contact on one channel): the conversation agent's state as JSON, fenced by version.
CREATE TABLE conversations (
    id              {{id}},
    business_id     TEXT    NOT NULL,
    channel         TEXT    NOT NULL,
    address         TEXT    NOT NULL,
    mode            TEXT    NOT NULL,      -- bot | handoff
    state           TEXT    NOT NULL,
    version         BIGINT  NOT NULL DEFAULT 0,
    last_inbound_at BIGINT,
    created_at      BIGINT  NOT NULL,
    updated_at      BIGINT  NOT NULL,
    UNIQUE (business_id, channel, address)
);
CREATE INDEX conversations_mode ON conversations (business_id, mode);

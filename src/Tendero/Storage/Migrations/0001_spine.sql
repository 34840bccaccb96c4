-- The spine: contacts, the message ledger (inbound and outbound; the outbound rows are the send queue),
-- provider status reports, and small named cursors. Times are Unix milliseconds (UTC).
-- One script serves both databases: {{id}} becomes the dialect's auto-numbered key; SQLite reads BIGINT as INTEGER.
CREATE TABLE contacts (
    id              {{id}},
    business_id     TEXT    NOT NULL,
    channel         TEXT    NOT NULL,
    address         TEXT    NOT NULL,
    name            TEXT,
    language        TEXT,
    last_inbound_at BIGINT,
    created_at      BIGINT  NOT NULL,
    UNIQUE (business_id, channel, address)
);

CREATE TABLE messages (
    id            {{id}},
    business_id   TEXT    NOT NULL,
    channel       TEXT    NOT NULL,
    direction     TEXT    NOT NULL,          -- in | out
    address       TEXT    NOT NULL,          -- E.164 phone or Telegram chat id
    contact_name  TEXT,
    kind          TEXT    NOT NULL,          -- text, button, interactive, callback, image, ...
    text          TEXT,
    raw           TEXT,                      -- the provider's JSON for an inbound message
    status        TEXT    NOT NULL,          -- received | queued | sending | sent | delivered | read | failed
    provider_id   TEXT,
    error_code    TEXT,
    error_reason  TEXT,
    reply_to      BIGINT,                   -- the inbound message this answers (one reply each)
    lane          TEXT,                      -- business/channel for outbound work
    run_at        BIGINT,                   -- when a queued row is due
    attempts      BIGINT  NOT NULL DEFAULT 0,
    lease_owner   TEXT,
    lease_until   BIGINT,
    lease_token   BIGINT  NOT NULL DEFAULT 0,
    created_at    BIGINT  NOT NULL,
    updated_at    BIGINT  NOT NULL,
    processed_at  BIGINT,                    -- when the inbound responder handled this inbound row
    provider_at   BIGINT,                   -- the provider's own timestamp of an inbound message
    sent_at       BIGINT,
    delivered_at  BIGINT,
    read_at       BIGINT,
    failed_at     BIGINT
);
CREATE UNIQUE INDEX messages_provider_id ON messages (business_id, channel, provider_id) WHERE provider_id IS NOT NULL;
CREATE INDEX messages_due ON messages (run_at, id) WHERE status = 'queued';
CREATE INDEX messages_leased ON messages (lease_until) WHERE status = 'sending';
CREATE UNIQUE INDEX messages_reply_to ON messages (reply_to) WHERE reply_to IS NOT NULL;
CREATE INDEX messages_unprocessed ON messages (id) WHERE direction = 'in' AND processed_at IS NULL;
CREATE INDEX messages_business ON messages (business_id, id);

CREATE TABLE status_reports (
    id           {{id}},
    business_id  TEXT    NOT NULL,
    channel      TEXT    NOT NULL,
    provider_id  TEXT    NOT NULL,
    status       TEXT    NOT NULL,
    error_code   TEXT,
    error_reason TEXT,
    reported_at  BIGINT  NOT NULL,
    received_at  BIGINT  NOT NULL,
    UNIQUE (business_id, channel, provider_id, status)
);

CREATE TABLE cursors (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

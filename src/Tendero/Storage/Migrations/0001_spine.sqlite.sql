-- The spine: contacts, the message ledger (inbound and outbound; the outbound rows are the send queue),
-- provider status reports, and small named cursors. Times are Unix milliseconds (UTC).
CREATE TABLE contacts (
    id              INTEGER PRIMARY KEY,
    business_id     TEXT    NOT NULL,
    channel         TEXT    NOT NULL,
    address         TEXT    NOT NULL,
    name            TEXT,
    language        TEXT,
    last_inbound_at INTEGER,
    created_at      INTEGER NOT NULL,
    UNIQUE (business_id, channel, address)
);

CREATE TABLE messages (
    id            INTEGER PRIMARY KEY,
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
    reply_to      INTEGER,                  -- the inbound message this answers (one reply each)
    lane          TEXT,                      -- business/channel for outbound work
    run_at        INTEGER,                   -- when a queued row is due
    attempts      INTEGER NOT NULL DEFAULT 0,
    lease_owner   TEXT,
    lease_until   INTEGER,
    lease_token   INTEGER NOT NULL DEFAULT 0,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    processed_at  INTEGER,                  -- when the inbound responder handled this inbound row
    provider_at   INTEGER,                   -- the provider's own timestamp of an inbound message
    sent_at       INTEGER,
    delivered_at  INTEGER,
    read_at       INTEGER,
    failed_at     INTEGER
);
CREATE UNIQUE INDEX messages_provider_id ON messages (business_id, channel, provider_id) WHERE provider_id IS NOT NULL;
CREATE INDEX messages_due ON messages (run_at, id) WHERE status = 'queued';
CREATE INDEX messages_leased ON messages (lease_until) WHERE status = 'sending';
CREATE UNIQUE INDEX messages_reply_to ON messages (reply_to) WHERE reply_to IS NOT NULL;
CREATE INDEX messages_unprocessed ON messages (id) WHERE direction = 'in' AND processed_at IS NULL;
CREATE INDEX messages_business ON messages (business_id, id);

CREATE TABLE status_reports (
    id           INTEGER PRIMARY KEY,
    business_id  TEXT    NOT NULL,
    channel      TEXT    NOT NULL,
    provider_id  TEXT    NOT NULL,
    status       TEXT    NOT NULL,
    error_code   TEXT,
    error_reason TEXT,
    reported_at  INTEGER NOT NULL,
    received_at  INTEGER NOT NULL,
    UNIQUE (business_id, channel, provider_id, status)
);

CREATE TABLE cursors (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

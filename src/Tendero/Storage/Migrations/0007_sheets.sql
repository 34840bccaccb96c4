-- Writes to the businesses' Google Sheets wait here, durable, until they land. The writer claims due rows under a
-- lease, sends each tab's rows as one batch (Sheets allows 60 requests a minute per user), and completes them with a
-- fenced update; a 429 or a 5xx puts them back with a later next_at. A repeated dedupe_key is the same write.
CREATE TABLE sheet_writes (
    id          {{id}},
    business_id TEXT    NOT NULL,
    tab         TEXT    NOT NULL,          -- the tab's name in the sheet
    op          TEXT    NOT NULL,          -- append | update
    key_column  TEXT,                      -- update: the header that identifies the row
    key_value   TEXT,
    cell_values TEXT    NOT NULL,          -- JSON object: header -> value (dates as {"$date": "..."})
    dedupe_key  TEXT    NOT NULL,
    state       TEXT    NOT NULL,          -- pending | done | dead
    attempts    BIGINT  NOT NULL DEFAULT 0,
    next_at     BIGINT  NOT NULL,
    lease_owner TEXT,
    lease_until BIGINT,
    lease_token BIGINT  NOT NULL DEFAULT 0,
    error       TEXT,
    created_at  BIGINT  NOT NULL,
    done_at     BIGINT,
    UNIQUE (dedupe_key)
);
CREATE INDEX sheet_writes_due ON sheet_writes (next_at, id) WHERE state = 'pending';
CREATE INDEX sheet_writes_tab ON sheet_writes (business_id, tab, id) WHERE state = 'pending';

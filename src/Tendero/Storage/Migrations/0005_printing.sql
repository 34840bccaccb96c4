-- Kitchen tickets waiting for their printer. One queue per (business, printer): only the oldest open job of a printer
-- can be claimed, so tickets print in the order they were sent, and an off-line printer holds its whole queue (nothing
-- is lost, nothing overtakes). The ticket is kept as JSON and laid out at print time, at the printer's current width.
CREATE TABLE print_jobs (
    id              {{id}},
    business_id     TEXT    NOT NULL,
    printer         TEXT    NOT NULL,      -- the name under printers: in the business file
    ticket          TEXT    NOT NULL,      -- KitchenTicket JSON
    dedupe_key      TEXT    NOT NULL,      -- the producer's key (the kitchen.ticket event's dedupe id): one ticket per key
    state           TEXT    NOT NULL,      -- queued | printing | printed | failed
    attempts        BIGINT  NOT NULL DEFAULT 0,
    run_at          BIGINT  NOT NULL,
    lease_owner     TEXT,
    lease_until     BIGINT,
    lease_token     BIGINT  NOT NULL DEFAULT 0,
    last_error      TEXT,
    first_failed_at BIGINT,                -- when this job first found the printer off-line, out of paper or unreachable
    alerted_at      BIGINT,                -- when staff were alerted about that outage (once per outage)
    printed_at      BIGINT,
    created_at      BIGINT  NOT NULL,
    updated_at      BIGINT  NOT NULL,
    UNIQUE (business_id, dedupe_key)
);
CREATE INDEX print_jobs_open ON print_jobs (business_id, printer, id) WHERE state IN ('queued', 'printing');

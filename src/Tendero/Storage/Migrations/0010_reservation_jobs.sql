-- The reservations solution's time-of-day work, done once: one row per business, local day, kind and reference.
-- prep     the evening's prep summary (ref is empty): inserted in the transaction that publishes its ticket.
-- reminder a booking's day-of reminder (ref is the reservation id), with the chain that carries it and the address
--          it went to, so a plain "1" or "2" by SMS can be matched to the booking it answers.
-- A second node, or a restart, finds the row and does nothing.
CREATE TABLE reservation_jobs (
    business_id TEXT    NOT NULL,
    day         TEXT    NOT NULL,          -- the business's local date, 2026-11-26
    kind        TEXT    NOT NULL,          -- prep | reminder
    ref         TEXT    NOT NULL,          -- the reservation id, or '' for a day's job
    chain_id    BIGINT,
    person_id   TEXT,                      -- the people row the reminder chain went to
    created_at  BIGINT  NOT NULL,
    PRIMARY KEY (business_id, day, kind, ref)
);
CREATE INDEX reservation_jobs_person ON reservation_jobs (business_id, person_id, created_at) WHERE person_id IS NOT NULL;

-- The last list of bookings each member of staff asked for (/hoy, /mañana): /sentado 3 means line 3 of it.
CREATE TABLE staff_lists (
    business_id TEXT    NOT NULL,
    address     TEXT    NOT NULL,          -- channel:address of the member of staff
    day         TEXT    NOT NULL,
    ids         TEXT    NOT NULL,          -- JSON array of reservation ids, line 1 first
    updated_at  BIGINT  NOT NULL,
    PRIMARY KEY (business_id, address)
);

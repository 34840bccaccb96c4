-- The reservation book's own record of the bookings Tendero took (the sheet stays the system of record: staff edits
-- win once our queued write has landed). A booking's row changes with a rising version, in the same transaction as
-- its sheet write and its reservation.confirmed event.
CREATE TABLE reservations (
    business_id TEXT    NOT NULL,
    id          TEXT    NOT NULL,
    day         TEXT    NOT NULL,          -- ISO date, 2026-11-26
    at_time     TEXT    NOT NULL,          -- 24-hour time, 20:30
    party_size  BIGINT  NOT NULL,
    name        TEXT    NOT NULL,
    phone       TEXT    NOT NULL,
    channel     TEXT    NOT NULL,
    notes       TEXT    NOT NULL,
    status      TEXT    NOT NULL,          -- confirmed | cancelled | seated | no_show
    version     BIGINT  NOT NULL,
    created_at  BIGINT  NOT NULL,
    updated_at  BIGINT  NOT NULL,
    PRIMARY KEY (business_id, id)
);
CREATE INDEX reservations_day ON reservations (business_id, day);

-- One row per (business, day) that any booking or change of that day updates first: on PostgreSQL the upsert holds
-- the row lock until commit, so two bookings racing for the same day's last table take turns (SQLite has one writer).
CREATE TABLE reservation_days (
    business_id TEXT    NOT NULL,
    day         TEXT    NOT NULL,
    version     BIGINT  NOT NULL,
    PRIMARY KEY (business_id, day)
);

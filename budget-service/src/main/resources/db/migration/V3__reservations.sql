-- Reservations (commitments) of a line-year's budget for an agenda item. The Idempotency-Key is
-- unique per caller: the insert of a reservation claims it, so a repeated request waits for the
-- first and then finds it (see ReservationService).
CREATE TABLE reservation (
    id               UUID          PRIMARY KEY,
    budget_line_code VARCHAR(40)   NOT NULL,
    year             INTEGER       NOT NULL,
    amount           NUMERIC(14,2) NOT NULL CHECK (amount > 0),
    agenda_item_id   VARCHAR(64)   NOT NULL,
    reason           TEXT,
    status           VARCHAR(10)   NOT NULL CHECK (status IN ('RESERVED', 'RELEASED', 'REALISED')),
    created_by       VARCHAR(200)  NOT NULL,
    created_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    idempotency_key  VARCHAR(200)  NOT NULL,
    FOREIGN KEY (budget_line_code) REFERENCES budget_line (code),
    CONSTRAINT one_reservation_per_idempotency_key UNIQUE (created_by, idempotency_key)
);
CREATE INDEX reservation_line_year ON reservation (budget_line_code, year);
CREATE INDEX reservation_agenda_item ON reservation (agenda_item_id);

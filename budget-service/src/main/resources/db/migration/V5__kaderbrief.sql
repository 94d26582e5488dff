-- Kaderbrief cycles, the claims filed in them, the council's decision per claim, and the budget
-- amendments an honoured claim makes (issue 4, item 6). Amounts are euros with cents, as in V2.

-- One cycle per budget year: Kaderbrief 2025 weighs new money for the budget 2025 and later.
-- Status only moves forward: OPEN -> SENT_TO_COLLEGE -> SENT_TO_COUNCIL -> DECIDED.
CREATE TABLE kaderbrief_cycle (
    year           INTEGER      PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
    claim_deadline DATE         NOT NULL,
    college_date   DATE         NOT NULL,
    council_date   DATE         NOT NULL,
    status         VARCHAR(16)  NOT NULL CHECK (status IN ('OPEN', 'SENT_TO_COLLEGE', 'SENT_TO_COUNCIL', 'DECIDED')),
    -- True where the dates are assumptions, not taken from a council document.
    dates_assumed  BOOLEAN      NOT NULL DEFAULT false,
    note           TEXT,
    CONSTRAINT dates_in_order CHECK (claim_deadline <= college_date AND college_date <= council_date)
);

-- A claim asks money for a line, per year, for an agenda item. Decided once: status leaves PENDING
-- together with the decision's reference (and the follow-up of a refusal), never again.
CREATE TABLE kaderbrief_claim (
    id                 UUID         PRIMARY KEY,
    cycle_year         INTEGER      NOT NULL REFERENCES kaderbrief_cycle (year),
    budget_line_code   VARCHAR(40)  NOT NULL REFERENCES budget_line (code),
    agenda_item_id     VARCHAR(64)  NOT NULL,
    motivation         TEXT         NOT NULL,
    status             VARCHAR(16)  NOT NULL
        CHECK (status IN ('PENDING', 'HONOURED', 'PARTLY_HONOURED', 'REFUSED')),
    created_by         VARCHAR(200) NOT NULL,
    created_at         TIMESTAMPTZ  NOT NULL DEFAULT now(),
    decision_reference VARCHAR(200),
    follow_up          VARCHAR(8)   CHECK (follow_up IN ('RETURN', 'DEFER')),
    decided_by         VARCHAR(200),
    decided_at         TIMESTAMPTZ,
    CONSTRAINT decided_with_reference CHECK ((status = 'PENDING') = (decision_reference IS NULL)
                                             AND (status = 'PENDING') = (decided_by IS NULL)
                                             AND (status = 'PENDING') = (decided_at IS NULL)),
    CONSTRAINT follow_up_only_on_refusal CHECK (status = 'REFUSED' OR follow_up IS NULL),
    CONSTRAINT refusal_with_follow_up CHECK (status <> 'REFUSED' OR follow_up IS NOT NULL),
    -- One claim per agenda item and line in a cycle: filing it again is a conflict, not a second claim.
    CONSTRAINT one_claim_per_item_and_line UNIQUE (cycle_year, agenda_item_id, budget_line_code)
);
CREATE INDEX kaderbrief_claim_line ON kaderbrief_claim (budget_line_code, status);

-- The amounts of a claim per fiscal year (the years a budget_year can have), structural or one-off,
-- and what the council granted (NULL while pending).
CREATE TABLE kaderbrief_claim_amount (
    claim_id   UUID          NOT NULL REFERENCES kaderbrief_claim (id),
    year       INTEGER       NOT NULL CHECK (year BETWEEN 2024 AND 2044),
    amount     NUMERIC(14,2) NOT NULL CHECK (amount > 0),
    structural BOOLEAN       NOT NULL,
    granted    NUMERIC(14,2) CHECK (granted >= 0 AND granted <= amount),
    PRIMARY KEY (claim_id, year)
);

-- What an honoured (or partly honoured) claim changed in the budget, per line and year; written in
-- the same transaction as the decision and the budget_year change (whose trigger audits it too).
CREATE TABLE budget_amendment (
    id               BIGSERIAL     PRIMARY KEY,
    claim_id         UUID          NOT NULL REFERENCES kaderbrief_claim (id),
    budget_line_code VARCHAR(40)   NOT NULL,
    year             INTEGER       NOT NULL,
    old_amount       NUMERIC(14,2) NOT NULL,
    change           NUMERIC(14,2) NOT NULL CHECK (change > 0),
    new_amount       NUMERIC(14,2) NOT NULL,
    reference        VARCHAR(200)  NOT NULL,
    created_by       VARCHAR(200)  NOT NULL,
    created_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    FOREIGN KEY (budget_line_code, year) REFERENCES budget_year (budget_line_code, year),
    CONSTRAINT new_is_old_plus_change CHECK (new_amount = old_amount + change),
    CONSTRAINT once_per_claim_and_year UNIQUE (claim_id, budget_line_code, year)
);
CREATE INDEX budget_amendment_line_year ON budget_amendment (budget_line_code, year);

-- Reference data: the Kaderbrief 2025 cycle, in which the proposal's lines for 2025 onwards are to be
-- weighed (raadsvoorstel Groenvisie Assen 2040, hoofdstuk 6). The proposal gives no dates: the dates
-- below are ASSUMED (a usual spring cycle in the year before the budget year), labelled as such. It is
-- open, so that the workflow can file claims in it.
INSERT INTO kaderbrief_cycle (year, claim_deadline, college_date, council_date, status, dates_assumed, note)
VALUES (2025, DATE '2024-02-29', DATE '2024-05-14', DATE '2024-07-03', 'OPEN', true,
        'AANGENOMEN DATA: het raadsvoorstel Groenvisie Assen 2040 noemt de Kaderbrief 2025 zonder data; '
        || 'de sluitingsdatum voor claims, de collegedatum en de raadsdatum zijn aannames voor test en demonstratie.');

-- Realisation (issue 4, item 8): actual spending per budget line, fiscal year and month, imported from
-- a CSV export of the financial system. One row per booking of the import; an import replaces every
-- booking of each line/year/month it contains (so re-importing a month never counts it twice).
-- Actuals are their own figure: they never change budget_year.realised, which is the sum of the
-- reservations marked realised (commitment bookkeeping, see V3).
CREATE TABLE actuals_import (
    id          UUID         PRIMARY KEY,
    imported_by VARCHAR(200) NOT NULL,
    imported_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    row_count   INTEGER      NOT NULL CHECK (row_count >= 0)
);

CREATE TABLE actual (
    id               BIGSERIAL     PRIMARY KEY,
    import_id        UUID          NOT NULL REFERENCES actuals_import (id),
    budget_line_code VARCHAR(40)   NOT NULL REFERENCES budget_line (code),
    year             INTEGER       NOT NULL CHECK (year BETWEEN 2024 AND 2044),
    month            INTEGER       NOT NULL CHECK (month BETWEEN 1 AND 12),
    -- Negative for a credit booking (a correction or a refund) in the ledger.
    amount           NUMERIC(14,2) NOT NULL,
    description      VARCHAR(500),
    row_number       INTEGER       NOT NULL
);
CREATE INDEX actual_line_year_month ON actual (budget_line_code, year, month);

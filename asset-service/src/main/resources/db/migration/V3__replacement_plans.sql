-- Saved replacement plans (issue 3, item 7): a plan is computed from the register as it was when saved
-- and kept whole, so that two plans can be compared later even after the register has changed.
CREATE TABLE replacement_plan (
    name                 VARCHAR(80)   PRIMARY KEY,
    start_year           INTEGER       NOT NULL CHECK (start_year BETWEEN 2000 AND 2100),
    years                INTEGER       NOT NULL CHECK (years BETWEEN 1 AND 50),
    annual_budget        NUMERIC(14,2) NOT NULL CHECK (annual_budget >= 0),
    strategy             VARCHAR(40)   NOT NULL,
    total_replaced_value NUMERIC(16,2) NOT NULL,
    replaced_share       NUMERIC(9,6)  NOT NULL,
    plan                 JSONB         NOT NULL,
    created_by           VARCHAR(120)  NOT NULL,
    created_at           TIMESTAMPTZ   NOT NULL
);

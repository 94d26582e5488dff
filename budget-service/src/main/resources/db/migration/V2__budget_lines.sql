-- Budget lines (begrotingsregels) with their amounts per fiscal year, and the audit log that records
-- every change to them. Amounts are euros with cents, NUMERIC(14,2): up to 999,999,999,999.99.

-- Who changed what, when and why, with the state before and after (JSON). Written by the triggers
-- below for the lines' own data, and by the application for reservations.
CREATE TABLE audit_entry (
    id          BIGSERIAL    PRIMARY KEY,
    at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    actor       VARCHAR(200) NOT NULL,
    entity_type VARCHAR(40)  NOT NULL,
    entity_id   VARCHAR(200) NOT NULL,
    action      VARCHAR(40)  NOT NULL,
    reason      TEXT,
    before      JSONB,
    after       JSONB
);
CREATE INDEX audit_entry_entity ON audit_entry (entity_type, entity_id, id);

CREATE TABLE budget_line (
    code               VARCHAR(40)  PRIMARY KEY CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{1,39}$'),
    name               VARCHAR(200) NOT NULL,
    description        TEXT         NOT NULL,
    taakveld_code      VARCHAR(6)   NOT NULL REFERENCES taakveld (code),
    kind               VARCHAR(12)  NOT NULL CHECK (kind IN ('OPERATING', 'INVESTMENT')),
    department         VARCHAR(40)  NOT NULL
        CHECK (department IN ('openbare-ruimte', 'ruimtelijke-ontwikkeling', 'samenleving')),
    -- Capital-charge parameters: data on an investment line, never constants in code.
    depreciation_method VARCHAR(10) CHECK (depreciation_method IN ('ANNUITY', 'LINEAR')),
    term_years          INTEGER     CHECK (term_years BETWEEN 1 AND 100),
    interest_rate       NUMERIC(7,6) CHECK (interest_rate BETWEEN 0 AND 0.2),
    first_depreciation  VARCHAR(10) CHECK (first_depreciation IN ('YEAR_AFTER', 'SAME_YEAR')),
    CONSTRAINT capital_parameters_only_and_always_on_investments CHECK (
        (kind = 'INVESTMENT') = (depreciation_method IS NOT NULL AND term_years IS NOT NULL
                                 AND interest_rate IS NOT NULL AND first_depreciation IS NOT NULL)
        AND (kind = 'INVESTMENT' OR (depreciation_method IS NULL AND term_years IS NULL
                                     AND interest_rate IS NULL AND first_depreciation IS NULL)))
);

-- One row per line and fiscal year that has an amount. reserved and realised are the sums of the
-- line-year's reservations in those states, kept here so that one conditional UPDATE of this row
-- decides a reservation (see ReservationService); the CHECK is the last line of defence.
CREATE TABLE budget_year (
    budget_line_code     VARCHAR(40)   NOT NULL REFERENCES budget_line (code),
    year                 INTEGER       NOT NULL CHECK (year BETWEEN 2024 AND 2044),
    expenses_structural  NUMERIC(14,2) NOT NULL DEFAULT 0 CHECK (expenses_structural >= 0),
    expenses_one_off     NUMERIC(14,2) NOT NULL DEFAULT 0 CHECK (expenses_one_off >= 0),
    status               VARCHAR(16)   NOT NULL CHECK (status IN ('PROPOSED', 'TO_BE_WEIGHED', 'ADOPTED')),
    kaderbrief_year      INTEGER       CHECK (kaderbrief_year BETWEEN 2000 AND 2100),
    staff_hours_per_week NUMERIC(5,1)  CHECK (staff_hours_per_week >= 0),
    reserved             NUMERIC(14,2) NOT NULL DEFAULT 0 CHECK (reserved >= 0),
    realised             NUMERIC(14,2) NOT NULL DEFAULT 0 CHECK (realised >= 0),
    PRIMARY KEY (budget_line_code, year),
    CONSTRAINT kaderbrief_year_with_to_be_weighed CHECK ((status = 'TO_BE_WEIGHED') = (kaderbrief_year IS NOT NULL)),
    CONSTRAINT never_overcommitted CHECK (reserved + realised <= expenses_structural + expenses_one_off)
);

-- Income (baten) of a line-year, always from a named party: co-financing is income, never netted
-- against the expenses above.
CREATE TABLE budget_income (
    budget_line_code VARCHAR(40)   NOT NULL,
    year             INTEGER       NOT NULL,
    party            VARCHAR(200)  NOT NULL,
    structural       NUMERIC(14,2) NOT NULL DEFAULT 0 CHECK (structural >= 0),
    one_off          NUMERIC(14,2) NOT NULL DEFAULT 0 CHECK (one_off >= 0),
    PRIMARY KEY (budget_line_code, year, party),
    FOREIGN KEY (budget_line_code, year) REFERENCES budget_year (budget_line_code, year)
);

-- Every change to a line, its years or its income is audited here, whatever path it takes. The actor
-- and the reason come from the transaction-local settings groenagenda.actor and groenagenda.reason.
-- Changes of only reserved/realised are not logged here: the reservation's own audit entry names them.
CREATE FUNCTION audit_budget_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    old_row JSONB := CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE to_jsonb(OLD) END;
    new_row JSONB := CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE to_jsonb(NEW) END;
    row_id  TEXT;
BEGIN
    IF TG_OP = 'UPDATE' AND (old_row - 'reserved' - 'realised') = (new_row - 'reserved' - 'realised') THEN
        RETURN NEW;
    END IF;
    row_id := COALESCE(new_row, old_row) ->> CASE WHEN TG_TABLE_NAME = 'budget_line' THEN 'code' ELSE 'budget_line_code' END;
    IF TG_TABLE_NAME <> 'budget_line' THEN
        row_id := row_id || '/' || (COALESCE(new_row, old_row) ->> 'year');
        IF TG_TABLE_NAME = 'budget_income' THEN
            row_id := row_id || '/' || (COALESCE(new_row, old_row) ->> 'party');
        END IF;
    END IF;
    INSERT INTO audit_entry (actor, entity_type, entity_id, action, reason, before, after)
    VALUES (COALESCE(NULLIF(current_setting('groenagenda.actor', true), ''), current_user),
            TG_TABLE_NAME, row_id, TG_OP,
            NULLIF(current_setting('groenagenda.reason', true), ''), old_row, new_row);
    RETURN COALESCE(NEW, OLD);
END $$;

CREATE TRIGGER budget_line_audit AFTER INSERT OR UPDATE OR DELETE ON budget_line
    FOR EACH ROW EXECUTE FUNCTION audit_budget_change();
CREATE TRIGGER budget_year_audit AFTER INSERT OR UPDATE OR DELETE ON budget_year
    FOR EACH ROW EXECUTE FUNCTION audit_budget_change();
CREATE TRIGGER budget_income_audit AFTER INSERT OR UPDATE OR DELETE ON budget_income
    FOR EACH ROW EXECUTE FUNCTION audit_budget_change();

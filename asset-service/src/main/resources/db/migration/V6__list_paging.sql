-- List pages with 250,000+ assets (issue 3, performance): pages of a district and type are read in id
-- order straight from this index, and their count is an index-only scan on it.
DROP INDEX asset_district_idx;
CREATE INDEX asset_district_idx ON asset (district, type_code, id) INCLUDE (replacement_due_year);

-- Type, status and condition each split the register into a handful of large parts (nine in ten assets
-- are trees and present): a scan of such a part reads most of the table anyway, so these indexes went
-- unused while every import paid for keeping them.
DROP INDEX asset_type_idx;
DROP INDEX asset_status_idx;
DROP INDEX asset_condition_idx;

-- A number that every statement changing the register raises, in its own transaction. A list's total
-- (count(*) of its filter) is remembered per filter and version by each instance and is exact as long
-- as the version it was counted at is the version the page was read at: no instance can serve a stale
-- count, however many run. Writers queue on this one row, which imports serialise anyway.
CREATE TABLE register_version (
    id      BOOLEAN PRIMARY KEY DEFAULT true CHECK (id),
    version BIGINT  NOT NULL
);
INSERT INTO register_version (id, version) VALUES (true, 1);

CREATE FUNCTION register_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE register_version SET version = version + 1;
    RETURN NULL;
END
$$;

CREATE TRIGGER asset_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON asset
    FOR EACH STATEMENT EXECUTE FUNCTION register_changed();

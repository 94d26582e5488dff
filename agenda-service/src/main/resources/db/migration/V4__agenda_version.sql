-- List pages (issue 5, performance): each instance remembers the pages it read, per agenda version. This
-- number is raised by every statement that changes an item or its costs, in that statement's transaction,
-- and a page is read with it in one statement: a remembered page is only served at the very version it was
-- read at, so it is exact, however many instances run and whoever changes the agenda, even in plain SQL.
-- Writers queue on this one row until they commit; agenda items change a few times a day, not per second.
CREATE TABLE agenda_version (
    id      BOOLEAN PRIMARY KEY DEFAULT true CHECK (id),
    version BIGINT  NOT NULL
);
INSERT INTO agenda_version (id, version) VALUES (true, 1);

CREATE FUNCTION agenda_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE agenda_version SET version = version + 1;
    RETURN NULL;
END
$$;

CREATE TRIGGER agenda_item_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON agenda_item
    FOR EACH STATEMENT EXECUTE FUNCTION agenda_changed();
CREATE TRIGGER agenda_item_cost_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON agenda_item_cost
    FOR EACH STATEMENT EXECUTE FUNCTION agenda_changed();

-- A list page (GET /agenda-items) writes each of its items' costs as JSON. Each cost row carries its own
-- JSON object, exactly as the API writes a cost (amounts are NUMERIC(14,2), written as BigDecimal writes
-- them; kind is one of two names, so it needs no escaping), so that a page joins texts instead of formatting
-- hundreds of numbers per request. The index holds the rows in the order the API lists them with their JSON,
-- so a page reads its costs (or, for a summary, their sum) from the index alone.
ALTER TABLE agenda_item_cost ADD COLUMN list_json TEXT GENERATED ALWAYS AS (
    '{"year":' || year::text || ',"amount":' || amount::text || ',"recurring":' || recurring::text
        || ',"kind":"' || kind::text || '"}') STORED;

CREATE INDEX agenda_item_cost_list_idx ON agenda_item_cost (agenda_item_id, year, kind, recurring DESC) INCLUDE (amount, list_json);

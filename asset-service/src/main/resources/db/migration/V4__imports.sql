-- Every committed import of assets (issue 3, item 4): who imported which file, when, why and with
-- what effect. A refused file stores nothing, so it leaves no row here either.
CREATE TABLE asset_import (
    id                      UUID          PRIMARY KEY,
    imported_at             TIMESTAMPTZ   NOT NULL DEFAULT now(),
    imported_by             VARCHAR(120)  NOT NULL,
    file_name               VARCHAR(255),
    format                  VARCHAR(10)   NOT NULL CHECK (format IN ('CSV', 'GEOJSON')),
    reason                  VARCHAR(1000) NOT NULL,
    rows                    INTEGER       NOT NULL,
    inserted                INTEGER       NOT NULL,
    updated                 INTEGER       NOT NULL,
    total_replacement_value NUMERIC(16,2) NOT NULL
);

-- The register itself: subtypes, cost norms, assets and their history (issue 3, items 1 and 2).

-- A refinement of a type where the cost or lifespan differs (a tree in paving costs more and lives
-- shorter than a tree in green). Every type has at least one subtype, so every asset has exactly one
-- cost norm: the one of its subtype.
CREATE TABLE asset_subtype (
    code       VARCHAR(40)  PRIMARY KEY,
    type_code  VARCHAR(40)  NOT NULL REFERENCES asset_type (code),
    name       VARCHAR(120) NOT NULL,
    sort_order INTEGER      NOT NULL,
    UNIQUE (code, type_code)
);

INSERT INTO asset_subtype (code, type_code, name, sort_order) VALUES
    ('TREE_IN_GREEN',      'TREE',              'Boom in groen',                    10),
    ('TREE_IN_PAVING',     'TREE',              'Boom in verharding',               20),
    ('SHRUBS',             'SHRUBS',            'Heesters',                         30),
    ('GROUND_COVER',       'SHRUBS',            'Bodembedekkers',                   40),
    ('PERENNIALS',         'PERENNIALS',        'Vaste planten',                    50),
    ('ROSES',              'PERENNIALS',        'Rozen',                            60),
    ('HEDGE',              'HEDGE',             'Haag',                             70),
    ('WOODLAND_PLANTING',  'WOODLAND_PLANTING', 'Bosplantsoen',                     80),
    ('LAWN',               'LAWN',              'Gazon',                            90),
    ('LAWN_WADI',          'LAWN',              'Speelweide met wadi-functie',     100),
    ('HERB_RICH_GRASS',    'HERB_RICH_GRASS',   'Kruidenrijk grasland',            110),
    ('VERGE',              'HERB_RICH_GRASS',   'Berm',                            120);

-- What replacing one unit costs (replacement value = quantity x unit_cost) and how long it lasts.
-- Unit costs are the price level of price_level_year; source names where the figure comes from.
CREATE TABLE cost_norm (
    id               UUID          PRIMARY KEY DEFAULT gen_random_uuid(),
    subtype_code     VARCHAR(40)   NOT NULL UNIQUE REFERENCES asset_subtype (code),
    unit_cost        NUMERIC(12,2) NOT NULL CHECK (unit_cost > 0),
    lifespan_years   INTEGER       NOT NULL CHECK (lifespan_years BETWEEN 1 AND 500),
    price_level_year INTEGER       NOT NULL CHECK (price_level_year BETWEEN 1900 AND 2200),
    source           VARCHAR(500)  NOT NULL,
    updated_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_by       VARCHAR(120)  NOT NULL DEFAULT 'migratie'
);

INSERT INTO cost_norm (subtype_code, unit_cost, lifespan_years, price_level_year, source) VALUES
    ('TREE_IN_GREEN',     500.00, 60, 2023, 'Boom stamomtrek 14-16 cm vanaf EUR 500; levensduur boom in groen 60 jaar (openbare bronnen, zie DOMAIN.md)'),
    ('TREE_IN_PAVING',    650.00, 50, 2023, 'Boom in verharding incl. groeiplaats; aanname zodat het gemiddelde per boom ca. EUR 550 is; levensduur 50 jaar'),
    ('SHRUBS',             45.00, 30, 2023, 'Heesters ca. EUR 45/m2, levensduur beplanting 30 jaar (openbare bronnen, zie DOMAIN.md)'),
    ('GROUND_COVER',       45.00, 30, 2023, 'Bodembedekkers als heesters: EUR 45/m2, 30 jaar (openbare bronnen, zie DOMAIN.md)'),
    ('PERENNIALS',         65.00, 30, 2023, 'Vaste planten ca. EUR 65/m2, 30 jaar (openbare bronnen, zie DOMAIN.md)'),
    ('ROSES',              65.00, 30, 2023, 'Rozen als vaste planten: EUR 65/m2, 30 jaar (aanname)'),
    ('HEDGE',              40.00, 30, 2023, 'Haag ca. EUR 40/m2, 30 jaar (aanname, zie DOMAIN.md)'),
    ('WOODLAND_PLANTING',   6.00, 40, 2023, 'Bosplantsoen ca. EUR 6/m2 (aanname, zie DOMAIN.md); levensduur 40 jaar (aanname)'),
    ('LAWN',                3.00, 30, 2023, 'Gazon ca. EUR 3/m2, levensduur ca. 30 jaar (openbare bronnen, zie DOMAIN.md)'),
    ('LAWN_WADI',           3.00, 30, 2023, 'Speelweide met wadi-functie, grasmat als gazon: EUR 3/m2 (aanname)'),
    ('HERB_RICH_GRASS',     2.50, 30, 2023, 'Kruidenrijk gras ca. EUR 2,50/m2 vervangen (aanname, zie DOMAIN.md)'),
    ('VERGE',               2.50, 30, 2023, 'Berm als kruidenrijk gras: EUR 2,50/m2 (aanname)');

-- Every change of a norm, with what it did to the register.
CREATE TABLE cost_norm_change (
    id              BIGSERIAL     PRIMARY KEY,
    cost_norm_id    UUID          NOT NULL REFERENCES cost_norm (id),
    changed_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    changed_by      VARCHAR(120)  NOT NULL,
    reason          VARCHAR(1000) NOT NULL,
    before          JSONB         NOT NULL,
    after           JSONB         NOT NULL,
    affected_assets INTEGER       NOT NULL,
    value_before    NUMERIC(16,2) NOT NULL,
    value_after     NUMERIC(16,2) NOT NULL
);
CREATE INDEX cost_norm_change_norm_idx ON cost_norm_change (cost_norm_id, changed_at);

-- One green asset. Geometry is kept in RD New (EPSG:28992) without PostGIS, which these machines do
-- not have: rd_x/rd_y hold the point of a tree or the centroid of an area (for bounding-box queries),
-- geometry_rd the polygon of an area as GeoJSON-style rings in RD metres ([[[x, y], ...]], the
-- exterior ring first, closed). A move to PostGIS later replaces these columns with a geometry column.
CREATE TABLE asset (
    id                      UUID          PRIMARY KEY,
    external_id             VARCHAR(80)   UNIQUE,
    type_code               VARCHAR(40)   NOT NULL REFERENCES asset_type (code),
    subtype_code            VARCHAR(40)   NOT NULL,
    species_scientific      VARCHAR(120),
    species_dutch           VARCHAR(120),
    quantity                NUMERIC(12,2) NOT NULL CHECK (quantity > 0),
    geometry_kind           VARCHAR(8)    NOT NULL CHECK (geometry_kind IN ('POINT', 'POLYGON')),
    rd_x                    NUMERIC(10,2) NOT NULL CHECK (rd_x BETWEEN -7000 AND 300000),
    rd_y                    NUMERIC(10,2) NOT NULL CHECK (rd_y BETWEEN 289000 AND 629000),
    geometry_rd             JSONB,
    district                VARCHAR(80)   NOT NULL,
    neighbourhood_code      VARCHAR(10),
    planting_year           INTEGER       CHECK (planting_year >= 1800),
    expected_lifespan_years INTEGER       NOT NULL CHECK (expected_lifespan_years BETWEEN 1 AND 500),
    -- true while the lifespan is the norm's: a change of the norm's lifespan then carries over.
    lifespan_from_norm      BOOLEAN       NOT NULL DEFAULT true,
    replacement_due_year    INTEGER       GENERATED ALWAYS AS (planting_year + expected_lifespan_years) STORED,
    condition               VARCHAR(2)    CHECK (condition IN ('A+', 'A', 'B', 'C', 'D')),
    inspection_date         DATE,
    safety_class            VARCHAR(12)   CHECK (safety_class IN ('SAFE', 'ATTENTION', 'RISK')),
    protection_status       VARCHAR(12)   CHECK (protection_status IN ('MONUMENTAL', 'VALUABLE')),
    provides_shade          BOOLEAN       NOT NULL DEFAULT false,
    water_storage           BOOLEAN       NOT NULL DEFAULT false,
    status                  VARCHAR(8)    NOT NULL CHECK (status IN ('PLANNED', 'PRESENT', 'REMOVED')),
    replacement_value       NUMERIC(14,2) NOT NULL CHECK (replacement_value >= 0),
    synthetic               BOOLEAN       NOT NULL DEFAULT false,
    created_at              TIMESTAMPTZ   NOT NULL DEFAULT now(),
    created_by              VARCHAR(120)  NOT NULL,
    updated_at              TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_by              VARCHAR(120)  NOT NULL,
    FOREIGN KEY (subtype_code, type_code) REFERENCES asset_subtype (code, type_code),
    CHECK ((geometry_kind = 'POINT') = (geometry_rd IS NULL)),
    CHECK ((condition IS NULL) = (inspection_date IS NULL)),
    CHECK (type_code = 'TREE' OR (species_scientific IS NULL AND species_dutch IS NULL
                                  AND safety_class IS NULL AND protection_status IS NULL))
);

CREATE INDEX asset_type_idx      ON asset (type_code);
CREATE INDEX asset_subtype_idx   ON asset (subtype_code);
CREATE INDEX asset_district_idx  ON asset (district, type_code);
CREATE INDEX asset_condition_idx ON asset (condition);
CREATE INDEX asset_status_idx    ON asset (status);
CREATE INDEX asset_due_year_idx  ON asset (replacement_due_year);
CREATE INDEX asset_rd_idx        ON asset (rd_x, rd_y);

-- Who changed what about an asset, when and why, with the values before and after.
CREATE TABLE asset_history (
    id                  BIGSERIAL     PRIMARY KEY,
    asset_id            UUID          NOT NULL REFERENCES asset (id) ON DELETE CASCADE,
    changed_at          TIMESTAMPTZ   NOT NULL DEFAULT now(),
    changed_by          VARCHAR(120)  NOT NULL,
    action              VARCHAR(20)   NOT NULL CHECK (action IN ('CREATED', 'UPDATED', 'REVALUED', 'REMOVED')),
    reason              VARCHAR(1000) NOT NULL,
    before              JSONB,
    after               JSONB,
    cost_norm_change_id BIGINT        REFERENCES cost_norm_change (id)
);
CREATE INDEX asset_history_asset_idx ON asset_history (asset_id, changed_at, id);

-- The themes of the joint execution agenda: the four components of the Groenvisie Assen 2040 and the
-- climate themes of the Visie Klimaatadaptatie. Names as the council documents use them.
CREATE TABLE theme (
    code       VARCHAR(40)  PRIMARY KEY,
    name       VARCHAR(160) NOT NULL,
    vision     VARCHAR(20)  NOT NULL CHECK (vision IN ('GROENVISIE', 'KLIMAATADAPTATIE')),
    sort_order INTEGER      NOT NULL
);

INSERT INTO theme (code, name, vision, sort_order) VALUES
    ('GREEN_NETWORK',          'Een groen en verbonden netwerk',                          'GROENVISIE',       10),
    ('ATTRACTIVE_GREEN_AREAS', 'Aantrekkelijke, diverse en toegankelijke groengebieden',  'GROENVISIE',       20),
    ('HEALTHY_LIVING_AREAS',   'Gezonde woon-, werk- en winkelgebieden',                  'GROENVISIE',       30),
    ('FUTURE_PROOF_COUNTRYSIDE', 'Een toekomstbestendig en toegankelijk buitengebied',    'GROENVISIE',       40),
    ('HEAT',                   'Hitte',                                                   'KLIMAATADAPTATIE', 50),
    ('DROUGHT',                'Droogte',                                                 'KLIMAATADAPTATIE', 60),
    ('FLOODING',               'Wateroverlast',                                           'KLIMAATADAPTATIE', 70);

-- The kinds of green the register holds. Codes are stable identifiers used by imports and the API;
-- names are Dutch because users see them. imgeo_class is the IMGeo/BGT class the geometry comes from,
-- imbor_type the IMBOR object type the asset is aligned with.
CREATE TABLE asset_type (
    code        VARCHAR(40)  PRIMARY KEY,
    name        VARCHAR(120) NOT NULL,
    unit        VARCHAR(8)   NOT NULL CHECK (unit IN ('STUKS', 'M2', 'M')),
    imgeo_class VARCHAR(80)  NOT NULL,
    imbor_type  VARCHAR(80)  NOT NULL,
    sort_order  INTEGER      NOT NULL
);

INSERT INTO asset_type (code, name, unit, imgeo_class, imbor_type, sort_order) VALUES
    ('TREE',                 'Boom',                           'STUKS', 'Vegetatieobject (boom)',             'Boom',                  10),
    ('SHRUBS',               'Heesters en bodembedekkers',     'M2',    'BegroeidTerreindeel (groenvoorziening)', 'Heester',            20),
    ('PERENNIALS',           'Vaste planten en rozen',         'M2',    'BegroeidTerreindeel (groenvoorziening)', 'Vaste planten',      30),
    ('HEDGE',                'Haag',                           'M2',    'Vegetatieobject (haag)',             'Haag',                  40),
    ('WOODLAND_PLANTING',    'Bosplantsoen',                   'M2',    'BegroeidTerreindeel (groenvoorziening)', 'Bosplantsoen',       50),
    ('LAWN',                 'Gazon',                          'M2',    'BegroeidTerreindeel (grasland overig)', 'Gazon',               60),
    ('HERB_RICH_GRASS',      'Kruidenrijk gras en berm',       'M2',    'BegroeidTerreindeel (grasland overig)', 'Kruidenrijk grasland', 70);

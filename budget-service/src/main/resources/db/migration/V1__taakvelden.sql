-- Iv3 (BBV) classification of municipal budgets. Only the taakvelden that the green and climate
-- agenda's budget lines use are loaded; a functional administrator adds others as lines need them.
-- sort_key orders "0.10" after "0.9" and "5.7" before "6.1", as the BBV lists them.
CREATE TABLE hoofdtaakveld (
    code VARCHAR(2)   PRIMARY KEY,
    name VARCHAR(120) NOT NULL
);

CREATE TABLE taakveld (
    code               VARCHAR(6)   PRIMARY KEY,
    name               VARCHAR(160) NOT NULL,
    hoofdtaakveld_code VARCHAR(2)   NOT NULL REFERENCES hoofdtaakveld (code),
    sort_key           VARCHAR(12)  NOT NULL UNIQUE
);

INSERT INTO hoofdtaakveld (code, name) VALUES
    ('0', 'Bestuur en ondersteuning'),
    ('2', 'Verkeer en vervoer'),
    ('4', 'Onderwijs'),
    ('5', 'Sport, cultuur en recreatie'),
    ('6', 'Sociaal domein'),
    ('7', 'Volksgezondheid en milieu'),
    ('8', 'Volkshuisvesting, ruimtelijke ordening en stedelijke vernieuwing');

INSERT INTO taakveld (code, name, hoofdtaakveld_code, sort_key) VALUES
    ('0.4', 'Overhead',                                   '0', '00.04'),
    ('0.5', 'Treasury',                                   '0', '00.05'),
    ('2.1', 'Verkeer en vervoer',                         '2', '02.01'),
    ('4.2', 'Onderwijshuisvesting',                       '4', '04.02'),
    ('5.7', 'Openbaar groen en (openlucht) recreatie',    '5', '05.07'),
    ('6.1', 'Samenkracht en burgerparticipatie',          '6', '06.01'),
    ('7.2', 'Riolering',                                  '7', '07.02'),
    ('7.4', 'Milieubeheer',                               '7', '07.04'),
    ('8.1', 'Ruimtelijke ordening',                       '8', '08.01'),
    ('8.3', 'Wonen en bouwen',                            '8', '08.03');

-- Felling and pruning (issue 3, item 9): every intervention on an asset names a reason from a fixed
-- list, kept here as data. A reason the council's policy rules out is in the list too, marked
-- refused with the policy it comes from, so the refusal and its citation live in one place.

CREATE TABLE intervention_reason (
    code          VARCHAR(40)   PRIMARY KEY,
    name          VARCHAR(200)  NOT NULL,
    permitted     BOOLEAN       NOT NULL,
    -- For a refused reason: the stable URN of the policy (the problem type of the refusal) and the
    -- citation shown to the user.
    policy_type   VARCHAR(200),
    policy_detail VARCHAR(1000),
    sort_order    INTEGER       NOT NULL,
    UNIQUE (code, permitted),
    CHECK (permitted = (policy_type IS NULL)),
    CHECK ((policy_type IS NULL) = (policy_detail IS NULL))
);

INSERT INTO intervention_reason (code, name, permitted, policy_type, policy_detail, sort_order) VALUES
    ('SAFETY_RISK',           'Veiligheidsrisico (VTA: risicoboom)',                    true,  NULL, NULL, 10),
    ('DISEASE',               'Ziekte of plaag (bijvoorbeeld essentaksterfte)',         true,  NULL, NULL, 20),
    ('DEAD',                  'Dood of afstervend',                                     true,  NULL, NULL, 30),
    ('CONSTRUCTION_WORK',     'Werk in de openbare ruimte (bouw, riolering, herinrichting)', true, NULL, NULL, 40),
    ('REPLACEMENT_PROGRAMME', 'Vervangingsprogramma (einde levensduur)',                true,  NULL, NULL, 50),
    ('NUISANCE_ASSESSED',     'Overlast, beoordeeld door de gemeente',                  true,  NULL, NULL, 60),
    ('PRIVATE_SOLAR_PANELS',  'Zonnepanelen van particulieren',                         false,
     'urn:nl:assen:groenagenda:policy:groenvisie-2040:geen-kap-of-snoei-voor-particuliere-zonnepanelen',
     'Gemeentelijke bomen worden niet gekapt of gesnoeid voor zonnepanelen van particulieren — Groenvisie Assen 2040, raadsvoorstel 21 december 2023; een beleidsnotitie volgt.',
     70);

-- A recorded (planned) felling or pruning. reason_permitted is always true and, with the composite
-- foreign key, makes the database itself refuse a reason the policy rules out.
CREATE TABLE asset_intervention (
    id               UUID          PRIMARY KEY DEFAULT gen_random_uuid(),
    asset_id         UUID          NOT NULL REFERENCES asset (id) ON DELETE CASCADE,
    kind             VARCHAR(10)   NOT NULL CHECK (kind IN ('FELLING', 'PRUNING')),
    reason_code      VARCHAR(40)   NOT NULL,
    reason_permitted BOOLEAN       NOT NULL DEFAULT true CHECK (reason_permitted),
    motivation       VARCHAR(2000),
    planned_date     DATE,
    recorded_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    recorded_by      VARCHAR(120)  NOT NULL,
    FOREIGN KEY (reason_code, reason_permitted) REFERENCES intervention_reason (code, permitted)
);
CREATE INDEX asset_intervention_asset_idx ON asset_intervention (asset_id, recorded_at, id);

-- Recorded interventions are audited in the asset's history under their own action.
ALTER TABLE asset_history DROP CONSTRAINT asset_history_action_check;
ALTER TABLE asset_history ADD CONSTRAINT asset_history_action_check
    CHECK (action IN ('CREATED', 'UPDATED', 'REVALUED', 'REMOVED', 'INTERVENTION'));

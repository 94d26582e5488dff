-- The joint execution agenda (issue 5): its items, their yearly costs, their history and the
-- submissions that start an approval process in the workflow service.

-- Assen's districts (wijken) as the register and the council documents name them, plus the
-- countryside around the town. An item without districts concerns the whole municipality.
CREATE TABLE district (
    name       VARCHAR(80) PRIMARY KEY,
    sort_order INTEGER     NOT NULL
);

INSERT INTO district (name, sort_order) VALUES
    ('Centrum', 10), ('Assen-Oost', 20), ('Assen-West', 30), ('Lariks', 40), ('Pittelo', 50),
    ('Peelo', 60), ('Marsdijk', 70), ('Kloosterveen', 80), ('Noorderpark', 90), ('Baggelhuizen', 100),
    ('Messchenveld', 110), ('Industrieterrein', 120), ('Buitengebied', 130);

CREATE TABLE agenda_item (
    id                  UUID          PRIMARY KEY,
    -- Set only for the example items loaded from examples/agenda-items.json; the loader keys on it.
    example_key         VARCHAR(60)   UNIQUE,
    title               VARCHAR(200)  NOT NULL,
    description         TEXT          NOT NULL DEFAULT '',
    visions             VARCHAR(20)[] NOT NULL,
    theme_code          VARCHAR(40)   NOT NULL REFERENCES theme (code),
    measure_type        VARCHAR(40)   NOT NULL,
    districts           VARCHAR(80)[] NOT NULL DEFAULT '{}',
    -- GeoJSON geometry in WGS84, as the API receives and serves it.
    location            JSONB,
    asset_ids           UUID[]        NOT NULL DEFAULT '{}',
    department          VARCHAR(40)   NOT NULL,
    owner               VARCHAR(120),
    drafter             VARCHAR(120)  NOT NULL,
    planned_start       DATE,
    planned_end         DATE,
    budget_line_code    VARCHAR(40),
    work_with_work      JSONB         NOT NULL DEFAULT '[]',
    partners            VARCHAR(200)[] NOT NULL DEFAULT '{}',
    status              VARCHAR(20)   NOT NULL DEFAULT 'DRAFT',
    -- How the item is paid for, as the workflow reported it: an existing budget, a claim in the
    -- Kaderbrief of kaderbrief_year, or that claim adopted.
    coverage            VARCHAR(20),
    kaderbrief_year     INTEGER,
    claim_id            VARCHAR(64),
    progress            INTEGER       NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    traffic_light       VARCHAR(10)   NOT NULL DEFAULT 'GREEN',
    traffic_light_cause      TEXT,
    traffic_light_correction TEXT,
    version             INTEGER       NOT NULL DEFAULT 1,
    created_at          TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ   NOT NULL DEFAULT now(),
    search              TSVECTOR      GENERATED ALWAYS AS (
                            setweight(to_tsvector('dutch', title), 'A')
                            || setweight(to_tsvector('dutch', description), 'B')) STORED,
    CONSTRAINT agenda_item_status_ck CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'COVERED', 'CLAIMED',
        'ADOPTED', 'IN_EXECUTION', 'DONE', 'RETURNED', 'REJECTED', 'DEFERRED')),
    CONSTRAINT agenda_item_coverage_ck CHECK (coverage IN ('EXISTING_BUDGET', 'CLAIM', 'ADOPTED')),
    CONSTRAINT agenda_item_traffic_light_ck CHECK (traffic_light IN ('GREEN', 'ORANGE', 'RED')),
    CONSTRAINT agenda_item_period_ck CHECK (planned_end IS NULL OR planned_start IS NULL OR planned_end >= planned_start),
    -- Orange and red say what is wrong and what is done about it.
    CONSTRAINT agenda_item_light_explained_ck CHECK (traffic_light = 'GREEN'
        OR (traffic_light_cause IS NOT NULL AND traffic_light_correction IS NOT NULL))
);

CREATE INDEX agenda_item_department_idx ON agenda_item (department, status);
CREATE INDEX agenda_item_status_idx     ON agenda_item (status);
CREATE INDEX agenda_item_theme_idx      ON agenda_item (theme_code);
CREATE INDEX agenda_item_districts_idx  ON agenda_item USING GIN (districts);
CREATE INDEX agenda_item_search_idx     ON agenda_item USING GIN (search);
CREATE INDEX agenda_item_updated_idx    ON agenda_item (updated_at DESC, id);

CREATE TABLE agenda_item_cost (
    agenda_item_id UUID          NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
    year           INTEGER       NOT NULL,
    recurring      BOOLEAN       NOT NULL,
    kind           VARCHAR(20)   NOT NULL CHECK (kind IN ('OPERATING', 'INVESTMENT')),
    amount         NUMERIC(14,2) NOT NULL CHECK (amount > 0),
    PRIMARY KEY (agenda_item_id, year, recurring, kind)
);

-- Who changed what, when and why; written in the same transaction as the change itself.
CREATE TABLE agenda_item_history (
    id             BIGSERIAL    PRIMARY KEY,
    agenda_item_id UUID         NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
    at             TIMESTAMPTZ  NOT NULL DEFAULT now(),
    actor          VARCHAR(120) NOT NULL,
    action         VARCHAR(30)  NOT NULL,
    from_status    VARCHAR(20),
    to_status      VARCHAR(20),
    reason         TEXT,
    -- Per changed field: {"field": {"old": ..., "new": ...}}.
    changes        JSONB        NOT NULL DEFAULT '{}'
);

CREATE INDEX agenda_item_history_item_idx ON agenda_item_history (agenda_item_id, id);

-- Transitions reported by the workflow service, by their id, so that a repeated callback changes
-- nothing the second time.
CREATE TABLE agenda_item_transition (
    transition_id  VARCHAR(200) PRIMARY KEY,
    agenda_item_id UUID         NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
    to_status      VARCHAR(20)  NOT NULL,
    at             TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- The outbox of submissions: written in the same transaction as the status change to SUBMITTED and
-- delivered to the workflow service until it confirms, so that the approval process starts exactly
-- once per submission (the workflow service keys on the submission id) also when it is down.
CREATE TABLE submission (
    id              UUID         PRIMARY KEY,
    agenda_item_id  UUID         NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
    sequence        INTEGER      NOT NULL,
    submitted_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    submitted_by    VARCHAR(120) NOT NULL,
    delivered_at    TIMESTAMPTZ,
    process_instance_id VARCHAR(64),
    attempts        INTEGER      NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    lease_until     TIMESTAMPTZ,
    last_error      TEXT,
    UNIQUE (agenda_item_id, sequence)
);

CREATE INDEX submission_pending_idx ON submission (next_attempt_at) WHERE delivered_at IS NULL;

-- One approval per submission (ADR 0009): agenda-service delivers each submission at least once, this
-- table makes the start happen exactly once. The row is inserted in the same transaction that starts
-- the process instance, so a row without a committed instance (or the reverse) cannot exist.
create table approval_start (
    submission_id       uuid primary key,
    agenda_item_id      varchar(255) not null,  -- the process's business key
    -- Filled in the inserting transaction right after the start; never null once committed.
    process_instance_id varchar(64),
    started_at          timestamptz  not null default now()
);

create index approval_start_by_agenda_item on approval_start (agenda_item_id, started_at);

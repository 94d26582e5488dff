-- Every decision a user takes on a task of an agenda item's approval (approve, return, reject,
-- finance advice, the council's outcome), kept by the service itself: Camunda's history may be
-- cleaned up after its time to live, this record of who decided what, when and why may not.
create table decision (
    id                  uuid primary key,
    agenda_item_id      varchar(255) not null,  -- the process's business key, as agenda-service names the item
    process_instance_id varchar(64)  not null,
    task_id             varchar(64)  not null,
    task_definition_key varchar(255) not null,  -- which step of the process: the BPMN user task id
    decision            varchar(64)  not null,
    motivation          text,
    decided_by          varchar(255) not null,  -- the user name from the access token
    decided_at          timestamptz  not null default now(),
    -- A task is completed once: a repeated completion finds this row and is refused, not doubled.
    constraint decision_task_once unique (task_id)
);

create index decision_by_agenda_item on decision (agenda_item_id, decided_at);

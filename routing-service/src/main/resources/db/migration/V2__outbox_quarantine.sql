-- service-kit's outbox relay: a row the producer refuses for itself (too large, an invalid topic) is tried
-- ppid.outbox.max-attempts times, then set aside here with its error. Later rows of its key wait in outbox_event until
-- an operator releases it (back to outbox_event, same id, first of its key) or drops it (/admin/outbox/quarantine).
alter table outbox_event add column attempts integer not null default 0;
alter table outbox_event add column last_error varchar(2000);

create table outbox_quarantine (
    id             bigint        primary key,
    event_id       uuid          not null unique,
    topic          varchar(200)  not null,
    message_key    varchar(200)  not null,
    event_type     varchar(200)  not null,
    subject        varchar(200),
    occurred_at    timestamptz   not null,
    payload        bytea,
    attempts       integer       not null,
    last_error     varchar(2000),
    quarantined_at timestamptz   not null
);
create index outbox_quarantine_key on outbox_quarantine (topic, message_key);

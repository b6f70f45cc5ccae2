-- routing-service schema: the OPD directory and register of information (what routing matches against),
-- the routing state of each request, its history, and the plumbing that makes events reliable
-- (outbox_event) and consumption idempotent (processed_event).

create table opd (
    code               varchar(32)   primary key,
    name               varchar(300)  not null,
    short_name         varchar(100)  not null,
    kind               varchar(20)   not null,
    duties             varchar(8000) not null,
    -- routing-only search terms (informal words, abbreviations); not published on the directory topic
    keywords           jsonb         not null default '[]',
    desk_email         varchar(254),
    desk_phone         varchar(20),
    webhook_url        varchar(500),
    webhook_secret_ref varchar(253),
    active             boolean       not null,
    -- the directory entry's version on ppid.directory.v1; increases with every change
    version            bigint        not null,
    updated_at         timestamptz   not null,
    updated_by         varchar(255)  not null
);

create table register_entry (
    opd_code                    varchar(32)   not null references opd (code),
    entry_id                    varchar(100)  not null,
    title                       varchar(500)  not null,
    summary                     varchar(4000) not null,
    category                    varchar(20)   not null,
    keywords                    jsonb         not null default '[]',
    publication_interval_months integer,
    published_at                timestamptz   not null,
    -- OPD_SYSTEM (ppid.opd.events.v1), REST (a person) or SEED
    source                      varchar(20)   not null,
    updated_at                  timestamptz   not null,
    primary key (opd_code, entry_id)
);

-- Bumped in the same transaction as any change that alters what routing matches against, so every
-- replica notices and rebuilds its in-memory index before the next routing decision.
create table match_revision (
    id       integer primary key check (id = 1),
    revision bigint  not null
);
insert into match_revision (id, revision) values (1, 1);

create table routing_case (
    request_id          uuid          primary key,
    registration_number varchar(20)   not null,
    information_details varchar(4000) not null,
    purpose             varchar(2000) not null,
    filing_opd_code     varchar(32),
    received_at         timestamptz   not null,
    due_date            date          not null,
    -- ROUTED, QUEUED or CLOSED (answered or withdrawn: nothing more to route)
    status              varchar(10)   not null,
    assigned_opd_code   varchar(32),
    -- the OPD it was last assigned to, kept while it waits in the queue (previousOpdCode of the next event)
    last_opd_code       varchar(32),
    queue_reason        varchar(30),
    queued_at           timestamptz,
    -- the last routing explanation: candidates with scores and matched terms, best first
    candidates          jsonb         not null default '[]',
    -- OPDs that handed the request back; never proposed again automatically
    returned_by         jsonb         not null default '[]',
    transfer_count      integer       not null default 0,
    -- routing-service's own per-request event sequence on ppid.routing.events.v1
    event_sequence      bigint        not null default 0,
    closed_reason       varchar(20),
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null,
    version             bigint        not null default 0
);

create index routing_case_queue on routing_case (status, due_date, queued_at);
create index routing_case_opd on routing_case (assigned_opd_code, status);

create table routing_step (
    id            bigserial     primary key,
    request_id    uuid          not null references routing_case (request_id),
    occurred_at   timestamptz   not null,
    -- ROUTED, QUEUED, TRANSFERRED, CLOSED
    step          varchar(20)   not null,
    opd_code      varchar(32),
    mode          varchar(20),
    reason        varchar(30),
    score         double precision,
    matched_terms jsonb         not null default '[]',
    note          varchar(2000),
    actor_subject varchar(255)  not null,
    actor_opd     varchar(32)
);

create index routing_step_request on routing_step (request_id, id);

create table outbox_event (
    id          bigserial primary key,
    event_id    uuid         not null unique,
    topic       varchar(200) not null,
    message_key varchar(200) not null,
    event_type  varchar(200) not null,
    subject     varchar(200),
    occurred_at timestamptz  not null,
    -- null payload = tombstone (erases a key on a compacted topic)
    payload     bytea
);

create table processed_event (
    consumer     varchar(100) not null,
    event_id     varchar(200) not null,
    processed_at timestamptz  not null,
    primary key (consumer, event_id)
);

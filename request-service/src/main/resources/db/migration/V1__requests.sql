-- request-service schema: the request aggregate, its timeline, and the plumbing that makes
-- intake idempotent (idempotency_key), events reliable (outbox_event) and consumption
-- idempotent (processed_event).

create table applicant (
    id              uuid primary key,
    -- Keycloak subject of an applicant with an account; null for walk-in applicants
    owner_subject   varchar(255) unique,
    -- HMAC of the NIK or deed number, so a walk-in applicant keeps one pseudonymous id
    identity_hash   varchar(64) unique,
    created_at      timestamptz not null
);

create table registration_counter (
    year        integer primary key,
    last_number bigint  not null
);

create table information_request (
    id                      uuid primary key,
    registration_number     varchar(20)   not null unique,
    applicant_id            uuid          not null references applicant (id),
    owner_subject           varchar(255),
    channel                 varchar(10)   not null,
    filed_by_subject        varchar(255)  not null,
    filing_opd_code         varchar(32),
    applicant_kind          varchar(20)   not null,
    applicant_name          varchar(200)  not null,
    applicant_nik           bytea,
    applicant_deed_number   varchar(100),
    applicant_address       varchar(500)  not null,
    applicant_phone         varchar(20),
    applicant_email         varchar(254),
    preferred_language      varchar(2)    not null,
    proxy_name              varchar(200),
    proxy_power_of_attorney varchar(200),
    information_details     varchar(4000) not null,
    purpose                 varchar(2000) not null,
    access_methods          jsonb         not null,
    copy_deliveries         jsonb         not null,
    status                  varchar(30)   not null,
    received_at             timestamptz   not null,
    received_date           date          not null,
    original_due_date       date          not null,
    due_date                date          not null,
    extension_reason        varchar(2000),
    extended_at             timestamptz,
    assigned_opd_code       varchar(32),
    routing_sequence        bigint        not null default 0,
    decision                varchar(30),
    decision_notice         jsonb,
    decision_source         varchar(20),
    decision_opd_code       varchar(32),
    decided_at              timestamptz,
    decided_date            date,
    withdrawal_reason       varchar(2000),
    withdrawn_at            timestamptz,
    objection_grounds       jsonb,
    objection_statement     varchar(4000),
    objection_filed_at      timestamptz,
    objection_filed_date    date,
    objection_due_date      date,
    objection_outcome       varchar(20),
    objection_reasons       varchar(4000),
    objection_decided_at    timestamptz,
    objection_decided_date  date,
    dispute_deadline        date,
    dispute_filed_date      date,
    dispute_case_number     varchar(100),
    dispute_recorded_at     timestamptz,
    event_sequence          bigint        not null default 0,
    version                 bigint        not null default 0
);

create index information_request_owner on information_request (owner_subject);
create index information_request_opd on information_request (assigned_opd_code, status);
create index information_request_status on information_request (status, due_date);

create table timeline_entry (
    id          bigserial primary key,
    request_id  uuid          not null references information_request (id),
    occurred_at timestamptz   not null,
    step        varchar(40)   not null,
    actor_role  varchar(30)   not null,
    actor_opd   varchar(32),
    note        varchar(4000)
);

create index timeline_entry_request on timeline_entry (request_id, id);

create table idempotency_key (
    owner               varchar(255) not null,
    idempotency_key     varchar(200) not null,
    payload_fingerprint varchar(64)  not null,
    request_id          uuid         not null,
    created_at          timestamptz  not null,
    primary key (owner, idempotency_key)
);

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

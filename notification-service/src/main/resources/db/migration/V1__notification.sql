-- notification-service schema: what it knows of each request (from the request and routing topics), the SLA
-- clocks and their reminder ladder, the messages it sends (an outbox of its own with retries), its copies of the
-- OPD directory and of applicant contacts, and the plumbing for reliable events (outbox_event, processed_event).

create table tracked_request (
    request_id          uuid primary key,
    registration_number varchar(20),
    applicant_id        uuid,
    -- NEW until request.submitted arrives (a routing event may come first), then OPEN, DECIDED, WITHDRAWN, ...
    status              varchar(30)  not null,
    received_date       date,
    original_due_date   date,
    assigned_opd_code   varchar(32),
    -- in the PPID Utama's routing queue: the PPID Utama is reminded instead of an OPD
    queued              boolean      not null default false,
    request_sequence    bigint       not null default 0,
    routing_sequence    bigint       not null default 0,
    updated_at          timestamptz  not null
);

create index tracked_request_opd on tracked_request (assigned_opd_code);

-- One row per request and legal clock (ANSWER, OBJECTION_DECISION, OBJECTION_WINDOW, DISPUTE_WINDOW).
create table sla_deadline (
    id           bigserial primary key,
    request_id   uuid         not null references tracked_request (request_id),
    clock        varchar(30)  not null,
    due_date     date         not null,
    started_on   date         not null,
    -- RUNNING, STOPPED (the step it waited for happened), EXPIRED (an applicant's window closed)
    state        varchar(20)  not null,
    stopped_at   timestamptz,
    stop_reason  varchar(200),
    updated_at   timestamptz  not null,
    unique (request_id, clock)
);

create index sla_deadline_running on sla_deadline (state, due_date);

-- The reminder ladder of a clock, planned when the clock starts or its due date moves. The sweep claims due rows
-- with FOR UPDATE SKIP LOCKED, so each step is handled by one replica only.
create table sla_step (
    id          bigserial primary key,
    request_id  uuid         not null references tracked_request (request_id),
    clock       varchar(30)  not null,
    due_date    date         not null,
    -- working days relative to the due date: -3 = three before, 0 = on the day, 1 = one day overdue
    offset_days integer      not null,
    -- REMIND (before or on the day), ESCALATE (overdue), DEADLINE_PASSED (tell the applicant), WINDOW_CLOSES
    action      varchar(20)  not null,
    -- ASSIGNEE (the OPD desk, or the PPID Utama while queued; resolved when the step fires), PPID_MAIN,
    -- PPID_SUPERIOR or APPLICANT
    recipient   varchar(20)  not null,
    -- null while the working-day calendar has no data for the year (status NO_CALENDAR)
    fire_on     date,
    -- PENDING, DONE, SKIPPED (a later step of the ladder was due as well), CANCELLED (clock stopped or moved),
    -- NO_CALENDAR
    status      varchar(20)  not null,
    note        varchar(500),
    fired_at    timestamptz,
    unique (request_id, clock, due_date, offset_days, action, recipient)
);

create index sla_step_pending on sla_step (fire_on) where status = 'PENDING';
create index sla_step_request on sla_step (request_id, clock);

-- Every message, written once per (request, kind, step, recipient, channel) thanks to dedupe_key, then delivered
-- with retries. Addresses are not stored here: they are looked up when sending, so an erased contact stays erased.
create table notification (
    id               uuid primary key,
    dedupe_key       varchar(300)  not null unique,
    request_id       uuid          not null,
    kind             varchar(60)   not null,
    channel          varchar(10)   not null,
    recipient        varchar(20)   not null,
    -- applicant id for APPLICANT, OPD code for OPD_DESK and OPD_SYSTEM, null for PPID_MAIN and PPID_SUPERIOR
    recipient_ref    varchar(64),
    -- template data, no personal data
    data             jsonb         not null,
    -- PENDING, SENT, FAILED (gave up after the last try), SKIPPED (nowhere to send it)
    status           varchar(10)   not null,
    attempts         integer       not null default 0,
    next_attempt_at  timestamptz   not null,
    last_error       varchar(1000),
    created_at       timestamptz   not null,
    sent_at          timestamptz,
    failed_at        timestamptz,
    operator_retries integer       not null default 0
);

create index notification_pending on notification (next_attempt_at) where status = 'PENDING';
create index notification_status on notification (status, created_at);
create index notification_request on notification (request_id);

-- Latest entry per OPD of the compacted directory topic; a tombstone deletes the row.
create table opd_desk (
    opd_code           varchar(32)  primary key,
    name               varchar(300) not null,
    short_name         varchar(100) not null,
    desk_email         varchar(254),
    webhook_url        varchar(2000),
    -- the NAME of the signing secret; the secret itself comes from the environment
    webhook_secret_ref varchar(253),
    active             boolean      not null,
    version            bigint       not null,
    updated_at         timestamptz  not null
);

-- Personal data: the applicant contacts of the restricted topic. A tombstone deletes the row (erasure).
create table applicant_contact (
    applicant_id       uuid primary key,
    full_name          varchar(200) not null,
    email              varchar(254),
    phone              varchar(20),
    preferred_language varchar(2)   not null,
    updated_at         timestamptz  not null
);

-- notification-service's own per-request event numbers (the sequence field of its events).
create table event_sequence (
    request_id    uuid primary key,
    last_sequence bigint not null
);

create table outbox_event (
    id          bigserial primary key,
    event_id    uuid         not null unique,
    topic       varchar(200) not null,
    message_key varchar(200) not null,
    event_type  varchar(200) not null,
    subject     varchar(200),
    occurred_at timestamptz  not null,
    payload     bytea
);

create table processed_event (
    consumer     varchar(100) not null,
    event_id     varchar(200) not null,
    processed_at timestamptz  not null,
    primary key (consumer, event_id)
);

-- The platform's working-day calendar (ppid.calendar.v1) is owned here: every revision of every year, as seeded
-- from the bundled data or uploaded by an operator, kept for audit. The latest revision of a year is the one in force.
create table calendar_year (
    year          integer       not null,
    revision      bigint        not null,
    -- OFFICIAL (the signed SKB) or PROVISIONAL (candidates beside the estimate)
    status        varchar(20)   not null,
    -- BUNDLED (seeded from the jar or the data directory at start) or UPLOADED (PUT /calendar/years/{year})
    origin        varchar(20)   not null,
    legal_source  text          not null,
    version       varchar(100)  not null,
    -- [{"date": "2027-01-01", "kind": "HOLIDAY", "name": "..."}], one per date, in date order
    days          jsonb         not null,
    warnings      jsonb         not null default '[]',
    -- the uploader's token subject; null when seeded
    published_by  varchar(255),
    published_at  timestamptz   not null,
    primary key (year, revision)
);

-- Each revision asks for the legal dates of the requests that cross its year to be counted again, once, by one
-- replica (claimed with FOR UPDATE SKIP LOCKED); last_request_id lets a restart resume where it stopped.
create table calendar_recalculation (
    year              integer      not null,
    revision          bigint       not null,
    requested_at      timestamptz  not null,
    started_at        timestamptz,
    finished_at       timestamptz,
    last_request_id   uuid,
    requests_checked  integer      not null default 0,
    requests_changed  integer      not null default 0,
    primary key (year, revision),
    foreign key (year, revision) references calendar_year (year, revision)
);
create index calendar_recalculation_open on calendar_recalculation (requested_at) where finished_at is null;

-- The applicant's windows, as told to the applicant: a recount may lengthen them, never shorten them, so they are
-- kept rather than counted anew. Null for requests registered before (then counted when needed).
alter table information_request add column unanswered_objection_deadline date;
alter table information_request add column objection_deadline date;

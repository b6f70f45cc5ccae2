-- UU 27/2022 PDP: an applicant may ask for their personal data to be erased (Pasal 8, 43), and it must be destroyed
-- at the end of its retention period (Pasal 44). Either way it is erased once nothing more is owed on the request
-- and its last window closed (the retention period counts from then): the personal columns become null, and the
-- request keeps what the law needs as a public record (dates, decisions, notices, outcomes, the pseudonymous id).
alter table information_request alter column applicant_name drop not null;
alter table information_request alter column applicant_address drop not null;
alter table information_request alter column information_details drop not null;
alter table information_request alter column purpose drop not null;
alter table information_request add column erasure_requested_at timestamptz;
alter table information_request add column personal_data_erased_at timestamptz;
-- APPLICANT_REQUEST or RETENTION
alter table information_request add column personal_data_erased_because varchar(20);

-- The erasure job's candidates: requests still holding personal data that nothing more is owed on.
create index information_request_personal_data on information_request (received_date)
    where personal_data_erased_at is null and status in ('WITHDRAWN', 'DECIDED', 'OBJECTION_DECIDED', 'DISPUTED');
create index information_request_applicant on information_request (applicant_id);

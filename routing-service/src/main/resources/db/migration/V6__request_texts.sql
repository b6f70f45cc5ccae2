-- The applicant's words now travel on their own restricted, compacted topic (ppid.request.texts.v1), apart from the
-- request (ppid.request.events.v1). A case is created by whichever comes first (status PENDING) and routed once both
-- are in; the texts become null when the request's personal data is erased (a tombstone on the texts topic).
alter table routing_case alter column registration_number drop not null;
alter table routing_case alter column information_details drop not null;
alter table routing_case alter column purpose drop not null;
alter table routing_case alter column received_at drop not null;
alter table routing_case alter column due_date drop not null;

create index routing_case_pending on routing_case (created_at) where status = 'PENDING';

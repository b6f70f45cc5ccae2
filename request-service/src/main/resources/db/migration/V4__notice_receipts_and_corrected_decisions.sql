-- Pasal 35-36(1) and 37(2) count the applicant's windows from when the grounds are found: when the applicant received
-- the decision or the Atasan's answer (e-mail delivered, collected at the desk, opened in the portal, by post). Null
-- until known; the windows then count from the notice's own date.
alter table information_request add column decision_received_date date;
alter table information_request add column decision_received_via varchar(20);
alter table information_request add column objection_answer_received_date date;
alter table information_request add column objection_answer_received_via varchar(20);

-- Pasal 36: after an upheld objection the body gives a corrected decision, and the applicant may object to it again.
-- The current decision and objection keep their columns and carry a number; the ones they followed are kept, as they
-- were, in the earlier_* lists (oldest first).
alter table information_request add column decision_number integer not null default 0;
alter table information_request add column objection_number integer not null default 0;
alter table information_request add column objection_decision_number integer not null default 0;
alter table information_request add column earlier_decisions jsonb;
alter table information_request add column earlier_objections jsonb;
update information_request set decision_number = 1 where decision is not null;
update information_request set objection_number = 1 where objection_filed_at is not null;
update information_request set objection_decision_number = 1
where objection_filed_at is not null and decided_at is not null and decided_at <= objection_filed_at;

-- request-service now tells, with request.submitted and request.extended, the applicant's last day to object if no
-- answer ever comes (ground c of Pasal 35(1)). The "deadline passed" message quotes it instead of counting it again
-- here; null for requests submitted before (the message then counts it on the applicant's side of the calendar).
alter table tracked_request add column unanswered_objection_deadline date;

-- The applicant's last day to go to the Komisi Informasi if the Atasan PPID does not answer the objection in time
-- (Pasal 37(2)), from request.objection-filed; the "objection unanswered" message quotes it.
alter table tracked_request add column unanswered_dispute_deadline date;

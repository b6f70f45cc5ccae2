-- Pasal 22(8) allows an extension of "at most" 7 working days: the officer chooses how many (null: an extension made
-- before the choice existed, which was always the maximum).
alter table information_request add column extension_working_days integer;

-- A withdrawal records who made it and, when the desk made it for a walk-in applicant, the reference of the
-- applicant's signed statement: the applicant's own will is the only basis for withdrawing their request.
alter table information_request add column withdrawn_by varchar(30);
alter table information_request add column withdrawal_statement_ref varchar(200);

-- Pasal 35-36(1) and 37(2): the platform never refuses an objection or a dispute for being late. It records it with
-- the window it was measured against and a flag; admissibility is for the Atasan PPID and the Komisi Informasi.
alter table information_request add column objection_late boolean;
alter table information_request add column objection_window_end date;
alter table information_request add column dispute_late boolean;
-- The applicant's last day to go to the Komisi Informasi if the Atasan PPID does not answer the objection in time.
alter table information_request add column unanswered_dispute_deadline date;

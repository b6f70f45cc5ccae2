-- The sweep claims due steps with "where status = 'PENDING' and fire_on <= today order by fire_on, id limit n
-- for update skip locked" (SlaSweep.CLAIM_SQL). An index on fire_on alone made PostgreSQL sort every due step
-- (300,000 after a day's backlog on a million clocks: about 2 s, spilling to disk) to return the first few; with
-- the order's full key the claim reads its few entries straight from the index, no sort.
create index sla_step_pending_order on sla_step (fire_on, id) where status = 'PENDING';

-- Superseded: every query on pending steps by date is the claim above, and (fire_on, id) serves fire_on too.
drop index sla_step_pending;

-- service-kit's retention job deletes processed event ids and idempotency keys older than their horizon
-- (ppid.retention.processed-events, ppid.retention.idempotency-keys).
create index processed_event_age on processed_event (processed_at);
create index idempotency_key_age on idempotency_key (created_at);

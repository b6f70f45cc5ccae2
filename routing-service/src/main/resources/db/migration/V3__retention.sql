-- service-kit's retention job deletes processed event ids older than ppid.retention.processed-events.
create index processed_event_age on processed_event (processed_at);

-- service-kit's retention job deletes processed event ids older than ppid.retention.processed-events, and finished
-- notifications older than ppid.retention.notifications (notification_status serves those).
create index processed_event_age on processed_event (processed_at);

-- The CloudEvents source an outbox row is published with, when it is not this service's own: routing-service
-- publishes OPD systems' events received over HTTP in the name of the OPD that authenticated (service-kit's Outbox).
alter table outbox_event add column event_source varchar(200);
alter table outbox_quarantine add column event_source varchar(200);

package id.go.cilegon.ppid.contracts;

/** A payload record of the event catalog; {@link #key()} is the Kafka record key (and the {@code ce_subject}). */
public interface EventPayload {

    /** The Kafka key of this event: the id of the aggregate it belongs to, so its events stay in order. */
    String key();
}

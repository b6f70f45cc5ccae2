package id.go.cilegon.ppid.kit.messaging;

import java.util.Set;

/**
 * Applies the events of one topic for a consumer of {@link Inbox}. The inbox calls {@link #apply} inside a
 * transaction, only with the types the handler names; every other type on the topic is skipped and counted (a
 * tolerant reader: a producer may add an event type before every consumer knows it).
 */
public interface EventHandler {

    /** The CloudEvent types this handler applies. */
    Set<String> types();

    /**
     * Applies one event. A broken rule is thrown as {@link EventRejectedException} (or an invalid payload as
     * {@code InvalidEventException}): the event is parked. A transient failure is retried in place; anything else
     * is retried {@code ppid.consumer.max-attempts} times, then parked.
     */
    void apply(ConsumedEvent event);

    /**
     * Whether a record without a value (a tombstone of a compacted topic) is applied, as a {@link ConsumedEvent}
     * without metadata; otherwise it is parked as malformed.
     */
    default boolean acceptsTombstones() {
        return false;
    }
}

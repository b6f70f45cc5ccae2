package id.go.cilegon.ppid.index.messaging;

/**
 * The outcome of reading one consumed record: the event, or why it goes to the dead-letter topic. Lives only
 * between two processors of one sub-topology, so it is never serialised.
 *
 * @param event     the event read, or null when the record failed
 * @param raw       the original value, to park as it was
 * @param reason    {@code invalid-event} or {@code processing-failed} (see contracts' CloudEventHeaders)
 * @param error     what went wrong
 * @param topic     the topic read
 * @param partition its partition
 * @param offset    the record's offset
 */
record Parsed(InputEvent event, byte[] raw, String reason, Throwable error, String topic, int partition, long offset) {

    static Parsed ok(InputEvent event) {
        return new Parsed(event, null, null, null, null, -1, -1);
    }

    boolean failed() {
        return event == null;
    }
}

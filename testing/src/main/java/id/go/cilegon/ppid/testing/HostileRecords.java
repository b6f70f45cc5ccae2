package id.go.cilegon.ppid.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The records any system allowed to write to a topic can send: accepted by the broker, wrong for the platform. A
 * consumer test sends them to each topic its service reads, then checks with {@link #assertParked} that each one
 * was parked on the dead-letter topic or passed over as the failure policy says, and that a valid event sent after
 * them is applied once. A record's dead letter is found by its {@code ce_id}, or by its key (a random UUID) when it
 * has no headers.
 */
public final class HostileRecords {

    /** A type no consumer applies, as a producer may publish before every consumer knows it. */
    public static final String UNKNOWN_TYPE = "id.go.cilegon.ppid.future.changed.v9";

    /** What the consumer must do with a record. */
    public enum Outcome {
        /** Parked on the dead-letter topic. */
        PARKED,
        /** Skipped and counted, not parked: a type the consumer does not apply. */
        SKIPPED,
        /** Applied as the end of its key on a compacted topic (a tombstone), not parked. */
        TOMBSTONE
    }

    /** One record sent: what it was, its key and {@code ce_id} (null without headers), what must become of it. */
    public record Hostile(String name, String key, String id, Outcome expected) {

        /** Whether {@code record} (a dead letter keeps the original key and headers) is this one. */
        boolean is(ConsumerRecord<String, String> record) {
            return id == null ? key.equals(record.key()) : id.equals(KafkaTestClient.header(record, "ce_id"));
        }
    }

    private HostileRecords() {}

    /**
     * Sends the records every topic must survive: no CloudEvents headers, a value that is not JSON, no value (a
     * tombstone where the topic has them), JSON that is not the type's schema, an unknown type, a {@code ce_id} of
     * 300 characters, a NUL character in a header.
     *
     * @param type a type the consumer applies on this topic
     * @param source the {@code ce_source} its producer uses
     * @param tombstones whether the topic is compacted and its consumer applies tombstones
     */
    public static List<Hostile> sendTo(String topic, String type, String source, boolean tombstones) {
        List<Hostile> sent = new ArrayList<>();
        sent.add(send(topic, "no CloudEvents headers", "{}", Map.of(), Outcome.PARKED));
        sent.add(send(
                topic,
                "not JSON",
                "{not json",
                headers(type, source, UUID.randomUUID().toString()),
                Outcome.PARKED));
        sent.add(send(
                topic,
                "no value",
                null,
                headers(type, source, UUID.randomUUID().toString()),
                tombstones ? Outcome.TOMBSTONE : Outcome.PARKED));
        sent.add(send(
                topic,
                "JSON against the schema",
                "{\"unexpected\":[1,2,3]}",
                headers(type, source, UUID.randomUUID().toString()),
                Outcome.PARKED));
        sent.add(send(
                topic,
                "an unknown type",
                "{}",
                headers(UNKNOWN_TYPE, source, UUID.randomUUID().toString()),
                Outcome.SKIPPED));
        sent.add(
                send(topic, "a ce_id of 300 characters", "{}", headers(type, source, "i".repeat(300)), Outcome.PARKED));
        Map<String, String> nul = headers(type, source, UUID.randomUUID().toString());
        nul.put("ce_subject", "A\u0000B");
        sent.add(send(topic, "a NUL in ce_subject", "{}", nul, Outcome.PARKED));
        return sent;
    }

    /**
     * Sends one valid CloudEvent of {@code type} with {@code value}, under a fresh key unless the value needs a
     * given one ({@code key} not null).
     */
    public static Hostile send(
            String topic, String name, String key, String value, String type, String source, Outcome expected) {
        return send(
                topic,
                name,
                key == null ? UUID.randomUUID().toString() : key,
                value,
                headers(type, source, UUID.randomUUID().toString()),
                expected);
    }

    /**
     * Waits until every record expected {@link Outcome#PARKED} is on {@code deadLetterTopic}, then checks that none
     * of the others is. The consumer reads in offset order, so once the last parked one is there, the others were
     * decided too.
     */
    public static void assertParked(String deadLetterTopic, List<Hostile> sent, Duration timeout) {
        Set<String> expected = sent.stream()
                .filter(h -> h.expected() == Outcome.PARKED)
                .map(Hostile::name)
                .collect(Collectors.toCollection(TreeSet::new));
        List<ConsumerRecord<String, String>> found = KafkaTestClient.consume(
                deadLetterTopic, r -> sent.stream().anyMatch(h -> h.is(r)), expected.size(), timeout);
        Set<String> parked = new TreeSet<>();
        for (ConsumerRecord<String, String> record : found) {
            sent.stream().filter(h -> h.is(record)).forEach(h -> parked.add(h.name()));
        }
        assertEquals(expected, parked, "parked on " + deadLetterTopic);
    }

    private static Hostile send(
            String topic, String name, String value, Map<String, String> headers, Outcome expected) {
        return send(topic, name, UUID.randomUUID().toString(), value, headers, expected);
    }

    private static Hostile send(
            String topic, String name, String key, String value, Map<String, String> headers, Outcome expected) {
        KafkaTestClient.send(topic, key, value, headers);
        return new Hostile(name, key, headers.get("ce_id"), expected);
    }

    /** CloudEvents binary-mode headers, as a producer outside the platform writes them. */
    private static Map<String, String> headers(String type, String source, String id) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", id);
        headers.put("ce_source", source);
        headers.put("ce_type", type);
        headers.put("ce_time", Instant.now().toString());
        headers.put("content-type", "application/json");
        return headers;
    }
}

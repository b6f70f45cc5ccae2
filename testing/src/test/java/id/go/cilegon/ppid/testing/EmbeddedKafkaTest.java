package id.go.cilegon.ppid.testing;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EmbeddedKafkaTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @AfterEach
    void brokerBackForOtherTests() {
        EmbeddedKafka.start();
    }

    @Test
    void keepsAddressAndDataAcrossStopAndStart() throws Exception {
        String bootstrap = EmbeddedKafka.start();
        String topic = "testing.restart." + UUID.randomUUID();
        KafkaTestClient.createTopics(topic);
        KafkaTestClient.send(topic, "request-1", "before", Map.of("ce_id", "event-1"));

        ExecutorService sender = Executors.newSingleThreadExecutor();
        // Defaults would give up after 60 s (metadata) and 120 s (delivery); the outage must not end the attempt.
        try (KafkaProducer<String, String> producer = KafkaTestClient.newProducer(Map.of(
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 300_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 300_000))) {
            producer.send(new ProducerRecord<>(topic, "request-1", "warm-up")).get(30, TimeUnit.SECONDS);

            EmbeddedKafka.stop();
            assertFalse(EmbeddedKafka.isRunning());
            assertThrows(ConnectException.class, () -> connect(bootstrap), "nothing listens while the broker is down");

            // send() itself may block while the producer has no metadata (it re-bootstraps after losing the broker).
            CompletableFuture<RecordMetadata> pending = CompletableFuture.supplyAsync(
                    () -> {
                        try {
                            return producer.send(new ProducerRecord<>(topic, "request-1", "during"))
                                    .get();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    },
                    sender);
            await("the record stays undelivered during the outage")
                    .during(Duration.ofSeconds(3))
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> !pending.isDone());

            assertEquals(bootstrap, EmbeddedKafka.start());
            assertTrue(EmbeddedKafka.isRunning());
            RecordMetadata delivered = pending.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertEquals(2, delivered.offset());
        } finally {
            sender.shutdownNow();
        }

        KafkaTestClient.send(topic, "request-1", "after");
        List<ConsumerRecord<String, String>> records = KafkaTestClient.consume(topic, 4, WAIT);
        assertEquals(
                List.of("before", "warm-up", "during", "after"),
                records.stream().map(ConsumerRecord::value).toList());
        assertEquals("event-1", KafkaTestClient.header(records.get(0), "ce_id"));
    }

    @Test
    void startAndStopAreIdempotent() {
        String bootstrap = EmbeddedKafka.start();
        assertEquals(bootstrap, EmbeddedKafka.start());
        assertEquals(bootstrap, EmbeddedKafka.bootstrapServers());
        EmbeddedKafka.stop();
        EmbeddedKafka.stop();
        assertFalse(EmbeddedKafka.isRunning());
        assertEquals(bootstrap, EmbeddedKafka.bootstrapServers(), "the address stays known while the broker is down");
        assertEquals(bootstrap, EmbeddedKafka.start());
    }

    private static void connect(String bootstrap) throws IOException {
        String[] hostAndPort = bootstrap.split(":");
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(hostAndPort[0], Integer.parseInt(hostAndPort[1])), 2_000);
        }
    }
}

package id.go.cilegon.ppid.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.go.cilegon.ppid.contracts.index.Period;
import id.go.cilegon.ppid.index.domain.IndexFormula;
import id.go.cilegon.ppid.index.domain.ScopeAggregate;
import id.go.cilegon.ppid.index.messaging.IndexTopology;
import id.go.cilegon.ppid.index.rest.PeerForwarder;
import id.go.cilegon.ppid.index.service.Views;
import id.go.cilegon.ppid.testing.EmbeddedKafka;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * A second instance of the index application in the test JVM: a plain {@link KafkaStreams} of the same topology
 * and application id, so it owns part of the partitions, and a small HTTP server at its {@code application.server}
 * that answers the two calls other instances forward to it, from its own stores, with the same view code. Like the
 * application, it answers both to anyone, with or without a token.
 */
final class SecondInstance implements AutoCloseable {

    /** One call it received: what, forwarded by whom, with which token ("" for none). */
    record Call(String path, String forwardedBy, String authorization) {}

    final int port = StreamsTestResource.freePort();
    final KafkaStreams streams;
    /** Every call it received. */
    final ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();

    private final HttpServer http;
    private final Views views;
    private final ObjectMapper json;

    SecondInstance(String applicationId, IndexFormula formula, Clock clock, ObjectMapper json) throws IOException {
        this.views = new Views(formula, clock);
        this.json = json;
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedKafka.bootstrapServers());
        props.put(StreamsConfig.APPLICATION_SERVER_CONFIG, "localhost:" + port);
        props.put(
                StreamsConfig.STATE_DIR_CONFIG,
                Files.createTempDirectory("index-second-instance").toString());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        props.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 0);
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
        props.put("ensure.explicit.internal.resource.naming", "true");
        IndexTopology.Settings settings =
                new IndexTopology.Settings(IndexTopology.TopicNames.defaults(), formula, 100, Duration.ofMinutes(10));
        streams = new KafkaStreams(new IndexTopology(settings, clock).build(), props);
        http = HttpServer.create(new InetSocketAddress("localhost", port), 0);
        http.createContext("/index/opds/", this::opd);
        http.createContext("/index/ranking/local", this::ranking);
        http.start();
        streams.start();
    }

    private void opd(HttpExchange exchange) throws IOException {
        record(exchange);
        String code = exchange.getRequestURI().getPath().substring("/index/opds/".length());
        String query = exchange.getRequestURI().getQuery();
        Period period = query != null && query.startsWith("period=")
                ? Period.ofLabel(query.substring(7))
                : Period.rolling90Days();
        ScopeAggregate aggregate = store().get(code);
        respond(exchange, json.writeValueAsBytes(views.opd(code, null, aggregate, period)));
    }

    private void ranking(HttpExchange exchange) throws IOException {
        record(exchange);
        List<Map.Entry<String, ScopeAggregate>> local = new ArrayList<>();
        try (KeyValueIterator<String, ScopeAggregate> all = store().all()) {
            while (all.hasNext()) {
                KeyValue<String, ScopeAggregate> next = all.next();
                local.add(Map.entry(next.key, next.value));
            }
        }
        String query = exchange.getRequestURI().getQuery();
        respond(exchange, json.writeValueAsBytes(views.rows(local, Period.ofLabel(query.substring(7)))));
    }

    private void record(HttpExchange exchange) {
        calls.add(new Call(
                exchange.getRequestURI().getPath(),
                header(exchange, PeerForwarder.FORWARDED_HEADER),
                header(exchange, "Authorization")));
    }

    private static String header(HttpExchange exchange, String name) {
        String value = exchange.getRequestHeaders().getFirst(name);
        return value == null ? "" : value;
    }

    /** The calls it received for {@code path}. */
    List<Call> callsFor(String path) {
        return calls.stream().filter(c -> c.path().equals(path)).toList();
    }

    private void respond(HttpExchange exchange, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private ReadOnlyKeyValueStore<String, ScopeAggregate> store() {
        return streams.store(StoreQueryParameters.fromNameAndType(
                IndexTopology.OPD_STORE, QueryableStoreTypes.<String, ScopeAggregate>keyValueStore()));
    }

    @Override
    public void close() {
        streams.close(Duration.ofSeconds(20));
        http.stop(0);
    }
}

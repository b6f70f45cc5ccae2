package id.go.cilegon.ppid.portal;

import id.go.cilegon.ppid.contracts.CloudEventHeaders;
import id.go.cilegon.ppid.contracts.EventJson;
import id.go.cilegon.ppid.contracts.EventMetadata;
import id.go.cilegon.ppid.contracts.EventPayload;
import id.go.cilegon.ppid.contracts.Services;
import id.go.cilegon.ppid.contracts.Topics;
import id.go.cilegon.ppid.contracts.index.CityIndexUpdated;
import id.go.cilegon.ppid.contracts.index.IndexBand;
import id.go.cilegon.ppid.contracts.index.IndexComponent;
import id.go.cilegon.ppid.contracts.index.IndexMeasures;
import id.go.cilegon.ppid.contracts.index.OpdIndexUpdated;
import id.go.cilegon.ppid.contracts.index.Period;
import id.go.cilegon.ppid.testing.KafkaTestClient;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.internals.RecordHeaders;

/** index-service's values on the index topics, as it publishes them. */
public final class IndexEvents {

    private IndexEvents() {}

    public static IndexMeasures measures(long received, long onTime, long overdue) {
        return new IndexMeasures(
                received, onTime + 1, onTime, 1, overdue, overdue, 6.0, 9.0, 0, Map.of(), Map.of(), 2, 1, 0, 0, 0, 0);
    }

    public static OpdIndexUpdated opd(String code, Period period, Double score) {
        return new OpdIndexUpdated(
                code,
                period,
                score,
                score == null ? null : IndexBand.of(score),
                score != null,
                score == null
                        ? List.of()
                        : List.of(
                                new IndexComponent("timeliness", 75.0, 40, true),
                                new IndexComponent("completeness", 90.0, 20, true),
                                new IndexComponent("objections", 100.0, 15, true),
                                new IndexComponent("proactive-disclosure", null, 25, false)),
                measures(12, 9, 1),
                Instant.now());
    }

    public static CityIndexUpdated city(Period period, Double score) {
        return new CityIndexUpdated(
                period,
                score,
                score == null ? null : IndexBand.of(score),
                score != null,
                List.of(),
                measures(40, 31, 3),
                3,
                Instant.now());
    }

    private static boolean published;

    /**
     * The index every test of the module starts from (the broker and the portal are shared by the test classes):
     * five OPDs and the city over the last 90 days and six months. A test that changes a value uses an OPD of its own.
     */
    public static synchronized void publishFixture() {
        if (published) {
            return;
        }
        published = true;
        Period rolling = Period.rolling90Days();
        publish(opd("DLH", rolling, 91.5));
        publish(opd("DISKOMINFO", rolling, 83.0));
        publish(opd("DISDUKCAPIL", rolling, 72.25));
        publish(opd("DPUPR", rolling, 55.0));
        publish(opd("DINSOS", rolling, null));
        publish(city(rolling, 73.0));
        for (int month = 6; month <= 11; month++) {
            Period period = Period.month(java.time.YearMonth.of(2026, month));
            publish(city(period, 52.0 + 2 * month));
            publish(opd("DLH", period, 70.0 + month));
        }
    }

    /** Publishes a value on its index topic, keyed and with the CloudEvents headers index-service writes. */
    public static void publish(EventPayload value) {
        String topic = value instanceof CityIndexUpdated ? Topics.INDEX_CITY : Topics.INDEX_OPD;
        RecordHeaders headers = new RecordHeaders();
        CloudEventHeaders.write(
                headers, EventMetadata.of(value, Services.source(Services.INDEX_SERVICE), Instant.now()));
        Map<String, String> map = new HashMap<>();
        headers.forEach(h -> map.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
        KafkaTestClient.send(topic, value.key(), EventJson.writeString(value), map);
    }
}

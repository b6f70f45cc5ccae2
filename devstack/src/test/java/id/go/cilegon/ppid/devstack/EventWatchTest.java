package id.go.cilegon.ppid.devstack;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.cilegon.ppid.contracts.Topics;
import org.junit.jupiter.api.Test;

/** The walkthrough shows the records of its own request and the index of its OPD, nothing else. */
class EventWatchTest {

    private static final String ID = "6f1c2a0e-1b7d-4a43-9a55-2f9e4d1c0b11";
    private static final String OTHER = "0b7a9e55-3c41-4d2e-8f1a-9c6b5e4d3a22";

    @Test
    void recordsKeyedByOrAboutTheRequestMatch() {
        assertTrue(EventWatch.concerns(seen(Topics.REQUEST_EVENTS, ID, "", "request.submitted"), ID, null));
        assertTrue(EventWatch.concerns(seen(Topics.SLA_EVENTS, "x", ID, "sla.warning"), ID, "DLH"), "by subject");
        assertFalse(EventWatch.concerns(seen(Topics.REQUEST_EVENTS, OTHER, OTHER, "request.submitted"), ID, "DLH"));
    }

    @Test
    void indexUpdatesMatchOnlyForTheRequestsOpd() {
        assertTrue(EventWatch.concerns(seen(Topics.INDEX_OPD, "DLH|rolling-90d", "", "index.opd-updated"), ID, "DLH"));
        assertFalse(EventWatch.concerns(seen(Topics.INDEX_OPD, "DLH|2026", "", ""), ID, null), "OPD not known yet");
        assertFalse(
                EventWatch.concerns(seen(Topics.INDEX_OPD, "DLHX|2026", "", ""), ID, "DLH"), "a prefix is no match");
        assertFalse(EventWatch.concerns(seen(Topics.INDEX_OPD, "DPUPR|2026", "", ""), ID, "DLH"));
        assertFalse(
                EventWatch.concerns(seen(Topics.DIRECTORY, "DLH", "", "directory.opd-updated"), ID, "DLH"),
                "the directory entry is not about this request");
    }

    @Test
    void contactDetailsAreNeverRead() {
        assertFalse(EventWatch.TOPICS.contains(Topics.APPLICANT_CONTACTS));
        assertFalse(EventWatch.TOPICS.contains(Topics.REQUEST_TEXTS));
        assertTrue(EventWatch.TOPICS.containsAll(
                java.util.List.of(Topics.REQUEST_EVENTS, Topics.ROUTING_EVENTS, Topics.SLA_EVENTS, Topics.INDEX_OPD)));
    }

    private static EventWatch.Seen seen(String topic, String key, String subject, String type) {
        return new EventWatch.Seen(topic, key, type, "2026-03-02T03:00:00Z", subject);
    }
}

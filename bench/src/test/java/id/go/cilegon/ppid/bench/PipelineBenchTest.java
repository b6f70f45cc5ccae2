package id.go.cilegon.ppid.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PipelineBenchTest {

    @Test
    void indexKeysOfTheCurrentMonthNameTheirOpd() {
        assertEquals("DLH", PipelineBench.opdOfMonthKey("DLH|2026-11", "2026-11"));
        assertEquals("KEC_CIBEBER", PipelineBench.opdOfMonthKey("KEC_CIBEBER|2026-11", "2026-11"));
        assertNull(PipelineBench.opdOfMonthKey("DLH|2026", "2026-11"));
        assertNull(PipelineBench.opdOfMonthKey("DLH|rolling-90d", "2026-11"));
    }

    @Test
    void receivedCountOfAnIndexValue() {
        byte[] value =
                "{\"opdCode\":\"DLH\",\"measures\":{\"received\":42,\"answered\":3}}".getBytes(StandardCharsets.UTF_8);
        assertEquals(42, PipelineBench.received(value));
    }
}

package id.go.cilegon.ppid.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.cilegon.ppid.notification.service.Redaction;
import org.junit.jupiter.api.Test;

/** What a failed delivery stores and publishes as its error: no contact, no echoed value, one plain bounded line. */
class RedactionTest {

    @Test
    void contactsAndEchoedValuesAreRemoved() {
        assertEquals(
                "550 rejected [address] at [url] call [number]; value got '[redacted]'",
                Redaction.scrub(
                        "550 rejected budi@example.com at https://hook.example/x?a=1, call +62 812 3456 7890; value"
                                + " got 'Budi Santoso'",
                        1000));
    }

    @Test
    void controlCharactersAndLineBreaksBecomeOneSpace() {
        assertEquals("bad reply from the server", Redaction.scrub("bad\u0000reply\r\nfrom\u001b the\tserver", 1000));
    }

    @Test
    void theTextIsCutToTheBound() {
        assertEquals(1000, Redaction.scrub("x".repeat(5000), 1000).length());
        assertEquals("unknown error", Redaction.scrub(" \n", 1000));
    }
}

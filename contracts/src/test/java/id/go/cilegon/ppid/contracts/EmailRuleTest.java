package id.go.cilegon.ppid.contracts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one e-mail rule of the platform (REST, events, schemas), and that the schemas say the same. */
class EmailRuleTest {

    private static final List<String> VALID = List.of(
            "budi@example.com",
            "budi.santoso+ppid@mail.cilegon.go.id",
            "ppid_dlh@cilegon.go.id",
            "a@b.co",
            "x".repeat(64) + "@example.com");

    private static final List<String> INVALID = List.of(
            "\"a b\"@example.com",
            "a b@example.com",
            "a..b@example.com",
            ".a@example.com",
            "a.@example.com",
            "a@localhost",
            "a@-example.com",
            "a@example.c",
            "a@[10.0.0.1]",
            "a@example.com\n",
            "x".repeat(65) + "@example.com",
            "a@" + "x".repeat(250) + ".com");

    @Test
    void theRuleTakesAddressesMailServersTakeAndNothingOdd() {
        VALID.forEach(address -> assertTrue(Checks.isEmail(address), address));
        INVALID.forEach(address -> assertFalse(Checks.isEmail(address), address));
    }

    @Test
    void theSchemasAgree() {
        for (String address : VALID) {
            assertTrue(
                    Schemas.errors(EventTypes.APPLICANT_CONTACT_UPDATED, contact(address))
                            .isEmpty(),
                    address);
        }
        for (String address : INVALID) {
            assertFalse(
                    Schemas.errors(EventTypes.APPLICANT_CONTACT_UPDATED, contact(address))
                            .isEmpty(),
                    address);
        }
    }

    private static String contact(String email) {
        ObjectNode json = EventJson.mapper().valueToTree(SampleEvents.of(EventTypes.APPLICANT_CONTACT_UPDATED));
        json.put("email", email);
        return json.toString();
    }
}

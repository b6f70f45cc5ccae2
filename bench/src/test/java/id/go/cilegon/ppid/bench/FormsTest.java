package id.go.cilegon.ppid.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FormsTest {

    @Test
    void formsVaryAcrossOpdsAndFollowTheIntakeRules() throws Exception {
        Forms forms = new Forms();
        assertTrue(forms.texts().size() >= 100, "texts: " + forms.texts().size());
        ObjectMapper json = new ObjectMapper();
        Set<String> opds = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            JsonNode form = json.readTree(forms.body(i));
            opds.add(forms.text(i).opd());
            String nik = form.path("applicant").path("nik").asText();
            assertTrue(nik.matches("3672\\d{12}") && !nik.endsWith("0000"), nik);
            int day = Integer.parseInt(nik.substring(6, 8));
            assertTrue(day >= 1 && day <= 31 || day >= 41 && day <= 71, nik);
            // online, the contact e-mail is the account's verified address, never one of the form
            assertFalse(form.path("applicant").has("email"), form.toString());
            assertTrue(form.path("informationDetails").asText().length() >= 10);
            assertTrue(form.path("purpose").asText().length() >= 5);
            boolean copy = form.path("accessMethods").toString().contains("COPY");
            assertEquals(copy, form.has("copyDeliveries"), form.toString());
        }
        assertTrue(opds.size() >= 20, "OPDs: " + opds);
    }

    @Test
    void csvCellsWithQuotesAndCommas() {
        assertEquals(java.util.List.of("DLH", "a, \"b\"", "c"), Forms.csv("DLH,\"a, \"\"b\"\"\",c"));
    }
}

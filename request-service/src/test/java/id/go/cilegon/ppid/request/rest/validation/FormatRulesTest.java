package id.go.cilegon.ppid.request.rest.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.cilegon.ppid.request.domain.PhoneNumbers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The NIK structure and Indonesian phone numbers, case by case. */
class FormatRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"3672011508900001", "3604015505850123", "1101010101010001", "9471017112990001"})
    void plausibleNiks(String nik) {
        assertTrue(Nik.Validator.isPlausible(nik), nik);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "367201150890001", // 15 digits
                "36720115089000012", // 17 digits
                "367201150890000A", // a letter
                "1001011508900001", // province 10 does not exist
                "9901011508900001", // province 99 does not exist
                "3672013208900001", // day 32
                "3672017208900001", // day 72 (women add 40: at most 71)
                "3672011513900001", // month 13
                "3672011508900000", // serial 0000
            })
    void implausibleNiks(String nik) {
        assertFalse(Nik.Validator.isPlausible(nik), nik);
    }

    @ParameterizedTest
    @CsvSource({
        "0812-3456-7890, +6281234567890",
        "+62 812 3456 7890, +6281234567890",
        "6285712345678, +6285712345678",
        "(0254) 391234, +62254391234",
        "021 5551234, +62215551234",
    })
    void indonesianNumbersBecomeE164(String written, String e164) {
        assertEquals(e164, PhoneNumbers.toE164(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12-34", "+6512345678", "0812", "08123456789012345", "0800123456", "abc"})
    void otherNumbersAreRefused(String written) {
        assertNull(PhoneNumbers.toE164(written), written);
    }
}

package id.go.cilegon.ppid.contracts;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.cilegon.ppid.contracts.common.AccessMethod;
import id.go.cilegon.ppid.contracts.common.CopyDelivery;
import id.go.cilegon.ppid.contracts.common.CopyFormat;
import id.go.cilegon.ppid.contracts.common.DecisionNotice;
import id.go.cilegon.ppid.contracts.common.DecisionType;
import id.go.cilegon.ppid.contracts.common.ExemptionGround;
import id.go.cilegon.ppid.contracts.common.ObjectionGround;
import id.go.cilegon.ppid.contracts.opd.OpdDecisionSubmitted;
import id.go.cilegon.ppid.contracts.request.RequestSubmitted;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules the records and {@code DecisionNotice.requireConsistentWith} enforce beyond non-null fields. */
class RecordRulesTest {

    private static final Instant AT = Instant.parse("2026-11-24T07:00:00Z");

    @Test
    void refusalNamesAGroundAndItsReasoning() {
        assertThrows(
                IllegalArgumentException.class,
                () -> notice(List.of(), null, null).requireConsistentWith(DecisionType.REFUSED));

        DecisionNotice refused = notice(
                List.of(ExemptionGround.A_LAW_ENFORCEMENT),
                "Dokumen penyidikan yang sedang berjalan; membukanya menghambat proses penegakan hukum",
                null);
        assertDoesNotThrow(() -> refused.requireConsistentWith(DecisionType.REFUSED));

        DecisionNotice withoutReasoning = notice(List.of(ExemptionGround.A_LAW_ENFORCEMENT), null, null);
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> withoutReasoning.requireConsistentWith(DecisionType.REFUSED));
        assertTrue(e.getMessage().contains("exemptionReason"), e.getMessage());
    }

    @Test
    void onlyRefusalsAndPartialGrantsNameGrounds() {
        DecisionNotice withGround = notice(List.of(ExemptionGround.H_PERSONAL_SECRET), "Data pribadi", "Dinas Sosial");
        for (DecisionType decision :
                List.of(DecisionType.GRANTED, DecisionType.NOT_HELD, DecisionType.NOT_YET_DOCUMENTED)) {
            assertThrows(
                    IllegalArgumentException.class, () -> withGround.requireConsistentWith(decision), decision.name());
        }
        assertDoesNotThrow(() -> withGround.requireConsistentWith(DecisionType.PARTIALLY_GRANTED));
        assertDoesNotThrow(() -> notice(List.of(), null, null).requireConsistentWith(DecisionType.PARTIALLY_GRANTED));
    }

    /** Pasal 22(7)(c): the holder is named when it is known; a body that does not know it says so, never guesses. */
    @Test
    void notHeldNamesTheHolderOnlyWhenItIsKnown() {
        assertDoesNotThrow(() -> notice(List.of(), null, null).requireConsistentWith(DecisionType.NOT_HELD));
        assertDoesNotThrow(() ->
                notice(List.of(), null, "Kantor Pertanahan Kota Cilegon").requireConsistentWith(DecisionType.NOT_HELD));
    }

    @Test
    void recordsCarryANoticeThatBreaksTheRulesSoItsOwnerCanReportIt() {
        // An OPD system's faulty refusal must reach request-service, which answers it with its own violations.
        OpdDecisionSubmitted faulty = decide(DecisionType.REFUSED, notice(List.of(), null, null));

        assertEquals(DecisionType.REFUSED, faulty.decision());
    }

    @Test
    void blankOptionalTextsMeanAbsent() {
        DecisionNotice notice = new DecisionNotice(
                "Ringkasan jawaban", List.of(), " ", "", CopyFormat.SOFTCOPY, CopyDelivery.EMAIL, 0, "\t", null);

        assertEquals(null, notice.exemptionReason());
        assertEquals(null, notice.holderName());
        assertEquals(null, notice.feeExplanation());
    }

    @Test
    void requiredFieldsFailWithTheirName() {
        NullPointerException e = assertThrows(
                NullPointerException.class,
                () -> new OpdDecisionSubmitted(
                        "DISPERKIM", null, DecisionType.GRANTED, notice(List.of(), null, null), AT, null));
        assertEquals("requestId", e.getMessage());
    }

    @Test
    void duplicatesAreDroppedAndNullElementsRejected() {
        RequestSubmitted s = SampleEvents.requestSubmitted();
        RequestSubmitted twice = new RequestSubmitted(
                s.requestId(),
                1,
                s.registrationNumber(),
                s.applicantId(),
                s.applicantKind(),
                s.channel(),
                null,
                List.of(AccessMethod.COPY, AccessMethod.READ, AccessMethod.COPY),
                s.copyDeliveries(),
                s.receivedAt(),
                s.receivedDate(),
                s.dueDate());
        assertEquals(List.of(AccessMethod.COPY, AccessMethod.READ), twice.accessMethods());

        assertThrows(
                IllegalArgumentException.class,
                () -> new RequestSubmitted(
                        s.requestId(),
                        1,
                        s.registrationNumber(),
                        s.applicantId(),
                        s.applicantKind(),
                        s.channel(),
                        null,
                        List.of(),
                        s.copyDeliveries(),
                        s.receivedAt(),
                        s.receivedDate(),
                        s.dueDate()));
        List<CopyDelivery> withNull = new java.util.ArrayList<>();
        withNull.add(null);
        NullPointerException e = assertThrows(
                NullPointerException.class,
                () -> new RequestSubmitted(
                        s.requestId(),
                        1,
                        s.registrationNumber(),
                        s.applicantId(),
                        s.applicantKind(),
                        s.channel(),
                        null,
                        s.accessMethods(),
                        withNull,
                        s.receivedAt(),
                        s.receivedDate(),
                        s.dueDate()));
        assertEquals("copyDeliveries[0]", e.getMessage());
    }

    @Test
    void legalGroundsKnowTheirLetters() {
        assertEquals('a', ExemptionGround.A_LAW_ENFORCEMENT.letter());
        assertEquals('j', ExemptionGround.J_PROHIBITED_BY_LAW.letter());
        assertEquals(ExemptionGround.H_PERSONAL_SECRET, ExemptionGround.ofLetter('h'));
        assertEquals("Pasal 17 huruf h UU 14/2008", ExemptionGround.H_PERSONAL_SECRET.citation());
        assertEquals('g', ObjectionGround.G_LATE.letter());
        assertEquals(ObjectionGround.C_NOT_ANSWERED, ObjectionGround.ofLetter('C'));
        for (int i = 0; i < ExemptionGround.values().length; i++) {
            assertEquals((char) ('a' + i), ExemptionGround.values()[i].letter());
            assertTrue(ExemptionGround.values()[i].name().startsWith(String.valueOf((char) ('A' + i)) + "_"));
        }
        for (int i = 0; i < ObjectionGround.values().length; i++) {
            assertEquals((char) ('a' + i), ObjectionGround.values()[i].letter());
            assertTrue(ObjectionGround.values()[i].name().startsWith(String.valueOf((char) ('A' + i)) + "_"));
        }
        assertThrows(IllegalArgumentException.class, () -> ExemptionGround.ofLetter('k'));
    }

    @Test
    void applicantContactKeepsPersonalDataOutOfToString() {
        String text = SampleEvents.applicantContact().toString();

        assertTrue(text.contains(SampleEvents.APPLICANT_ID.toString()));
        assertTrue(!text.contains("Siti") && !text.contains("@") && !text.contains("+62"), text);
    }

    private static DecisionNotice notice(List<ExemptionGround> grounds, String reason, String holder) {
        return new DecisionNotice(
                "Ringkasan jawaban", grounds, reason, holder, CopyFormat.SOFTCOPY, CopyDelivery.EMAIL, 0, null, null);
    }

    private static OpdDecisionSubmitted decide(DecisionType decision, DecisionNotice notice) {
        return new OpdDecisionSubmitted("DISPERKIM", SampleEvents.REQUEST_ID, decision, notice, AT, null);
    }
}

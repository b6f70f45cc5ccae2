package id.go.cilegon.ppid.request.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.cilegon.ppid.calendar.LegalTime;
import id.go.cilegon.ppid.contracts.common.AccessMethod;
import id.go.cilegon.ppid.contracts.common.ApplicantKind;
import id.go.cilegon.ppid.contracts.common.FilingChannel;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The steps outside the answer's lifecycle, without a database: receipt, numbering and routing. */
class InformationRequestTest {

    private static final LocalDate DUE = LocalDate.of(2027, 1, 15);

    @Test
    void theApplicantFilesOnlineAndOwnsTheRequestTheDeskFilesItWalkIn() {
        InformationRequest online = received(new Actor(Actor.Role.APPLICANT, "pemohon1", null));
        assertEquals(FilingChannel.ONLINE, online.channel());
        assertEquals("pemohon1", online.ownerSubject());
        assertNull(online.filingOpdCode());
        assertEquals(RequestStatus.REGISTERED, online.status());
        assertEquals(DUE, online.dueDate());
        assertEquals(DUE, online.originalDueDate());

        InformationRequest walkIn = received(new Actor(Actor.Role.PPID_OFFICER, "petugas-dlh", "DLH"));
        assertEquals(FilingChannel.WALK_IN, walkIn.channel());
        assertNull(walkIn.ownerSubject());
        assertEquals("DLH", walkIn.filingOpdCode());
    }

    /** Pasal 22(4): received at 23:59 WIB on 31 December, it is that day's and that year's. */
    @Test
    void theRegistrationNumberIsOfTheYearOfReceiptAndGivenOnce() {
        InformationRequest request = received(new Actor(Actor.Role.APPLICANT, "pemohon1", null));
        assertEquals(LocalDate.of(2026, 12, 31), request.receivedDate());
        request.assignRegistrationNumber(42);
        assertEquals("PPID-2026-000042", request.registrationNumber());
        assertThrows(IllegalStateException.class, () -> request.assignRegistrationNumber(43));
        assertEquals("PPID-2026-000042", request.registrationNumber());
    }

    @Test
    void aRoutingEventOlderThanTheLastAppliedChangesNothing() {
        InformationRequest request = received(new Actor(Actor.Role.APPLICANT, "pemohon1", null));
        assertTrue(request.assignTo("DLH", 2));
        assertFalse(request.unassign(1));
        assertFalse(request.assignTo("DPUPR", 2));
        assertEquals("DLH", request.assignedOpdCode());
        assertEquals(2, request.routingSequence());
        assertTrue(request.unassign(3));
        assertNull(request.assignedOpdCode());
    }

    @Test
    void whatItReadsOutCannotChangeIt() {
        InformationRequest request = received(new Actor(Actor.Role.APPLICANT, "pemohon1", null));
        assertThrows(
                UnsupportedOperationException.class,
                () -> request.accessMethods().clear());
        request.applicantNik()[0] = 0;
        assertEquals(7, request.applicantNik()[0]);
    }

    private static InformationRequest received(Actor filedBy) {
        return InformationRequest.received(
                UUID.randomUUID(),
                filedBy,
                UUID.randomUUID(),
                new InformationRequest.Filing(
                        ApplicantKind.PERSON,
                        "Siti Aminah",
                        new byte[] {7, 7, 7},
                        null,
                        "Jl. Sultan Ageng Tirtayasa 1",
                        null,
                        "siti@example.org",
                        "id",
                        null,
                        null,
                        "Dokumen AMDAL",
                        "Penelitian",
                        List.of(AccessMethod.READ),
                        null),
                LocalDateTime.of(2026, 12, 31, 23, 59).atZone(LegalTime.ZONE).toInstant(),
                DUE,
                LocalDate.of(2027, 2, 10));
    }
}

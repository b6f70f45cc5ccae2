package id.go.cilegon.ppid.index;

import id.go.cilegon.ppid.contracts.common.AccessMethod;
import id.go.cilegon.ppid.contracts.common.ApplicantKind;
import id.go.cilegon.ppid.contracts.common.CopyDelivery;
import id.go.cilegon.ppid.contracts.common.CopyFormat;
import id.go.cilegon.ppid.contracts.common.DecisionNotice;
import id.go.cilegon.ppid.contracts.common.DecisionSource;
import id.go.cilegon.ppid.contracts.common.DecisionType;
import id.go.cilegon.ppid.contracts.common.ExemptionGround;
import id.go.cilegon.ppid.contracts.common.FilingChannel;
import id.go.cilegon.ppid.contracts.common.InformationCategory;
import id.go.cilegon.ppid.contracts.common.ObjectionGround;
import id.go.cilegon.ppid.contracts.common.ObjectionOutcome;
import id.go.cilegon.ppid.contracts.directory.OpdDirectoryEntry;
import id.go.cilegon.ppid.contracts.directory.OpdKind;
import id.go.cilegon.ppid.contracts.opd.InformationPublished;
import id.go.cilegon.ppid.contracts.opd.RegisterEntryPublished;
import id.go.cilegon.ppid.contracts.request.DateChange;
import id.go.cilegon.ppid.contracts.request.DeadlinesRecalculated;
import id.go.cilegon.ppid.contracts.request.DisputeFiled;
import id.go.cilegon.ppid.contracts.request.ObjectionDecided;
import id.go.cilegon.ppid.contracts.request.ObjectionFiled;
import id.go.cilegon.ppid.contracts.request.RequestDecided;
import id.go.cilegon.ppid.contracts.request.RequestExtended;
import id.go.cilegon.ppid.contracts.request.RequestSubmitted;
import id.go.cilegon.ppid.contracts.request.RequestWithdrawn;
import id.go.cilegon.ppid.contracts.routing.RequestRouted;
import id.go.cilegon.ppid.contracts.routing.RequestTransferred;
import id.go.cilegon.ppid.contracts.routing.RoutingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** Payloads as the other services produce them, with realistic defaults; dates are legal dates in WIB. */
public final class Events {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private Events() {}

    public static Instant at(LocalDate date) {
        return date.atTime(LocalTime.of(10, 0)).atZone(WIB).toInstant();
    }

    public static RequestSubmitted submitted(UUID id, LocalDate received, LocalDate due) {
        return new RequestSubmitted(
                id,
                1,
                "PPID-" + received.getYear() + "-" + String.format("%06d", Math.abs(id.hashCode() % 1_000_000)),
                UUID.randomUUID(),
                ApplicantKind.PERSON,
                FilingChannel.ONLINE,
                null,
                List.of(AccessMethod.COPY),
                List.of(CopyDelivery.EMAIL),
                at(received),
                received,
                due);
    }

    public static RequestRouted routed(UUID id, long sequence, String opd, int transferCount) {
        return new RequestRouted(
                id,
                sequence,
                opd,
                null,
                RoutingMode.AUTOMATIC,
                0.8,
                List.of("amdal"),
                null,
                transferCount,
                Instant.parse("2026-03-02T03:00:00Z"));
    }

    public static RequestTransferred transferred(UUID id, long sequence, String from, int transferCount) {
        return new RequestTransferred(
                id,
                sequence,
                from,
                null,
                "Bukan kewenangan kami",
                transferCount,
                Instant.parse("2026-03-03T03:00:00Z"));
    }

    public static RequestExtended extended(UUID id, long sequence, LocalDate previousDue, LocalDate due) {
        return new RequestExtended(id, sequence, "Dokumen di arsip inaktif", previousDue, due, at(previousDue), null);
    }

    public static RequestDecided decided(
            UUID id,
            long sequence,
            DecisionType decision,
            LocalDate decidedDate,
            LocalDate due,
            int workingDays,
            ExemptionGround... grounds) {
        DecisionNotice notice = new DecisionNotice(
                "Keputusan atas permohonan",
                List.of(grounds),
                grounds.length == 0 ? null : "Uji konsekuensi: membuka informasi merugikan",
                decision == DecisionType.NOT_HELD ? "Dinas lain" : null,
                decision == DecisionType.GRANTED ? CopyFormat.SOFTCOPY : null,
                decision == DecisionType.GRANTED ? CopyDelivery.EMAIL : null,
                0,
                null,
                null);
        return new RequestDecided(
                id,
                sequence,
                decision,
                notice,
                DecisionSource.PPID_OFFICER,
                null,
                at(decidedDate),
                decidedDate,
                due,
                !decidedDate.isAfter(due),
                workingDays);
    }

    /** The corrected decision {@code number} given after an upheld objection (Pasal 36). */
    public static RequestDecided corrected(
            UUID id,
            long sequence,
            int number,
            DecisionType decision,
            LocalDate decidedDate,
            LocalDate due,
            int workingDays) {
        RequestDecided first = decided(id, sequence, decision, decidedDate, due, workingDays);
        return new RequestDecided(
                id,
                sequence,
                decision,
                first.notice(),
                first.source(),
                null,
                first.decidedAt(),
                decidedDate,
                due,
                first.onTime(),
                workingDays,
                decidedDate.plusDays(42),
                null,
                number);
    }

    /** request-service counted the due date again after a calendar change; {@code onTime} given for an answer. */
    public static DeadlinesRecalculated recalculated(
            UUID id, long sequence, LocalDate previousDue, LocalDate due, Boolean onTime, Integer workingDaysTaken) {
        return new DeadlinesRecalculated(
                id,
                sequence,
                due.getYear(),
                2,
                "Kalender hari kerja " + due.getYear() + " resmi",
                List.of(new DateChange("dueDate", previousDue, due)),
                onTime,
                workingDaysTaken,
                null,
                at(due));
    }

    public static RequestWithdrawn withdrawn(UUID id, long sequence) {
        return new RequestWithdrawn(id, sequence, Instant.parse("2026-03-04T03:00:00Z"));
    }

    public static ObjectionFiled objection(UUID id, long sequence, LocalDate filed) {
        return new ObjectionFiled(
                id, sequence, List.of(ObjectionGround.A_REFUSED_EXEMPTION), at(filed), filed, filed.plusDays(42), null);
    }

    public static ObjectionDecided objectionDecided(UUID id, long sequence, ObjectionOutcome outcome, LocalDate date) {
        return new ObjectionDecided(
                id, sequence, outcome, "Pertimbangan atasan PPID", at(date), date, true, date.plusDays(20), null);
    }

    public static DisputeFiled dispute(UUID id, long sequence, LocalDate filed) {
        return new DisputeFiled(id, sequence, filed, null, true, at(filed));
    }

    public static RegisterEntryPublished periodicEntry(
            String opd, String entryId, int intervalMonths, LocalDate registered) {
        return new RegisterEntryPublished(
                opd,
                entryId,
                "Laporan kinerja " + entryId,
                "Ringkasan kinerja",
                InformationCategory.PERIODIC,
                List.of("kinerja"),
                intervalMonths,
                at(registered));
    }

    public static InformationPublished published(String opd, String entryId, LocalDate due, LocalDate published) {
        return new InformationPublished(opd, entryId, published, due, null, at(published));
    }

    public static OpdDirectoryEntry directory(String opd, String name, boolean active) {
        return new OpdDirectoryEntry(
                opd,
                name,
                opd,
                OpdKind.AGENCY_DINAS,
                "Tugas pokok " + name,
                null,
                null,
                null,
                null,
                active,
                1,
                Instant.parse("2026-01-05T01:00:00Z"));
    }
}

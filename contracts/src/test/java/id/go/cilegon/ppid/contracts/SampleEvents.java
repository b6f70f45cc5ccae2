package id.go.cilegon.ppid.contracts;

import id.go.cilegon.ppid.contracts.applicant.ApplicantContact;
import id.go.cilegon.ppid.contracts.calendar.CalendarDay;
import id.go.cilegon.ppid.contracts.calendar.CalendarDayKind;
import id.go.cilegon.ppid.contracts.calendar.CalendarYearPublished;
import id.go.cilegon.ppid.contracts.calendar.CalendarYearStatus;
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
import id.go.cilegon.ppid.contracts.common.ProvisionalDates;
import id.go.cilegon.ppid.contracts.common.ReceiptChannel;
import id.go.cilegon.ppid.contracts.common.WrittenNotice;
import id.go.cilegon.ppid.contracts.directory.OpdDirectoryEntry;
import id.go.cilegon.ppid.contracts.directory.OpdKind;
import id.go.cilegon.ppid.contracts.index.CityIndexUpdated;
import id.go.cilegon.ppid.contracts.index.IndexBand;
import id.go.cilegon.ppid.contracts.index.IndexComponent;
import id.go.cilegon.ppid.contracts.index.IndexMeasures;
import id.go.cilegon.ppid.contracts.index.OpdIndexUpdated;
import id.go.cilegon.ppid.contracts.index.Period;
import id.go.cilegon.ppid.contracts.opd.InformationPublished;
import id.go.cilegon.ppid.contracts.opd.OpdDecisionSubmitted;
import id.go.cilegon.ppid.contracts.opd.RegisterEntryPublished;
import id.go.cilegon.ppid.contracts.opd.RegisterEntryWithdrawn;
import id.go.cilegon.ppid.contracts.request.DateChange;
import id.go.cilegon.ppid.contracts.request.DeadlinesRecalculated;
import id.go.cilegon.ppid.contracts.request.DisputeFiled;
import id.go.cilegon.ppid.contracts.request.NoticeReceived;
import id.go.cilegon.ppid.contracts.request.ObjectionDecided;
import id.go.cilegon.ppid.contracts.request.ObjectionFiled;
import id.go.cilegon.ppid.contracts.request.RequestDecided;
import id.go.cilegon.ppid.contracts.request.RequestExtended;
import id.go.cilegon.ppid.contracts.request.RequestSubmitted;
import id.go.cilegon.ppid.contracts.request.RequestTexts;
import id.go.cilegon.ppid.contracts.request.RequestWithdrawn;
import id.go.cilegon.ppid.contracts.routing.RequestRouted;
import id.go.cilegon.ppid.contracts.routing.RequestTransferred;
import id.go.cilegon.ppid.contracts.routing.RoutingCandidate;
import id.go.cilegon.ppid.contracts.routing.RoutingMode;
import id.go.cilegon.ppid.contracts.routing.RoutingNeeded;
import id.go.cilegon.ppid.contracts.routing.RoutingNeededReason;
import id.go.cilegon.ppid.contracts.sla.Channel;
import id.go.cilegon.ppid.contracts.sla.NoticeDelivered;
import id.go.cilegon.ppid.contracts.sla.NotificationFailed;
import id.go.cilegon.ppid.contracts.sla.Recipient;
import id.go.cilegon.ppid.contracts.sla.SlaBreached;
import id.go.cilegon.ppid.contracts.sla.SlaClock;
import id.go.cilegon.ppid.contracts.sla.SlaWarning;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One realistic sample per event type: the story of one request in Kota Cilegon, November 2026 to February 2027.
 * The schema tests and the examples in docs/events.md both come from here, so they cannot drift apart.
 */
public final class SampleEvents {

    /** The request of the story. */
    public static final UUID REQUEST_ID = UUID.fromString("3f2b8c1e-5d4a-4e7b-9c61-2a7d8e9f0b13");
    /** Its applicant, pseudonymous. */
    public static final UUID APPLICANT_ID = UUID.fromString("8a1c6f0e-2b3d-4c5e-9f70-81a2b3c4d5e6");

    private SampleEvents() {}

    /** A sample payload per {@code ce_type}, in catalog order. */
    public static Map<String, EventPayload> all() {
        Map<String, EventPayload> samples = new LinkedHashMap<>();
        samples.put(EventTypes.REQUEST_SUBMITTED, requestSubmitted());
        samples.put(EventTypes.REQUEST_EXTENDED, requestExtended());
        samples.put(EventTypes.REQUEST_DECIDED, requestDecided());
        samples.put(EventTypes.REQUEST_WITHDRAWN, requestWithdrawn());
        samples.put(EventTypes.REQUEST_OBJECTION_FILED, objectionFiled());
        samples.put(EventTypes.REQUEST_OBJECTION_DECIDED, objectionDecided());
        samples.put(EventTypes.REQUEST_DISPUTE_FILED, disputeFiled());
        samples.put(EventTypes.REQUEST_DEADLINES_RECALCULATED, deadlinesRecalculated());
        samples.put(EventTypes.REQUEST_NOTICE_RECEIVED, noticeReceived());
        samples.put(EventTypes.ROUTING_ROUTED, requestRouted());
        samples.put(EventTypes.ROUTING_ROUTING_NEEDED, routingNeeded());
        samples.put(EventTypes.ROUTING_TRANSFERRED, requestTransferred());
        samples.put(EventTypes.SLA_WARNING, slaWarning());
        samples.put(EventTypes.SLA_BREACHED, slaBreached());
        samples.put(EventTypes.NOTIFICATION_FAILED, notificationFailed());
        samples.put(EventTypes.NOTIFICATION_NOTICE_DELIVERED, noticeDelivered());
        samples.put(EventTypes.OPD_DECISION_SUBMITTED, opdDecisionSubmitted());
        samples.put(EventTypes.OPD_REGISTER_ENTRY_PUBLISHED, registerEntryPublished());
        samples.put(EventTypes.OPD_REGISTER_ENTRY_WITHDRAWN, registerEntryWithdrawn());
        samples.put(EventTypes.OPD_INFORMATION_PUBLISHED, informationPublished());
        samples.put(EventTypes.DIRECTORY_OPD_UPDATED, opdDirectoryEntry());
        samples.put(EventTypes.APPLICANT_CONTACT_UPDATED, applicantContact());
        samples.put(EventTypes.REQUEST_TEXTS_RECORDED, requestTexts());
        samples.put(EventTypes.INDEX_OPD_UPDATED, opdIndexUpdated());
        samples.put(EventTypes.INDEX_CITY_UPDATED, cityIndexUpdated());
        samples.put(EventTypes.CALENDAR_YEAR_PUBLISHED, calendarYearPublished());
        return samples;
    }

    /** The sample of one {@code ce_type}. */
    public static EventPayload of(String ceType) {
        EventPayload sample = all().get(ceType);
        if (sample == null) {
            throw new IllegalArgumentException("no sample for " + ceType);
        }
        return sample;
    }

    public static RequestSubmitted requestSubmitted() {
        return new RequestSubmitted(
                REQUEST_ID,
                1,
                "PPID-2026-000123",
                APPLICANT_ID,
                ApplicantKind.PERSON,
                FilingChannel.ONLINE,
                null,
                List.of(AccessMethod.READ, AccessMethod.COPY),
                List.of(CopyDelivery.EMAIL),
                Instant.parse("2026-11-02T02:15:30Z"),
                LocalDate.parse("2026-11-02"),
                LocalDate.parse("2026-11-16"),
                LocalDate.parse("2026-12-30"),
                new ProvisionalDates(List.of("unansweredObjectionDeadline"), List.of(2027)));
    }

    public static RequestExtended requestExtended() {
        return new RequestExtended(
                REQUEST_ID,
                2,
                "Dokumen kontrak tahun anggaran 2025 masih dihimpun dari arsip bidang jalan lingkungan",
                LocalDate.parse("2026-11-16"),
                LocalDate.parse("2026-11-25"),
                Instant.parse("2026-11-13T03:40:00Z"),
                "DISPERKIM",
                LocalDate.parse("2027-01-11"),
                new ProvisionalDates(List.of("unansweredObjectionDeadline"), List.of(2027)));
    }

    public static DecisionNotice partialNotice() {
        return new DecisionNotice(
                "Diberikan salinan RAB dan kontrak pembangunan jalan lingkungan Kelurahan Ciwaduk 2025; nomor rekening "
                        + "dan NPWP pribadi penyedia dihitamkan",
                List.of(ExemptionGround.H_PERSONAL_SECRET),
                "Nomor rekening dan NPWP pribadi direktur penyedia adalah rahasia pribadi; membukanya dapat merugikan "
                        + "yang bersangkutan, sedangkan isi kontrak selebihnya terbuka untuk umum",
                null,
                CopyFormat.SOFTCOPY,
                CopyDelivery.EMAIL,
                0,
                null,
                null,
                "Berita acara serah terima pekerjaan tidak ada di arsip Disperkim",
                null);
    }

    public static RequestDecided requestDecided() {
        return new RequestDecided(
                REQUEST_ID,
                4,
                DecisionType.PARTIALLY_GRANTED,
                partialNotice(),
                DecisionSource.OPD_SYSTEM,
                "DISPERKIM",
                Instant.parse("2026-11-24T07:05:00Z"),
                LocalDate.parse("2026-11-24"),
                LocalDate.parse("2026-11-25"),
                true,
                16,
                LocalDate.parse("2027-01-11"),
                new ProvisionalDates(List.of("objectionDeadline"), List.of(2027)),
                1);
    }

    public static RequestWithdrawn requestWithdrawn() {
        return new RequestWithdrawn(
                UUID.fromString("c4e1a9d2-7b3f-4a58-8e6d-0f1b2c3d4e5f"), 3, Instant.parse("2026-11-05T01:20:00Z"));
    }

    public static ObjectionFiled objectionFiled() {
        return new ObjectionFiled(
                REQUEST_ID,
                5,
                List.of(ObjectionGround.A_REFUSED_EXEMPTION, ObjectionGround.D_NOT_AS_REQUESTED),
                Instant.parse("2026-12-01T02:00:00Z"),
                LocalDate.parse("2026-12-01"),
                LocalDate.parse("2027-01-15"),
                "DISPERKIM",
                new ProvisionalDates(List.of("decisionDueDate"), List.of(2027)),
                1,
                false,
                LocalDate.parse("2027-01-12"),
                LocalDate.parse("2027-02-05"));
    }

    public static ObjectionDecided objectionDecided() {
        return new ObjectionDecided(
                REQUEST_ID,
                6,
                ObjectionOutcome.UPHELD,
                "Berita acara serah terima pekerjaan termasuk informasi yang wajib tersedia setiap saat; PPID "
                        + "Pelaksana Disperkim diperintahkan memberikannya dalam 5 hari kerja",
                Instant.parse("2027-01-12T04:30:00Z"),
                LocalDate.parse("2027-01-12"),
                true,
                LocalDate.parse("2027-02-01"),
                "DISPERKIM",
                new ProvisionalDates(List.of("disputeDeadline"), List.of(2027)),
                1);
    }

    public static DisputeFiled disputeFiled() {
        return new DisputeFiled(
                REQUEST_ID,
                7,
                LocalDate.parse("2027-01-27"),
                "012/REG-PSI/I/2027",
                true,
                Instant.parse("2027-01-28T02:10:00Z"));
    }

    /**
     * The list of 2027's candidate days was corrected (still no signed decree): the dispute window grows by a day, the
     * answer given on 24 November stays on time.
     */
    public static DeadlinesRecalculated deadlinesRecalculated() {
        return new DeadlinesRecalculated(
                REQUEST_ID,
                8,
                2027,
                2,
                "Daftar calon hari libur 2027 diperbarui (versi 2027.0-b): cuti bersama Imlek 5 Februari ditambahkan",
                List.of(new DateChange(
                        "disputeDeadline", LocalDate.parse("2027-02-01"), LocalDate.parse("2027-02-02"))),
                true,
                16,
                new ProvisionalDates(List.of("disputeDeadline"), List.of(2027)),
                Instant.parse("2027-01-20T03:00:00Z"));
    }

    /** A walk-in applicant collected the decision at the desk five days after it was issued. */
    public static NoticeReceived noticeReceived() {
        return new NoticeReceived(
                REQUEST_ID,
                5,
                WrittenNotice.DECISION,
                1,
                LocalDate.parse("2026-11-30"),
                ReceiptChannel.DESK,
                LocalDate.parse("2027-01-13"),
                new ProvisionalDates(List.of("windowEnd"), List.of(2027)),
                Instant.parse("2026-11-30T04:12:00Z"));
    }

    public static CalendarYearPublished calendarYearPublished() {
        return new CalendarYearPublished(
                2027,
                CalendarYearStatus.OFFICIAL,
                "SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB 1234/2026",
                "2027.1",
                3,
                List.of(
                        new CalendarDay(
                                LocalDate.parse("2027-01-01"), CalendarDayKind.HOLIDAY, "Tahun Baru 2027 Masehi"),
                        new CalendarDay(
                                LocalDate.parse("2027-01-05"),
                                CalendarDayKind.HOLIDAY,
                                "Isra Mikraj Nabi Muhammad SAW"),
                        new CalendarDay(
                                LocalDate.parse("2027-02-05"),
                                CalendarDayKind.CUTI_BERSAMA,
                                "Cuti Bersama Tahun Baru Imlek 2578 Kongzili")),
                Instant.parse("2027-01-19T08:30:00Z"));
    }

    public static RequestRouted requestRouted() {
        return new RequestRouted(
                REQUEST_ID,
                1,
                "DISPERKIM",
                null,
                RoutingMode.AUTOMATIC,
                0.82,
                List.of("jalan", "lingkung", "rab"),
                new RoutingCandidate("DPUPR", 0.47, List.of("jalan", "bangun")),
                0,
                Instant.parse("2026-11-02T02:15:34Z"));
    }

    public static RoutingNeeded routingNeeded() {
        return new RoutingNeeded(
                REQUEST_ID,
                2,
                RoutingNeededReason.LOW_CONFIDENCE,
                List.of(
                        new RoutingCandidate("DPUPR", 0.44, List.of("jalan", "bangun")),
                        new RoutingCandidate("KEC_CILEGON", 0.41, List.of("kelurahan", "ciwaduk"))),
                "DISPERKIM",
                1,
                Instant.parse("2026-11-03T03:00:05Z"));
    }

    public static RequestTransferred requestTransferred() {
        return new RequestTransferred(
                REQUEST_ID,
                2,
                "DISPERKIM",
                "DPUPR",
                "Jalan lingkungan Ciwaduk dibangun oleh Bidang Bina Marga DPUPR, bukan Disperkim",
                1,
                Instant.parse("2026-11-03T03:00:00Z"));
    }

    public static SlaWarning slaWarning() {
        return new SlaWarning(
                REQUEST_ID,
                1,
                SlaClock.ANSWER,
                LocalDate.parse("2026-11-25"),
                1,
                "DISPERKIM",
                Recipient.OPD_DESK,
                Instant.parse("2026-11-24T00:00:00Z"));
    }

    public static SlaBreached slaBreached() {
        return new SlaBreached(
                UUID.fromString("5b7d9f1a-3c2e-4d6b-8a9f-1e2d3c4b5a69"),
                3,
                SlaClock.ANSWER,
                LocalDate.parse("2026-11-16"),
                2,
                "DINKES",
                Recipient.PPID_MAIN,
                Instant.parse("2026-11-18T00:00:00Z"));
    }

    public static NotificationFailed notificationFailed() {
        return new NotificationFailed(
                REQUEST_ID,
                2,
                UUID.fromString("0d9e8f7a-6b5c-4d3e-9f2a-1b0c9d8e7f6a"),
                "request-received",
                Channel.EMAIL,
                Recipient.APPLICANT,
                5,
                "550 5.1.1 mailbox unavailable",
                Instant.parse("2026-11-02T05:15:30Z"));
    }

    public static NoticeDelivered noticeDelivered() {
        return new NoticeDelivered(
                REQUEST_ID,
                3,
                UUID.fromString("7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f"),
                WrittenNotice.DECISION,
                1,
                Channel.EMAIL,
                Instant.parse("2026-11-24T07:00:12Z"));
    }

    public static OpdDecisionSubmitted opdDecisionSubmitted() {
        return new OpdDecisionSubmitted(
                "DISPERKIM",
                REQUEST_ID,
                DecisionType.PARTIALLY_GRANTED,
                partialNotice(),
                Instant.parse("2026-11-24T07:00:00Z"),
                "045/PPID-DISPERKIM/XI/2026");
    }

    public static RegisterEntryPublished registerEntryPublished() {
        return new RegisterEntryPublished(
                "DISPERKIM",
                "DIP-2026-017",
                "Laporan realisasi pembangunan jalan lingkungan",
                "Daftar ruas jalan lingkungan yang dibangun atau diperbaiki per kelurahan, nilai kontrak dan "
                        + "penyedia, per semester",
                InformationCategory.PERIODIC,
                List.of("jalan lingkungan", "kelurahan", "kontrak", "rab"),
                6,
                Instant.parse("2026-07-01T01:00:00Z"));
    }

    public static RegisterEntryWithdrawn registerEntryWithdrawn() {
        return new RegisterEntryWithdrawn(
                "DISPERKIM", "DIP-2024-003", "Digabung ke entri DIP-2026-017", Instant.parse("2026-07-01T01:05:00Z"));
    }

    public static InformationPublished informationPublished() {
        return new InformationPublished(
                "DISPERKIM",
                "DIP-2026-017",
                LocalDate.parse("2026-07-08"),
                LocalDate.parse("2026-07-31"),
                "https://disperkim.cilegon.go.id/ppid/dip-2026-017-semester-1.pdf",
                Instant.parse("2026-07-08T02:30:00Z"));
    }

    public static OpdDirectoryEntry opdDirectoryEntry() {
        return new OpdDirectoryEntry(
                "DISPERKIM",
                "Dinas Perumahan dan Kawasan Permukiman Kota Cilegon",
                "Disperkim",
                OpdKind.AGENCY_DINAS,
                "Urusan pemerintahan bidang perumahan dan kawasan permukiman: penyediaan dan rehabilitasi rumah, "
                        + "prasarana, sarana dan utilitas umum, jalan lingkungan dan penerangan jalan umum",
                "ppid.disperkim@cilegon.go.id",
                "0254 391234",
                "https://sipkd.disperkim.cilegon.go.id/ppid/webhook",
                "ppid-webhooks/disperkim",
                true,
                3,
                Instant.parse("2026-10-15T03:00:00Z"));
    }

    public static RequestTexts requestTexts() {
        return new RequestTexts(
                REQUEST_ID,
                "Salinan RAB pembangunan jalan lingkungan Kelurahan Ciwaduk 2025 beserta dokumen kontrak dan "
                        + "berita acara serah terima pekerjaan",
                "Bahan kajian forum warga tentang kualitas jalan lingkungan di Kecamatan Cilegon",
                Instant.parse("2026-11-02T02:15:30Z"));
    }

    public static ApplicantContact applicantContact() {
        return new ApplicantContact(
                APPLICANT_ID,
                "Siti Rahmawati",
                "siti.rahmawati@example.org",
                "+6281234567890",
                "id",
                Instant.parse("2026-11-02T02:15:30Z"));
    }

    public static IndexMeasures opdMeasures() {
        Map<DecisionType, Long> decisions = new EnumMap<>(DecisionType.class);
        decisions.put(DecisionType.GRANTED, 9L);
        decisions.put(DecisionType.PARTIALLY_GRANTED, 2L);
        decisions.put(DecisionType.NOT_HELD, 1L);
        return new IndexMeasures(
                14,
                12,
                11,
                1,
                2,
                0,
                6.0,
                12.0,
                3,
                decisions,
                Map.of(ExemptionGround.H_PERSONAL_SECRET, 2L),
                1,
                1,
                1,
                1,
                1,
                1);
    }

    public static List<IndexComponent> components() {
        return List.of(
                new IndexComponent("on-time-answers", 91.67, 0.4, true),
                new IndexComponent("completion", 85.71, 0.2, true),
                new IndexComponent("objection-outcomes", 91.67, 0.2, true),
                new IndexComponent("periodic-publication", 100.0, 0.2, true));
    }

    public static OpdIndexUpdated opdIndexUpdated() {
        return new OpdIndexUpdated(
                "DISPERKIM",
                Period.month(YearMonth.of(2026, 11)),
                92.14,
                IndexBand.INFORMATIF,
                true,
                components(),
                opdMeasures(),
                Instant.parse("2026-12-01T00:05:00Z"));
    }

    public static CityIndexUpdated cityIndexUpdated() {
        Map<DecisionType, Long> decisions = new EnumMap<>(DecisionType.class);
        decisions.put(DecisionType.GRANTED, 301L);
        decisions.put(DecisionType.PARTIALLY_GRANTED, 44L);
        decisions.put(DecisionType.REFUSED, 12L);
        decisions.put(DecisionType.NOT_HELD, 27L);
        decisions.put(DecisionType.NOT_YET_DOCUMENTED, 6L);
        Map<ExemptionGround, Long> refusals = new EnumMap<>(ExemptionGround.class);
        refusals.put(ExemptionGround.A_LAW_ENFORCEMENT, 3L);
        refusals.put(ExemptionGround.H_PERSONAL_SECRET, 41L);
        refusals.put(ExemptionGround.I_INTERNAL_MEMORANDUM, 9L);
        IndexMeasures measures =
                new IndexMeasures(412, 390, 301, 89, 22, 5, 7.0, 15.0, 38, decisions, refusals, 27, 9, 3, 31, 96, 81);
        return new CityIndexUpdated(
                Period.year(2026),
                86.22,
                IndexBand.MENUJU_INFORMATIF,
                true,
                List.of(
                        new IndexComponent("on-time-answers", 77.18, 0.4, true),
                        new IndexComponent("completion", 94.66, 0.2, true),
                        new IndexComponent("objection-outcomes", 97.69, 0.2, true),
                        new IndexComponent("periodic-publication", 84.38, 0.2, true)),
                measures,
                25,
                Instant.parse("2027-01-01T00:10:00Z"));
    }
}

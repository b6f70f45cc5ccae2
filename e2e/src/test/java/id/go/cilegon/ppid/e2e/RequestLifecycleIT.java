package id.go.cilegon.ppid.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.cilegon.ppid.calendar.CalendarFile;
import id.go.cilegon.ppid.calendar.Side;
import id.go.cilegon.ppid.calendar.WorkingDayCalendar;
import id.go.cilegon.ppid.contracts.EventTypes;
import id.go.cilegon.ppid.contracts.Topics;
import id.go.cilegon.ppid.contracts.common.ObjectionOutcome;
import id.go.cilegon.ppid.contracts.common.ReceiptChannel;
import id.go.cilegon.ppid.contracts.common.WrittenNotice;
import id.go.cilegon.ppid.contracts.index.IndexMeasures;
import id.go.cilegon.ppid.contracts.index.OpdIndexUpdated;
import id.go.cilegon.ppid.contracts.index.Period;
import id.go.cilegon.ppid.contracts.request.DateChange;
import id.go.cilegon.ppid.contracts.request.DeadlinesRecalculated;
import id.go.cilegon.ppid.contracts.request.NoticeReceived;
import id.go.cilegon.ppid.contracts.routing.RequestRouted;
import id.go.cilegon.ppid.contracts.routing.RoutingMode;
import id.go.cilegon.ppid.contracts.sla.Recipient;
import id.go.cilegon.ppid.contracts.sla.SlaBreached;
import id.go.cilegon.ppid.contracts.sla.SlaClock;
import id.go.cilegon.ppid.contracts.sla.SlaWarning;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The full lifecycle of one request against the packaged services (their {@code target/e2e-app} build) with real
 * Kafka, PostgreSQL, Keycloak (password-grant tokens of the demo users) and SMTP, all started by the devstack
 * launcher, under a controlled clock: submitted, routed automatically to DLH, seen by DLH's officer and not by
 * DPUPR's, reminded, overdue and escalated to the PPID Utama, the applicant told of the right to object, decided
 * late, objected to, the objection decided by the Atasan PPID, and DLH's index changed accordingly (and shown on the
 * portal's dashboard); then the calendar changed at run time, and every service counted on the new year without a
 * restart; and a second applicant's personal data erased from every table and topic while the index stays the same.
 */
class RequestLifecycleIT {

    private static final Path ROOT =
            Path.of(System.getProperty("ppid.e2e.root", "..")).toAbsolutePath().normalize();
    private static final Path TARGET =
            Path.of(System.getProperty("ppid.e2e.target", "target")).toAbsolutePath();
    private static final Duration STEP = Duration.ofSeconds(60);
    private static final LocalTime MORNING = LocalTime.of(9, 0);

    /** Mailboxes: the demo settings of devstack's ServiceSpec and routing-service's directory seed. */
    private static final String DLH_DESK = "ppid.dlh@cilegon.go.id";

    private static final String PPID_MAIN = "ppid.utama@ppid.cilegon.example";
    private static final String PPID_SUPERIOR = "atasan.ppid@ppid.cilegon.example";
    private static final String APPLICANT_EMAIL = "pemohon1@example.com";
    private static final String APPLICANT_NAME = "Budi Santoso";
    private static final String APPLICANT_NIK = "3672011508900001";
    private static final String APPLICANT_ADDRESS = "Jl. Sultan Ageng Tirtayasa No. 1, Cilegon";

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.standard();
    private static final Map<String, Double> TIMINGS = new LinkedHashMap<>();
    private static final long T0 = System.nanoTime();

    private static VirtualClock clock;
    private static LaunchedPlatform platform;
    private static EventLog events;
    private static Mailbox mail;
    private static Api api;

    @BeforeAll
    static void startPlatform() throws IOException {
        Files.createDirectories(TARGET);
        clock = new VirtualClock(TARGET.resolve("e2e-clock.properties"));
        clock.set(receiptDay(), MORNING);
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PPID_E2E_CLOCK_FILE", clock.file().toString());
        // reminders and index re-evaluation within seconds instead of a minute and ten
        env.put("PPID_NOTIFICATION_SWEEP_EVERY", "2s");
        env.put("PPID_NOTIFICATION_DELIVERY_POLL_INTERVAL", "1s");
        env.put("PPID_INDEX_REEVALUATE_EVERY", "3s");
        env.put("PPID_STARTUP_TIMEOUT", "240");
        // the demo requests would share DLH's index with this test's request; the test needs none of them
        env.put("PPID_DEMO_DATA", "false");
        platform = timed(
                "platform up (launcher: PostgreSQL, Kafka, SMTP, Keycloak, 4 services, portal)",
                () -> LaunchedPlatform.start(ROOT, TARGET.resolve("devstack"), env, Duration.ofMinutes(5)));
        events = new EventLog(
                platform.kafkaBootstrap(),
                List.of(Topics.REQUEST_EVENTS, Topics.ROUTING_EVENTS, Topics.SLA_EVENTS, Topics.INDEX_OPD));
        mail = new Mailbox(platform.mailDir());
        api = new Api(platform.realmUrl());
    }

    @AfterAll
    static void stopPlatform() {
        try {
            if (events != null) {
                System.out.println("[e2e] records read per topic: " + events.countsByTopic());
                events.close();
            }
        } finally {
            if (platform != null) {
                timed("platform down (SIGTERM to the launcher)", () -> {
                    platform.close();
                    return null;
                });
                System.out.println(
                        "[e2e] logs of this run: " + platform.logs() + "/ (mail: " + platform.mailDir() + "/)");
            }
            System.out.println("[e2e] timings:");
            TIMINGS.forEach((step, s) -> System.out.printf("[e2e]   %6.1f s  %s%n", s, step));
            System.out.printf("[e2e]   %6.1f s  total%n", (System.nanoTime() - T0) / 1e9);
        }
    }

    /** A Monday in July 2026: every deadline below (answer, objection 30 WD, its decision 30 WD) stays in 2026. */
    private static LocalDate receiptDay() {
        LocalDate day = LocalDate.of(2026, 7, 6);
        while (day.getDayOfWeek() != DayOfWeek.MONDAY || !CALENDAR.isWorkingDay(day, Side.BODY)) {
            day = day.plusDays(1);
        }
        return day;
    }

    @Test
    void requestFromSubmissionToObjectionDecision() throws Exception {
        try {
            lifecycle();
        } catch (Exception | Error e) {
            System.out.println("[e2e] FAILED; the platform's logs are in " + platform.logs() + "/");
            for (String service : allApps()) {
                System.out.println("--- last 30 lines of " + service + ".log ---");
                System.out.println(LaunchedPlatform.tail(platform.logs().resolve(service + ".log"), 30));
            }
            throw e;
        }
    }

    private void lifecycle() throws Exception {
        String requestUrl = platform.url("PPID_PORT_REQUEST") + "/requests";
        LocalDate received = receiptDay();
        LocalDate due = CALENDAR.addWorkingDays(received, 10, Side.BODY);
        YearMonth month = YearMonth.from(received);
        String indexKey = OpdIndexUpdated.keyOf("DLH", Period.month(month));
        System.out.printf(
                "[e2e] received %s, answer due %s (10 working days), index key %s%n", received, due, indexKey);

        // 1. The applicant files a request that plainly belongs to the environment office (DLH).
        JsonNode submitted = timed("submit (pemohon1)", () -> file(requestUrl));
        String id = submitted.get("id").asText();
        String number = submitted.get("registrationNumber").asText();
        System.out.printf("[e2e] request %s, registration number %s%n", id, number);
        assertEquals(received.toString(), submitted.get("receivedDate").asText());
        assertEquals(due.toString(), submitted.get("dueDate").asText(), "due date = 10 working days after receipt");

        // 2. Routed automatically to DLH: the routing event, then request-service's own view.
        RequestRouted routed = timed("routed to DLH (ppid.routing.events.v1, GET /requests/{id})", () -> {
            RequestRouted r = await("routing.routed for the request")
                    .atMost(STEP)
                    .until(
                            () -> events.find(Topics.ROUTING_EVENTS, id, EventTypes.ROUTING_ROUTED).stream()
                                    .map(e -> e.as(RequestRouted.class))
                                    .findFirst(),
                            Optional::isPresent)
                    .get();
            awaitAssigned("request-service knows the assignment", "pemohon1", requestUrl + "/" + id, "DLH");
            return r;
        });
        assertEquals("DLH", routed.opdCode());
        assertEquals(RoutingMode.AUTOMATIC, routed.mode());
        System.out.printf("[e2e] routed to DLH, score %.2f, matched %s%n", routed.score(), routed.matchedTerms());

        // 3. DLH's officer sees it; DPUPR's officer does not.
        timed("DLH officer sees it, DPUPR officer does not", () -> {
            assertEquals(
                    id,
                    api.get("petugas.dlh", requestUrl + "/" + id)
                            .expect(200)
                            .body()
                            .get("id")
                            .asText());
            assertTrue(ids(api.get("petugas.dlh", requestUrl + "?size=100")
                            .expect(200)
                            .body())
                    .contains(id));
            api.get("petugas.dpupr", requestUrl + "/" + id).expect(403);
            assertFalse(ids(api.get("petugas.dpupr", requestUrl + "?size=100")
                            .expect(200)
                            .body())
                    .contains(id));
            return null;
        });

        // The DLH desk and the applicant are told, so notification-service has planned the SLA ladder.
        timed("desk told of the new request, applicant of its receipt (e-mail)", () -> {
            awaitMail(DLH_DESK, id, m -> m.subject().contains("Permohonan baru " + number));
            awaitMail(APPLICANT_EMAIL, id, m -> m.subject().contains(number));
            return null;
        });
        IndexMeasures before = timed(
                "DLH index counts the open request (ppid.index.opd.v1)",
                () -> await("DLH index with the request open")
                        .atMost(STEP)
                        .until(
                                () -> latestIndex(indexKey),
                                m -> m.isPresent() && m.get().open() >= 1)
                        .get());

        // 4. Reminders to the DLH desk: 3 working days before, and on the day.
        LocalDate threeBefore = previousWorkingDays(due, 3);
        clock.set(threeBefore, MORNING);
        timed("reminder 3 working days before, to the DLH desk", () -> {
            awaitMail(DLH_DESK, id, m -> m.subject().contains("Sisa 3 hari kerja"));
            awaitSla(
                    SlaWarning.class,
                    EventTypes.SLA_WARNING,
                    id,
                    w -> w.clock() == SlaClock.ANSWER
                            && w.workingDaysLeft() == 3
                            && w.notified() == Recipient.OPD_DESK
                            && "DLH".equals(w.opdCode())
                            && due.equals(w.dueDate()));
            return null;
        });
        clock.set(due, MORNING);
        timed("reminder on the due date, to the DLH desk", () -> {
            awaitMail(DLH_DESK, id, m -> m.subject().contains("HARI INI batas waktu"));
            awaitSla(
                    SlaWarning.class,
                    EventTypes.SLA_WARNING,
                    id,
                    w -> w.workingDaysLeft() == 0 && w.notified() == Recipient.OPD_DESK);
            return null;
        });

        // 5. The deadline passes: escalation to the PPID Utama, the applicant told of the right to object.
        LocalDate dayAfter = CALENDAR.addWorkingDays(due, 1, Side.BODY);
        clock.set(dayAfter, MORNING);
        timed("deadline passed: escalation to the PPID Utama, sla.breached", () -> {
            Mailbox.Mail m = awaitMail(PPID_MAIN, id, x -> x.subject().contains("ESKALASI"));
            assertTrue(m.subject().contains("terlambat 1 hari kerja"), m.subject());
            awaitSla(
                    SlaBreached.class,
                    EventTypes.SLA_BREACHED,
                    id,
                    b -> b.clock() == SlaClock.ANSWER
                            && b.escalatedTo() == Recipient.PPID_MAIN
                            && b.workingDaysOverdue() == 1
                            && "DLH".equals(b.opdCode())
                            && due.equals(b.dueDate()));
            return null;
        });
        timed("applicant told of the right to object (Pasal 35)", () -> {
            Mailbox.Mail m = awaitMail(APPLICANT_EMAIL, id, x -> x.subject().contains("hak Anda mengajukan keberatan"));
            assertTrue(m.text().contains("Pasal 35"), m.text());
            // Pasal 35-36(1): the ground (no answer) is found the first working day after the answer period, and the
            // 30 working days count from that day
            assertTrue(
                    m.text()
                            .contains(englishDate(CALENDAR.addWorkingDays(
                                    CALENDAR.nextWorkingDay(due, Side.APPLICANT), 30, Side.APPLICANT))),
                    m.text());
            return null;
        });
        timed(
                "DLH index shows the request overdue",
                () -> await("DLH index: overdue")
                        .atMost(STEP)
                        .until(
                                () -> latestIndex(indexKey),
                                x -> x.isPresent() && x.get().overdue() > before.overdue()));

        // 6. The officer answers, late.
        JsonNode decided = timed(
                "DLH officer decides (late)",
                () -> api.post(
                                "petugas.dlh",
                                requestUrl + "/" + id + "/decision",
                                Map.of(
                                        "decision",
                                        "GRANTED",
                                        "summary",
                                        "Data timbulan sampah 2025 dan hasil uji kualitas air sungai terlampir",
                                        "format",
                                        "SOFTCOPY",
                                        "delivery",
                                        "EMAIL"))
                        .expect(200)
                        .body());
        assertEquals("DECIDED", decided.get("status").asText());
        assertFalse(decided.get("decision").get("onTime").asBoolean(), "answered after the due date");
        assertEquals(
                dayAfter.toString(), decided.get("decision").get("decidedDate").asText());
        timed(
                "applicant gets the written notice (e-mail)",
                () -> awaitMail(
                        APPLICANT_EMAIL,
                        id,
                        m -> m.subject().contains("Pemberitahuan tertulis atas permohonan " + number)));
        // Pasal 35-36(1): the objection window counts from when the applicant received the notice, here its e-mail.
        timed("the e-mail's delivery starts the objection window (request.notice-received)", () -> {
            NoticeReceived notice = awaitNoticeReceived(id, 1);
            assertEquals(ReceiptChannel.EMAIL, notice.channel());
            assertEquals(dayAfter, notice.receivedDate());
            assertEquals(CALENDAR.addWorkingDays(dayAfter, 30, Side.APPLICANT), notice.windowEnd());
            JsonNode view = api.get("pemohon1", requestUrl + "/" + id)
                    .expect(200)
                    .body()
                    .path("decision");
            assertEquals("EMAIL", view.path("noticeReceivedVia").asText());
            assertEquals(
                    notice.windowEnd().toString(),
                    view.path("objectionDeadline").asText());
            return null;
        });

        // 7. The applicant objects: the answer came too late (Pasal 35(1) g).
        LocalDate objectionDay = CALENDAR.addWorkingDays(dayAfter, 1, Side.BODY);
        clock.set(objectionDay, MORNING);
        JsonNode objected = timed(
                "applicant objects (ground g)",
                () -> api.post(
                                "pemohon1",
                                requestUrl + "/" + id + "/objection",
                                Map.of(
                                        "grounds",
                                        List.of("G_LATE"),
                                        "statement",
                                        "Jawaban baru saya terima setelah batas waktu sepuluh hari kerja."))
                        .expect(200)
                        .body());
        assertEquals("OBJECTION_FILED", objected.get("status").asText());
        assertEquals(
                CALENDAR.addWorkingDays(objectionDay, 30, Side.BODY).toString(),
                objected.get("objection").get("decisionDueDate").asText(),
                "Atasan decides within 30 working days");
        timed(
                "Atasan PPID told of the objection (e-mail)",
                () -> awaitMail(
                        PPID_SUPERIOR, id, m -> m.subject().contains("Keberatan baru atas permohonan " + number)));

        // 8. The Atasan PPID upholds the objection.
        LocalDate objectionDecisionDay = CALENDAR.addWorkingDays(objectionDay, 2, Side.BODY);
        clock.set(objectionDecisionDay, MORNING);
        JsonNode objectionDecided = timed(
                "Atasan PPID decides the objection",
                () -> api.post(
                                "atasan.ppid",
                                requestUrl + "/" + id + "/objection/decision",
                                Map.of(
                                        "outcome",
                                        ObjectionOutcome.UPHELD.name(),
                                        "reasons",
                                        "Keberatan diterima: jawaban melewati batas waktu Pasal 22 ayat 7."))
                        .expect(200)
                        .body());
        assertEquals("OBJECTION_DECIDED", objectionDecided.get("status").asText());
        assertEquals(
                CALENDAR.addWorkingDays(objectionDecisionDay, 14, Side.APPLICANT)
                        .toString(),
                objectionDecided.get("objection").get("disputeDeadline").asText(),
                "Pasal 37: 14 working days");
        timed(
                "applicant told of the objection decision and the dispute deadline (e-mail)",
                () -> awaitMail(
                        APPLICANT_EMAIL,
                        id,
                        m -> m.subject().contains("Tanggapan atas keberatan Anda")
                                && m.text()
                                        .contains(englishDate(
                                                CALENDAR.addWorkingDays(objectionDecisionDay, 14, Side.APPLICANT)))));

        // 9. DLH's index: one more late answer, one more objection, upheld.
        IndexMeasures after = timed(
                "DLH index: answered late, objection filed and upheld",
                () -> await("DLH index after the objection decision")
                        .atMost(STEP)
                        .until(
                                () -> latestIndex(indexKey),
                                m -> m.isPresent() && m.get().objectionsUpheld() == before.objectionsUpheld() + 1)
                        .get());
        assertEquals(before.late() + 1, after.late(), "answered late");
        assertEquals(before.answeredOnTime(), after.answeredOnTime());
        assertEquals(before.answered() + 1, after.answered());
        assertEquals(before.objectionsFiled() + 1, after.objectionsFiled());
        assertEquals(before.open() - 1, after.open());
        System.out.printf("[e2e] DLH %s before: %s%n[e2e] DLH %s after:  %s%n", month, before, month, after);
        timed("portal: / and /indeks answer, /indeks lists DLH", RequestLifecycleIT::portalShowsDlh);

        LocalDate today = correctedDecisionAndAnUnansweredObjection(requestUrl, id, number, objectionDecisionDay);
        calendarChangedAtRunTime(requestUrl, today);
        personalDataErased(requestUrl, today);

        // The services ran as deployed (production profile) with the e2e build's clock; the portal, without a clock
        // to control, as its production build.
        for (String service : allApps()) {
            String log = read(platform.logs().resolve(service + ".log"));
            assertTrue(log.contains("Profile prod activated"), service + " runs the prod profile");
            assertEquals(
                    LaunchedPlatform.SERVICES.contains(service),
                    log.contains("Controlled clock of the end-to-end build"),
                    service + " uses the e2e clock if and only if it is a service");
            // No personal data in any log line (UU PDP): logs are read by many and kept long.
            Map.of(
                            "name",
                            APPLICANT_NAME,
                            "NIK",
                            APPLICANT_NIK,
                            "address",
                            APPLICANT_ADDRESS,
                            "e-mail",
                            APPLICANT_EMAIL)
                    .forEach((what, value) -> assertFalse(
                            log.contains(value), service + " wrote the applicant's " + what + " to its log"));
        }
    }

    /**
     * 10. Pasal 36: the objection was upheld, so DLH gives its corrected decision, which supersedes the first and is
     * mailed as such. The applicant objects to it too (a second objection, its own clock), and the Atasan PPID lets the
     * 30 working days pass: the next working day the applicant is told they may go to the Komisi Informasi, and by when
     * (Pasal 37(2)). Returns the day the clock was left on.
     */
    private LocalDate correctedDecisionAndAnUnansweredObjection(
            String requestUrl, String id, String number, LocalDate upheld) {
        LocalDate correctedDay = CALENDAR.nextWorkingDay(upheld, Side.BODY);
        clock.set(correctedDay, MORNING);
        JsonNode corrected = timed(
                "DLH officer gives the corrected decision",
                () -> api.post(
                                "petugas.dlh",
                                requestUrl + "/" + id + "/decision",
                                Map.of(
                                        "decision",
                                        "GRANTED",
                                        "summary",
                                        "Salinan lengkap data timbulan sampah 2025 dan uji kualitas air sungai terlampir",
                                        "format",
                                        "SOFTCOPY",
                                        "delivery",
                                        "EMAIL"))
                        .expect(200)
                        .body());
        assertEquals("DECIDED", corrected.path("status").asText());
        assertEquals(2, corrected.path("decision").path("number").asInt());
        assertEquals(
                1, corrected.path("earlierDecisions").path(0).path("number").asInt());
        timed("applicant gets the corrected decision (e-mail), its delivery recorded", () -> {
            Mailbox.Mail m = awaitMail(APPLICANT_EMAIL, id, x -> x.text().contains("keputusan perbaikan"));
            assertTrue(m.subject().contains("Pemberitahuan tertulis atas permohonan " + number), m.subject());
            assertEquals(correctedDay, awaitNoticeReceived(id, 2).receivedDate());
            return null;
        });

        LocalDate objectedAgain = CALENDAR.nextWorkingDay(correctedDay, Side.BODY);
        clock.set(objectedAgain, MORNING);
        LocalDate decisionDue = CALENDAR.addWorkingDays(objectedAgain, 30, Side.BODY);
        JsonNode second = timed(
                "applicant objects to the corrected decision (objection 2)",
                () -> api.post(
                                "pemohon1",
                                requestUrl + "/" + id + "/objection",
                                Map.of(
                                        "grounds",
                                        List.of("D_NOT_AS_REQUESTED"),
                                        "statement",
                                        "Data uji air sungai yang diberikan bukan tahun yang saya minta."))
                        .expect(200)
                        .body());
        assertEquals(2, second.path("objection").path("number").asInt());
        assertEquals(
                decisionDue.toString(),
                second.path("objection").path("decisionDueDate").asText());
        String lastDay =
                second.path("objection").path("unansweredDisputeDeadline").asText();

        clock.set(CALENDAR.nextWorkingDay(decisionDue, Side.BODY), MORNING);
        timed("objection 2 unanswered: applicant told of the Komisi Informasi and by when", () -> {
            Mailbox.Mail m = awaitMail(APPLICANT_EMAIL, id, x -> x.subject().contains("hak Anda ke Komisi Informasi"));
            assertTrue(m.text().contains(englishDate(LocalDate.parse(lastDay))), m.text());
            return null;
        });
        timed("the annual report keeps the corrected decision and both objections", () -> {
            JsonNode report = await("DLH annual report")
                    .atMost(STEP)
                    .until(
                            () -> api.get(
                                            "admin.ppid",
                                            platform.url("PPID_PORT_INDEX") + "/reports/annual/" + upheld.getYear()
                                                    + "/opds/DLH")
                                    .expect(200)
                                    .body(),
                            r -> r.path("decisionsCorrected").asLong() >= 1
                                    && r.path("objectionsFiled").asLong() >= 2);
            assertEquals(1, report.path("decisionsCorrected").asLong());
            return null;
        });
        return CALENDAR.nextWorkingDay(decisionDue, Side.BODY);
    }

    /**
     * 11. An administrator uploads a corrected 2026 with one more holiday, the first working day of a new request's
     * answer period: without a restart, request-service counts the request's due date again (a working day later) and
     * says so on the topic, notification-service moves its clock and tells the applicant, routing-service's queue
     * shows the new date.
     */
    private void calendarChangedAtRunTime(String requestUrl, LocalDate today) {
        JsonNode filed = timed("a second request (pemohon1)", () -> file(requestUrl));
        String id = filed.get("id").asText();
        LocalDate due = LocalDate.parse(filed.get("dueDate").asText());
        awaitAssigned("the second request reaches DLH", "pemohon1", requestUrl + "/" + id, "DLH");
        LocalDate extra = CALENDAR.nextWorkingDay(today, Side.BODY);
        LocalDate moved = CALENDAR.addWorkingDays(due, 1, Side.BODY);
        CalendarFile bundled = CALENDAR.file(2026).orElseThrow();
        String corrected = bundled.toCsv().replace("# version: " + bundled.version(), "# version: 2026.9-e2e") + extra
                + ",HOLIDAY,Hari libur tambahan (uji e2e)\n";

        JsonNode uploaded = timed(
                "admin uploads a corrected 2026 (PUT /calendar/years/2026)",
                () -> api.put(
                                "admin.ppid",
                                platform.url("PPID_PORT_REQUEST") + "/calendar/years/2026",
                                "text/csv",
                                corrected)
                        .expect(201)
                        .body());
        assertEquals("OFFICIAL", uploaded.path("year").path("status").asText());
        timed("request-service counts the due date again, once (request.deadlines-recalculated)", () -> {
            await("the new due date")
                    .atMost(STEP)
                    .until(() -> moved.toString()
                            .equals(api.get("pemohon1", requestUrl + "/" + id)
                                    .expect(200)
                                    .body()
                                    .path("dueDate")
                                    .asText()));
            DeadlinesRecalculated recalculated = await("request.deadlines-recalculated")
                    .atMost(STEP)
                    .until(
                            () -> events.find(Topics.REQUEST_EVENTS, id, EventTypes.REQUEST_DEADLINES_RECALCULATED),
                            l -> !l.isEmpty())
                    .get(0)
                    .as(DeadlinesRecalculated.class);
            assertEquals(
                    new DateChange("dueDate", due, moved),
                    recalculated.change("dueDate").orElseThrow());
            return null;
        });
        timed("notification-service moves its clock and tells the applicant", () -> {
            Mailbox.Mail m = awaitMail(APPLICANT_EMAIL, id, x -> x.subject().contains("dihitung ulang"));
            assertTrue(m.text().contains("2026.9-e2e"), m.text());
            await("the answer clock on the new date").atMost(STEP).until(() -> {
                JsonNode upcoming = api.get(
                                "ppid.utama",
                                platform.url("PPID_PORT_NOTIFICATION")
                                        + "/deadlines/upcoming?opd=DLH&within=20&size=100")
                        .expect(200)
                        .body();
                for (JsonNode row : upcoming) {
                    if (id.equals(row.path("requestId").asText())) {
                        return moved.toString().equals(row.path("dueDate").asText());
                    }
                }
                return false;
            });
            return null;
        });
        timed("routing-service shows the new due date", () -> {
            await("routing case due date")
                    .atMost(STEP)
                    .until(() -> moved.toString()
                            .equals(api.get("ppid.utama", platform.url("PPID_PORT_ROUTING") + "/routing/requests/" + id)
                                    .expect(200)
                                    .body()
                                    .path("dueDate")
                                    .asText()));
            return null;
        });
        System.out.printf("[e2e] 2026 uploaded with a holiday on %s: due date %s -> %s%n", extra, due, moved);
    }

    /**
     * The portal on the launched platform: the home page and the live dashboard answer with HTML, and the dashboard
     * (the last 90 days, read from the index topics) has DLH's line. Its name comes from index-service's ranking,
     * which the portal may not read yet, so only the code is looked for (the row's {@code id="opd-DLH"}).
     */
    private static Void portalShowsDlh() {
        String portal = platform.url("PPID_PORT_PORTAL");
        Api.Page home = api.page(portal + "/");
        assertEquals(200, home.status(), home.html());
        assertTrue(home.contentType().startsWith("text/html"), home.contentType());
        await("the portal's dashboard lists DLH")
                .atMost(STEP)
                .until(
                        () -> api.page(portal + "/indeks"),
                        page -> page.status() == 200
                                && page.contentType().startsWith("text/html")
                                && page.html().contains("id=\"opd-DLH\""));
        return null;
    }

    // ------------------------------------------------------------------------------------------------- helpers

    /** pemohon1 files a request that plainly belongs to the environment office (DLH); the answer's body. */
    private static JsonNode file(String requestUrl) {
        return api.post(
                        "pemohon1",
                        requestUrl,
                        Map.of(
                                "applicant",
                                Map.of(
                                        "kind",
                                        "PERSON",
                                        "fullName",
                                        APPLICANT_NAME,
                                        "nik",
                                        APPLICANT_NIK,
                                        "address",
                                        APPLICANT_ADDRESS,
                                        "email",
                                        APPLICANT_EMAIL,
                                        "preferredLanguage",
                                        "id"),
                                "informationDetails",
                                "Data timbulan sampah harian, kondisi TPA Bagendung dan hasil uji "
                                        + "pencemaran air sungai oleh limbah industri",
                                "purpose",
                                "Bahan kajian lingkungan hidup untuk forum warga",
                                "accessMethods",
                                List.of("READ")))
                .expect(201)
                .body();
    }

    /**
     * 12. UU 27/2022: a second applicant's request is answered, its window to object closes, and the applicant asks for
     * their personal data to be erased. Then nothing of them (name, NIK, address, e-mail, phone, what they wrote) is
     * left in any row of any service's database or in any record on disk of any topic, and DLH's index is unchanged.
     */
    private void personalDataErased(String requestUrl, LocalDate today) throws Exception {
        PersonalDataScan scan = new PersonalDataScan(platform);
        scan.compactPersonalDataTopicsPromptly();
        Map<String, String> personal = Map.of(
                "name", "Ratna Sari Dewi",
                "NIK", "3672014107950002",
                "address", "Jl. KH Wasyid No. 27, Kedaleman",
                // online, the contact address is the account's verified one (the realm's demo account)
                "e-mail", "pemohon2@example.com",
                "phone", "81398765432",
                "details", "timbulan sampah liar di bantaran kali Kedaleman RT 07",
                "purpose", "musyawarah warga RT 07 Kedaleman");
        JsonNode filed = timed(
                "pemohon2 files a request",
                () -> api.post(
                                "pemohon2",
                                requestUrl,
                                Map.of(
                                        "applicant",
                                        Map.of(
                                                "kind",
                                                "PERSON",
                                                "fullName",
                                                personal.get("name"),
                                                "nik",
                                                personal.get("NIK"),
                                                "address",
                                                personal.get("address"),
                                                "phone",
                                                "0813-9876-5432",
                                                "preferredLanguage",
                                                "id"),
                                        "informationDetails",
                                        "Data " + personal.get("details") + " dan pengangkutannya ke TPA Bagendung",
                                        "purpose",
                                        "Bahan " + personal.get("purpose"),
                                        "accessMethods",
                                        List.of("READ")))
                        .expect(201)
                        .body());
        String id = filed.get("id").asText();
        awaitAssigned("pemohon2's request reaches DLH", "pemohon2", requestUrl + "/" + id, "DLH");
        api.post(
                        "petugas.dlh",
                        requestUrl + "/" + id + "/decision",
                        Map.of(
                                "decision", "GRANTED",
                                "summary", "Data pengangkutan sampah Kelurahan Kedaleman 2026 terlampir",
                                "format", "SOFTCOPY",
                                "delivery", "EMAIL"))
                .expect(200);
        LocalDate closed = awaitNoticeReceived(id, 1).windowEnd().plusDays(1);
        clock.set(closed, MORNING);
        String indexKey = OpdIndexUpdated.keyOf("DLH", Period.month(YearMonth.from(today)));
        IndexMeasures before = timed("DLH index settled after the window closed", () -> settledIndex(indexKey));

        JsonNode outcome = timed(
                "pemohon2 asks for the erasure of their personal data",
                () -> api.post("pemohon2", platform.url("PPID_PORT_REQUEST") + "/applicants/me/erasure", Map.of())
                        .expect(200)
                        .body());
        assertEquals(1, outcome.size(), outcome.toString());
        assertEquals(id, outcome.path(0).path("requestId").asText());
        assertFalse(outcome.path(0).path("erasedAt").isMissingNode(), "erased at once: its windows closed");

        timed(
                "no row of any service's database holds it",
                () -> await("the erasure in every database")
                        .atMost(STEP)
                        .until(() -> scan.inDatabases(personal), List::isEmpty));
        timed(
                "no record of the personal-data topics holds it (compacted away)",
                () -> await("compaction of the tombstoned texts and contacts")
                        .atMost(Duration.ofSeconds(120))
                        .pollInterval(Duration.ofSeconds(2))
                        .until(
                                () -> {
                                    scan.nudgeCompaction();
                                    return scan.inPersonalDataTopics(personal);
                                },
                                List::isEmpty));
        timed("no record on any topic holds it", () -> {
            assertEquals(List.of(), scan.inAllTopics(personal));
            return null;
        });
        timed("DLH index unchanged by the erasure", () -> {
            assertEquals(before, settledIndex(indexKey));
            return null;
        });
    }

    /** Waits until request-service shows the request (read as {@code user}) assigned to {@code opd}. */
    private static void awaitAssigned(String what, String user, String url, String opd) {
        await(what)
                .atMost(STEP)
                .until(() -> opd.equals(api.get(user, url)
                        .expect(200)
                        .body()
                        .path("assignedOpdCode")
                        .asText()));
    }

    /** The newest value of an index key once two reads a re-evaluation period apart agree. */
    private static IndexMeasures settledIndex(String key) {
        AtomicReference<Optional<IndexMeasures>> previous = new AtomicReference<>(Optional.empty());
        return await("DLH index for " + key + " settled")
                .atMost(STEP)
                .pollInterval(Duration.ofSeconds(4))
                .until(
                        () -> {
                            Optional<IndexMeasures> now = latestIndex(key);
                            return now.isPresent() && now.equals(previous.getAndSet(now))
                                    ? now
                                    : Optional.<IndexMeasures>empty();
                        },
                        Optional::isPresent)
                .get();
    }

    private static Mailbox.Mail awaitMail(
            String mailbox, String requestId, java.util.function.Predicate<Mailbox.Mail> filter) {
        return await("e-mail to " + mailbox + " about " + requestId)
                .atMost(STEP)
                .until(() -> mail.find(mailbox, requestId, filter), l -> !l.isEmpty())
                .get(0);
    }

    /** request-service's word that the applicant received decision {@code number}. */
    private static NoticeReceived awaitNoticeReceived(String requestId, int number) {
        return await("request.notice-received " + number + " for " + requestId)
                .atMost(STEP)
                .until(
                        () -> events.find(Topics.REQUEST_EVENTS, requestId, EventTypes.REQUEST_NOTICE_RECEIVED).stream()
                                .map(e -> e.as(NoticeReceived.class))
                                .filter(n -> n.noticeNumber() == number && n.notice() == WrittenNotice.DECISION)
                                .findFirst(),
                        Optional::isPresent)
                .get();
    }

    private static <T> T awaitSla(
            Class<T> type, String eventType, String requestId, java.util.function.Predicate<T> filter) {
        return await(eventType + " for " + requestId)
                .atMost(STEP)
                .until(
                        () -> events.find(Topics.SLA_EVENTS, requestId, eventType).stream()
                                .map(e -> e.as(type))
                                .filter(filter)
                                .findFirst(),
                        Optional::isPresent)
                .get();
    }

    /** The newest value of an OPD's index for a period on the compacted index topic. */
    private static Optional<IndexMeasures> latestIndex(String key) {
        List<EventLog.Event> all =
                events.find(e -> e.topic().equals(Topics.INDEX_OPD) && key.equals(e.key()) && e.json() != null);
        return all.isEmpty()
                ? Optional.empty()
                : Optional.of(all.get(all.size() - 1).as(OpdIndexUpdated.class).measures());
    }

    /** The services and the portal, whose logs the test reads. */
    private static List<String> allApps() {
        List<String> all = new ArrayList<>(LaunchedPlatform.SERVICES);
        all.add(LaunchedPlatform.PORTAL);
        return all;
    }

    private static LocalDate previousWorkingDays(LocalDate date, int n) {
        LocalDate day = date;
        for (int i = 0; i < n; i++) {
            day = CALENDAR.previousWorkingDay(day, Side.BODY);
        }
        return day;
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        StreamSupport.stream(list.spliterator(), false)
                .forEach(n -> ids.add(n.get("id").asText()));
        return ids;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static <T> T timed(String step, ThrowingSupplier<T> action) {
        long begin = System.nanoTime();
        try {
            return action.get();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(step + ": " + e, e);
        } finally {
            double s = (System.nanoTime() - begin) / 1e9;
            TIMINGS.put(step, s);
            System.out.printf("[e2e] %-70s %6.1f s%n", step, s);
        }
    }

    /** A step that may throw. */
    @FunctionalInterface
    interface ThrowingSupplier<T> {
        T get() throws Exception;
    }

    /** A date as the English half of every message writes it, e.g. "20 July 2026" (notification LegalDates). */
    private static String englishDate(LocalDate date) {
        return date.getDayOfMonth() + " " + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                + date.getYear();
    }
}

package id.go.cilegon.ppid.request.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.cilegon.ppid.calendar.LegalTime;
import id.go.cilegon.ppid.request.Fixtures;
import id.go.cilegon.ppid.request.TestClock;
import id.go.cilegon.ppid.request.domain.Actor;
import id.go.cilegon.ppid.request.domain.InformationRequest;
import id.go.cilegon.ppid.request.service.IntakeService.Intake;
import id.go.cilegon.ppid.request.service.IntakeWriter.Pending;
import id.go.cilegon.ppid.testing.KafkaTestResource;
import id.go.cilegon.ppid.testing.PostgresTestResource;
import id.go.cilegon.ppid.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The group commit of intake against the real database: a batch takes consecutive numbers in its order, one bad
 * submission does not cost the others their registration (and leaves no gap), concurrent submissions get a
 * gapless run of numbers, and one Idempotency-Key sent many times at once registers exactly one request.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = true)
class IntakeWriterTest {

    @Inject
    IntakeWriter writer;

    @Inject
    IntakeService intake;

    @Inject
    TestClock clock;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    @BeforeEach
    void onAWorkingDay() {
        clock.setWib(LocalDateTime.of(2026, 8, 4, 10, 0));
    }

    @Test
    void batchIsNumberedConsecutivelyInItsOrder() {
        List<Pending> batch = List.of(
                pending("writer-batch-1", null), pending("writer-batch-2", null), pending("writer-batch-3", null));
        writer.write(batch);
        List<Long> numbers = batch.stream().map(p -> number(p.outcome().join())).toList();
        assertEquals(List.of(numbers.get(0), numbers.get(0) + 1, numbers.get(0) + 2), numbers);
        batch.forEach(p -> assertTrue(p.outcome().join().created()));
    }

    /**
     * Pasal 22(4): the registration number is given on receipt. A request that reached the platform at 23:59:59 WIB on
     * 31 December is received that day and numbered in that year, even when its batch is written after midnight; one
     * that arrived after midnight in the same batch is the next year's.
     */
    @Test
    void aRequestIsReceivedWhenItReachedThePlatformNotWhenItsBatchWasWritten() {
        clock.setWib(LocalDateTime.of(2026, 12, 31, 23, 59, 59));
        Pending lastOfTheYear = pending("writer-new-year-1", null);
        clock.setWib(LocalDateTime.of(2027, 1, 1, 0, 0, 1));
        Pending firstOfTheYear = pending("writer-new-year-2", null);
        writer.write(List.of(lastOfTheYear, firstOfTheYear));

        InformationRequest december = lastOfTheYear.outcome().join().request();
        assertEquals(LocalDate.of(2026, 12, 31), december.receivedDate());
        assertTrue(december.registrationNumber().startsWith("PPID-2026-"), december.registrationNumber());
        assertEquals(
                LocalDateTime.of(2026, 12, 31, 23, 59, 59)
                        .atZone(LegalTime.ZONE)
                        .toInstant(),
                december.receivedAt());
        InformationRequest january = firstOfTheYear.outcome().join().request();
        assertEquals(LocalDate.of(2027, 1, 1), january.receivedDate());
        assertTrue(january.registrationNumber().startsWith("PPID-2027-"), january.registrationNumber());
    }

    @Test
    void oneBadSubmissionDoesNotCostTheOthersTheirRegistrationNorLeavesAGap() {
        intake.submit(form(), applicant("writer-conflict"), "key-used-before");
        Pending first = pending("writer-neighbour-1", null);
        Pending conflicting = pending("writer-conflict", "key-used-before"); // same key, different form
        Pending last = pending("writer-neighbour-2", null);

        writer.write(List.of(first, conflicting, last));

        CompletionException refused = assertThrows(
                CompletionException.class, () -> conflicting.outcome().join());
        assertInstanceOf(IdempotencyConflictException.class, refused.getCause());
        // The batch was rolled back and each submission written alone: the failed attempt gave its numbers back.
        assertEquals(number(first.outcome().join()) + 1, number(last.outcome().join()));
    }

    @Test
    void concurrentSubmissionsGetAGaplessRunOfNumbers() throws Exception {
        int submissions = 40;
        List<Callable<Intake>> calls = new ArrayList<>();
        for (int i = 0; i < submissions; i++) {
            String subject = "writer-concurrent-" + i;
            calls.add(() -> intake.submit(form(), applicant(subject), null));
        }
        Set<Long> numbers = new HashSet<>();
        for (Intake result : runAtOnce(calls)) {
            assertTrue(result.created());
            numbers.add(number(result));
        }
        assertEquals(submissions, numbers.size(), "every submission has its own number");
        long first = numbers.stream().mapToLong(Long::longValue).min().orElseThrow();
        long last = numbers.stream().mapToLong(Long::longValue).max().orElseThrow();
        assertEquals(submissions - 1, last - first, "no number skipped: " + numbers);
    }

    @Test
    void oneIdempotencyKeySentManyTimesAtOnceRegistersOneRequest() throws Exception {
        IntakeCommand form = form();
        Actor actor = applicant("writer-same-key");
        List<Callable<Intake>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(() -> intake.submit(form, actor, "retried-key"));
        }
        List<Intake> results = runAtOnce(calls);
        Set<UUID> ids = new HashSet<>();
        results.forEach(r -> ids.add(r.request().id()));
        assertEquals(1, ids.size(), "all answers name the same request");
        assertEquals(1, results.stream().filter(Intake::created).count(), "only one of them registered it");
        Number stored = QuarkusTransaction.requiringNew()
                .call(() -> (Number)
                        em.createNativeQuery("select count(*) from information_request where owner_subject = ?1")
                                .setParameter(1, actor.subject())
                                .getSingleResult());
        assertEquals(1, stored.intValue());
        assertFalse(results.stream().anyMatch(r -> r.request().registrationNumber() == null));
    }

    private Pending pending(String subject, String key) {
        return new Pending(intake.prepare(form(), applicant(subject), key));
    }

    private IntakeCommand form() {
        return json.convertValue(Fixtures.form(), IntakeCommand.class);
    }

    private static Actor applicant(String subject) {
        return new Actor(Actor.Role.APPLICANT, subject, null);
    }

    private static long number(Intake result) {
        String number = result.request().registrationNumber();
        return Long.parseLong(number.substring(number.lastIndexOf('-') + 1));
    }

    private static <T> List<T> runAtOnce(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> future : pool.invokeAll(calls)) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}

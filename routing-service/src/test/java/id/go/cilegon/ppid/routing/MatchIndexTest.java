package id.go.cilegon.ppid.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.go.cilegon.ppid.contracts.common.InformationCategory;
import id.go.cilegon.ppid.routing.domain.Actor;
import id.go.cilegon.ppid.routing.domain.RegisterEntry;
import id.go.cilegon.ppid.routing.matching.Candidate;
import id.go.cilegon.ppid.routing.service.MatchIndex;
import id.go.cilegon.ppid.routing.service.RegisterService;
import id.go.cilegon.ppid.testing.KafkaTestResource;
import id.go.cilegon.ppid.testing.PostgresTestResource;
import id.go.cilegon.ppid.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Which directory a routing decision sees: inside a transaction the revision committed at its first decision (read
 * on the caller's connection), a committed change from the next transaction on, and never a change of the
 * transaction itself that may still roll back.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = true)
class MatchIndexTest {

    @Inject
    MatchIndex index;

    @Inject
    RegisterService registers;

    private static final Actor MAIN = new Actor(Actor.Role.PPID_MAIN, "ppid-utama", null);

    @Test
    void aTransactionRoutesAgainstTheRevisionItFirstReadAndTheNextSeesTheCommittedChange() {
        String word = uniqueWord();
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(Optional.empty(), bestFor(word));
            // Committed by another transaction while this one is routing (a batch in progress).
            QuarkusTransaction.requiringNew()
                    .run(() -> registers.upsert("DLH", "test-" + word, entry(word), RegisterEntry.Source.REST, MAIN));
            assertEquals(Optional.empty(), bestFor(word));
        });
        assertEquals(Optional.of("DLH"), QuarkusTransaction.requiringNew().call(() -> bestFor(word)));
        assertEquals(Optional.of("DLH"), bestFor(word));
    }

    @Test
    void aChangeThatRollsBackIsNeverRoutedAgainst() {
        String word = uniqueWord();
        assertThrows(
                RuntimeException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    assertEquals(Optional.empty(), bestFor(word));
                    registers.upsert("DLH", "test-" + word, entry(word), RegisterEntry.Source.REST, MAIN);
                    // The committed directory, not this transaction's own uncommitted change.
                    assertEquals(Optional.empty(), bestFor(word));
                    throw new IllegalStateException("roll back");
                }));
        assertEquals(Optional.empty(), QuarkusTransaction.requiringNew().call(() -> bestFor(word)));
        assertEquals(Optional.empty(), bestFor(word));
    }

    private Optional<String> bestFor(String word) {
        return index.current().rank("Mohon data " + word, "", Set.of()).best().map(Candidate::opdCode);
    }

    private static RegisterService.EntryContent entry(String word) {
        return new RegisterService.EntryContent(
                "Data " + word,
                "Rekapitulasi " + word + " per kecamatan",
                InformationCategory.ON_REQUEST,
                List.of(word),
                null,
                null);
    }

    /** A word no OPD profile contains: consonants only, so no Indonesian affix is stripped from it. */
    private static String uniqueWord() {
        String letters = "bcdfgjkpqvxz";
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
        }
        return word.toString();
    }
}

package id.go.cilegon.ppid.testing.quarkus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.cilegon.ppid.testing.EmbeddedKafka;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** A second application start (another profile, so another class loader) gets the same broker and a new database. */
@QuarkusTest
@TestProfile(OtherProfileQuarkusTest.OtherProfile.class)
class OtherProfileQuarkusTest {

    /** Any profile of its own makes Quarkus start a second application. */
    public static class OtherProfile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ppid.testing.profile", "other");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void secondApplicationSharesTheBrokerButNotTheDatabase() throws Exception {
        assertEquals(EmbeddedKafka.bootstrapServers(), bootstrapServers);
        QuarkusDatabaseAssertions.assertOwnPostgres17Database(dataSource);
    }
}

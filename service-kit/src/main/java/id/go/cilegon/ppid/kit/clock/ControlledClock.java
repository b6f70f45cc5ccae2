package id.go.cilegon.ppid.kit.clock;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.nio.file.Path;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The end-to-end test's clock ({@link FileClock}, moved by the file {@code ppid.e2e.clock-file}) for every service
 * that indexes the kit. It is a bean only in a service's build made with {@code ppid.e2e.controlled-clock=true}
 * ({@code target/e2e-app}, see the services' poms); the production build ({@code target/quarkus-app}) has no such
 * bean, which {@code e2e/ControlledClockBuildIT} checks.
 */
@IfBuildProperty(name = "ppid.e2e.controlled-clock", stringValue = "true")
@ApplicationScoped
public class ControlledClock {

    @Produces
    @Alternative
    @Priority(100)
    @ApplicationScoped
    Clock controlledClock(@ConfigProperty(name = "ppid.e2e.clock-file") Path file) {
        Logger.getLogger(ControlledClock.class)
                .warnf("Controlled clock of the end-to-end build, driven by %s: never deploy this build", file);
        return FileClock.of(file);
    }
}

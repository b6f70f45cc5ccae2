package id.go.cilegon.ppid.routing.service;

import id.go.cilegon.ppid.contracts.EventCatalog;
import id.go.cilegon.ppid.contracts.EventDefinition;
import id.go.cilegon.ppid.contracts.EventPayload;
import id.go.cilegon.ppid.contracts.InvalidEventException;
import id.go.cilegon.ppid.contracts.Services;
import id.go.cilegon.ppid.contracts.Topics;
import id.go.cilegon.ppid.kit.limit.RateLimiter;
import id.go.cilegon.ppid.kit.messaging.ProcessedEvents;
import id.go.cilegon.ppid.kit.outbox.Outbox;
import id.go.cilegon.ppid.kit.problem.InvalidInputException;
import id.go.cilegon.ppid.kit.problem.TooManyRequestsException;
import id.go.cilegon.ppid.kit.problem.ViolationMessages;
import id.go.cilegon.ppid.routing.config.RoutingConfig;
import id.go.cilegon.ppid.routing.domain.AccessDeniedException;
import id.go.cilegon.ppid.routing.domain.Actor;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * OPD systems' events, received over HTTP and published on {@code ppid.opd.events.v1} by the platform. The OPD is the
 * one its token names (the {@code opd} claim of its Keycloak client, fixed in the realm), never what the event says:
 * an event about another OPD is refused and recorded, the event's own source is replaced by the OPD's, and the payload
 * is read by the contract (schema rules, bounds, no control characters) before anything is published. Each OPD may
 * send {@code ppid.routing.ingress.per-opd-per-minute} events a minute; an event sent again with the same id is
 * accepted once.
 */
@ApplicationScoped
public class OpdIngress {

    private static final Logger LOG = Logger.getLogger(OpdIngress.class);
    private static final String PROCESSED = "opd-ingress";

    @Inject
    Outbox outbox;

    @Inject
    ProcessedEvents processed;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry metrics;

    private final RateLimiter perOpd;

    @Inject
    OpdIngress(RoutingConfig config) {
        this.perOpd = new RateLimiter(config.ingress().perOpdPerMinute(), Duration.ofMinutes(1), 10_000);
    }

    /** An event as an OPD system sent it: the CloudEvents attributes and the data, not yet checked. */
    public record Incoming(String specversion, String id, String type, byte[] data) {}

    /** What became of an event: accepted now, or accepted before (a retry). */
    public record Outcome(String id, String type, String opdCode, boolean duplicate) {}

    @Transactional
    public Outcome accept(Actor actor, Incoming event) {
        if (actor.role() != Actor.Role.OPD_SYSTEM || actor.opdCode() == null) {
            throw new AccessDeniedException(
                    "opd-system-only",
                    "Only an OPD system's client publishes OPD events.",
                    "Hanya klien sistem OPD yang dapat menerbitkan event OPD.");
        }
        String opd = actor.opdCode();
        Instant now = clock.instant();
        perOpd.acquire(opd, now).ifPresent(wait -> {
            throw new TooManyRequestsException(
                    "too-fast",
                    "OPD " + opd + " sent too many events in a short time; send the rest again after a moment.",
                    "OPD " + opd + " mengirim terlalu banyak event dalam waktu singkat; kirim sisanya sesaat lagi.",
                    wait);
        });
        EventPayload payload = read(event);
        if (!opd.equals(payload.key())) {
            refused(opd, "other-opd");
            LOG.warnf(
                    "OPD system %s (%s) tried to publish %s for OPD %s: refused",
                    opd, actor.subject(), event.type(), payload.key());
            throw new AccessDeniedException(
                    "other-opd",
                    "Your system publishes events of OPD " + opd + " only; this one is about OPD " + payload.key()
                            + ".",
                    "Sistem Anda hanya menerbitkan event OPD " + opd + "; event ini tentang OPD " + payload.key()
                            + ".");
        }
        UUID id = UUID.fromString(event.id());
        if (!processed.firstDelivery(PROCESSED, id.toString())) {
            return new Outcome(event.id(), event.type(), opd, true);
        }
        outbox.appendOnBehalf(payload, id, Services.opdSystemSource(opd), now);
        metrics.counter("ppid.opd.ingress.accepted", "opd", opd).increment();
        return new Outcome(event.id(), event.type(), opd, false);
    }

    private EventPayload read(Incoming event) {
        if (!"1.0".equals(event.specversion())) {
            throw invalid("specversion", "ppid.cloudevent.specversion", Map.of());
        }
        try {
            UUID.fromString(event.id() == null ? "" : event.id());
        } catch (IllegalArgumentException e) {
            throw invalid("id", "ppid.uuid.invalid", Map.of());
        }
        List<String> opdTypes = EventCatalog.forTopic(Topics.OPD_EVENTS).stream()
                .map(EventDefinition::type)
                .toList();
        if (event.type() == null || !opdTypes.contains(event.type())) {
            throw invalid("type", "ppid.enum.invalid", Map.of("values", String.join(", ", opdTypes)));
        }
        if (event.data() == null || event.data().length == 0) {
            throw invalid("data", "ppid.required", Map.of());
        }
        try {
            return (EventPayload) EventCatalog.read(event.type(), event.data());
        } catch (InvalidEventException e) {
            throw invalid("data", "ppid.json.invalid", Map.of("detail", e.getMessage()));
        }
    }

    private void refused(String opd, String reason) {
        metrics.counter("ppid.opd.ingress.refused", "opd", opd, "reason", reason)
                .increment();
    }

    private static InvalidInputException invalid(String field, String key, Map<String, Object> parameters) {
        return new InvalidInputException(List.of(ViolationMessages.message(field, key, parameters)));
    }
}

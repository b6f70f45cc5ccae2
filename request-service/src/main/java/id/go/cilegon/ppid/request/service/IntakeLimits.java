package id.go.cilegon.ppid.request.service;

import id.go.cilegon.ppid.calendar.LegalTime;
import id.go.cilegon.ppid.kit.limit.RateLimiter;
import id.go.cilegon.ppid.kit.problem.TooManyRequestsException;
import id.go.cilegon.ppid.request.config.IntakeConfig;
import id.go.cilegon.ppid.request.domain.Actor;
import id.go.cilegon.ppid.request.domain.InformationRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * How often an applicant may file online. Every request starts a legal deadline and official mail to the address it
 * gives, so an account or an address that files without pause is slowed down (a burst limit per minute, one replica's
 * count) and an account has a ceiling per legal day (counted in the database, so it holds across replicas). Officers
 * filing for walk-in applicants at the desk are not limited: that is their judgement.
 */
@ApplicationScoped
public class IntakeLimits {

    private final IntakeConfig.Limits limits;
    private final Clock clock;
    private final RateLimiter perApplicant;
    private final RateLimiter perAddress;

    @Inject
    IntakeLimits(IntakeConfig config, Clock clock) {
        this.limits = config.limits();
        this.clock = clock;
        this.perApplicant = new RateLimiter(limits.perApplicantPerMinute(), Duration.ofMinutes(1), 100_000);
        this.perAddress = new RateLimiter(limits.perAddressPerMinute(), Duration.ofMinutes(1), 100_000);
    }

    /**
     * Counts a submission of {@code actor} from {@code clientAddress}.
     *
     * @throws TooManyRequestsException with the time until the applicant may file again
     */
    public void check(Actor actor, String clientAddress) {
        if (actor.role() != Actor.Role.APPLICANT) {
            return;
        }
        Instant now = clock.instant();
        LocalDate today = LegalTime.toLegalDate(now);
        long filedToday = InformationRequest.count("ownerSubject = ?1 and receivedDate = ?2", actor.subject(), today);
        if (filedToday >= limits.perApplicantPerDay()) {
            Instant tomorrow = today.plusDays(1).atStartOfDay(LegalTime.ZONE).toInstant();
            throw new TooManyRequestsException(
                    "daily-limit",
                    "You have filed " + filedToday + " requests today, the most one account may file in a day; you may"
                            + " file again tomorrow. Requests already filed are being handled.",
                    "Anda sudah mengajukan " + filedToday + " permohonan hari ini, batas satu akun per hari; Anda dapat"
                            + " mengajukan lagi besok. Permohonan yang sudah diajukan tetap diproses.",
                    Duration.between(now, tomorrow));
        }
        perApplicant.acquire(actor.subject(), now).ifPresent(wait -> {
            throw tooFast(wait);
        });
        if (clientAddress != null) {
            perAddress.acquire(clientAddress, now).ifPresent(wait -> {
                throw tooFast(wait);
            });
        }
    }

    private static TooManyRequestsException tooFast(Duration wait) {
        return new TooManyRequestsException(
                "too-fast",
                "Too many requests in a short time; please wait a moment and send it again.",
                "Terlalu banyak permohonan dalam waktu singkat; mohon tunggu sebentar lalu kirim lagi.",
                wait);
    }
}

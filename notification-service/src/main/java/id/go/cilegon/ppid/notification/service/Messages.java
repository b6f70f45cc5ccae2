package id.go.cilegon.ppid.notification.service;

import id.go.cilegon.ppid.contracts.common.ProvisionalDates;
import id.go.cilegon.ppid.contracts.sla.Channel;
import id.go.cilegon.ppid.contracts.sla.Recipient;
import id.go.cilegon.ppid.notification.domain.OpdDesk;
import id.go.cilegon.ppid.notification.domain.TrackedRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes messages into the notification table. Each message has a dedupe key (request, kind, step, recipient,
 * channel); a second write of the same key does nothing, so a redelivered event, a repeated sweep or a second
 * replica never makes a second message.
 */
@ApplicationScoped
public class Messages {

    /** The recipients one message was written for. */
    public record Written(List<Recipient> recipients) {}

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    DeliveryWorker worker;

    /** A message to the applicant of {@code request}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean toApplicant(TrackedRequest request, String kind, String step, Map<String, String> data) {
        if (request.applicantId == null) {
            return false;
        }
        return write(
                request.requestId,
                kind,
                step,
                Recipient.APPLICANT,
                Channel.EMAIL,
                request.applicantId.toString(),
                data);
    }

    /** A message to an OPD: its desk by e-mail and, when the OPD runs an integrated system, a signed webhook. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Recipient> toOpd(UUID requestId, String opdCode, String kind, String step, Map<String, String> data) {
        List<Recipient> written = new ArrayList<>();
        if (write(requestId, kind, step, Recipient.OPD_DESK, Channel.EMAIL, opdCode, data)) {
            written.add(Recipient.OPD_DESK);
        }
        OpdDesk desk = OpdDesk.findById(opdCode);
        if (desk != null
                && desk.webhookUrl != null
                && write(requestId, kind, step, Recipient.OPD_SYSTEM, Channel.WEBHOOK, opdCode, data)) {
            written.add(Recipient.OPD_SYSTEM);
        }
        return written;
    }

    /** A message to the PPID Utama or the Atasan PPID, whose mailboxes are settings. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean toOfficial(UUID requestId, Recipient official, String kind, String step, Map<String, String> data) {
        if (official != Recipient.PPID_MAIN && official != Recipient.PPID_SUPERIOR) {
            throw new IllegalArgumentException("not an official: " + official);
        }
        return write(requestId, kind, step, official, Channel.EMAIL, null, data);
    }

    /**
     * Marks the date under {@code key} of a message's data as an estimate counted through {@code years} (years
     * without a loaded holiday decree); the renderer then writes the caveat after it. No years: nothing to mark.
     */
    public static void provisional(Map<String, String> data, String key, List<Integer> years) {
        if (years.isEmpty()) {
            return;
        }
        data.merge(PROVISIONAL_DATES, key, (a, b) -> a + "," + b);
        java.util.TreeSet<Integer> all = new java.util.TreeSet<>(years);
        String known = data.get(PROVISIONAL_YEARS);
        if (known != null) {
            java.util.Arrays.stream(known.split(",")).map(Integer::valueOf).forEach(all::add);
        }
        data.put(
                PROVISIONAL_YEARS, all.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",")));
    }

    /** Marks the dates an event of request-service said are estimates (its field names are the data keys). */
    public static void provisional(Map<String, String> data, ProvisionalDates provisional) {
        if (provisional != null) {
            provisional.dates().forEach(date -> provisional(data, date, provisional.years()));
        }
    }

    /** Message data keys: the date keys that are estimates, and the years without a decree they cross. */
    public static final String PROVISIONAL_DATES = "provisionalDates";

    public static final String PROVISIONAL_YEARS = "provisionalYears";

    /** Template data builder that leaves out absent values. */
    public static Map<String, String> data(Object... keysAndValues) {
        Map<String, String> data = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                data.put(keysAndValues[i].toString(), keysAndValues[i + 1].toString());
            }
        }
        return data;
    }

    private boolean write(
            UUID requestId,
            String kind,
            String step,
            Recipient recipient,
            Channel channel,
            String recipientRef,
            Map<String, String> data) {
        Instant now = clock.instant();
        String key = requestId + "|" + kind + "|" + step + "|" + recipient + "|" + channel
                + (recipientRef == null ? "" : "|" + recipientRef);
        int inserted = em.createNativeQuery("""
                insert into notification (id, dedupe_key, request_id, kind, channel, recipient, recipient_ref, data,
                                          status, attempts, next_attempt_at, created_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, cast(?8 as jsonb), 'PENDING', 0, ?9, ?9)
                on conflict (dedupe_key) do nothing""")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, Clocks.truncate(key, 300))
                .setParameter(3, requestId)
                .setParameter(4, kind)
                .setParameter(5, channel.name())
                .setParameter(6, recipient.name())
                .setParameter(7, recipientRef)
                .setParameter(8, Json.write(data))
                .setParameter(9, now)
                .executeUpdate();
        if (inserted == 1) {
            worker.wakeUpAfterCommit();
        }
        return inserted == 1;
    }
}

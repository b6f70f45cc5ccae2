package id.go.cilegon.ppid.notification.delivery;

import id.go.cilegon.ppid.calendar.DateTexts;
import id.go.cilegon.ppid.notification.config.NotificationConfig;
import id.go.cilegon.ppid.notification.domain.Notification;
import id.go.cilegon.ppid.notification.domain.OpdDesk;
import id.go.cilegon.ppid.notification.service.Messages;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Renders a message from its Qute templates {@code templates/mail/<kind>_id.txt} and {@code <kind>_en.txt}: the
 * first line is the subject, the rest the body. Every message carries both languages, the recipient's preferred
 * one first (officials: Bahasa Indonesia first).
 */
@ApplicationScoped
public class Renderer {

    /** A rendered message. */
    public record Rendered(String subject, String text) {}

    /** Every key a template may use, so a missing value renders as absent instead of failing. */
    private static final List<String> KEYS = List.of(
            "registrationNumber",
            "receivedDate",
            "dueDate",
            "previousDueDate",
            "reason",
            "decision",
            "summary",
            "feeRupiah",
            "objectionDeadline",
            "disputeDeadline",
            "decisionDueDate",
            "outcome",
            "reasons",
            "workingDaysLeft",
            "workingDaysOverdue",
            "clock",
            "opdCode",
            "queued",
            "filedDate",
            "routingReason",
            "grounds",
            "exemption",
            "holderName",
            "onTime",
            "unansweredObjectionDeadline",
            "previousUnansweredObjectionDeadline",
            "previousObjectionDeadline",
            "previousDecisionDueDate",
            "previousDisputeDeadline",
            "exemptionReason",
            "notHeldPart",
            "format",
            "delivery",
            "availableFrom",
            "feeExplanation",
            "paymentInstructions",
            "decidedDate",
            "correctsDecision");

    private static final Pattern ISO_DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");
    private static final String SEPARATOR_TO_EN = "\n\n---------------- English ----------------\n\n";
    private static final String SEPARATOR_TO_ID = "\n\n------------ Bahasa Indonesia ------------\n\n";

    @Inject
    Engine engine;

    @Inject
    NotificationConfig config;

    /** Renders {@code message} for a reader of {@code language}, addressed to {@code name}. */
    public Rendered render(Notification message, String language, String name) {
        String first = "en".equals(language) ? "en" : "id";
        String second = "en".equals(first) ? "id" : "en";
        String[] primary = renderOne(message, first, name);
        String[] other = renderOne(message, second, name);
        String text = primary[1] + ("en".equals(first) ? SEPARATOR_TO_ID : SEPARATOR_TO_EN) + other[1];
        return new Rendered("[PPID] " + primary[0], text);
    }

    private String[] renderOne(Notification message, String language, String name) {
        Template template = engine.getTemplate("mail/" + message.kind + "_" + language);
        if (template == null) {
            throw new IllegalStateException("no template mail/" + message.kind + "_" + language + ".txt");
        }
        Map<String, Object> m = new HashMap<>();
        KEYS.forEach(key -> m.put(key, null));
        message.data.forEach((key, value) -> m.put(key, localise(key, value, language)));
        estimates(message.data, language).forEach((key, caveat) -> m.computeIfPresent(key, (k, date) -> date + caveat));
        String opdCode = message.data.get("opdCode");
        String opdName = message.data.get("opdName");
        if (opdCode != null && opdName == null) {
            OpdDesk desk = OpdDesk.findById(opdCode);
            opdName = desk == null ? opdCode : desk.name;
        }
        m.put("opdName", opdName);
        String rendered = template.data("m", m)
                .data(
                        "raw",
                        m.keySet().stream()
                                .collect(
                                        HashMap<String, Object>::new,
                                        (map, key) -> map.put(key, message.data.get(key)),
                                        HashMap::putAll))
                .data("name", name)
                .data("requestId", message.requestId.toString())
                .data("portal", config.portalUrl())
                .data("publicBody", config.publicBodyName())
                .data("commission", config.informationCommission())
                .render()
                .strip();
        int newline = rendered.indexOf('\n');
        if (newline < 0) {
            return new String[] {rendered, ""};
        }
        return new String[] {
            rendered.substring(0, newline).strip(),
            rendered.substring(newline + 1).strip()
        };
    }

    /**
     * The caveat after each date the message's data marks as an estimate (counted through a year whose holiday decree
     * is not loaded yet), e.g. " (perkiraan; tanggal pasti mengikuti SKB hari libur 2027)".
     */
    static Map<String, String> estimates(Map<String, String> data, String language) {
        String dates = data.get(Messages.PROVISIONAL_DATES);
        String years = data.get(Messages.PROVISIONAL_YEARS);
        if (dates == null || years == null) {
            return Map.of();
        }
        String list = years.replace(",", "en".equals(language) ? " and " : " dan ");
        String caveat = "en".equals(language)
                ? " (estimate; the exact date follows the " + list + " holiday decree)"
                : " (perkiraan; tanggal pasti mengikuti SKB hari libur " + list + ")";
        Map<String, String> caveats = new HashMap<>();
        for (String key : dates.split(",")) {
            caveats.put(key, caveat);
        }
        return caveats;
    }

    private static Object localise(String key, String value, String language) {
        if (value == null) {
            return null;
        }
        if (ISO_DATE.matcher(value).matches()) {
            try {
                return DateTexts.full(LocalDate.parse(value), language);
            } catch (DateTimeParseException e) {
                return value;
            }
        }
        String label = Labels.of(key, value, language);
        return label != null ? label : value;
    }
}

package id.go.cilegon.ppid.notification.service;

import id.go.cilegon.ppid.contracts.sla.SlaClock;
import id.go.cilegon.ppid.notification.config.DeadlineConfig;
import id.go.cilegon.ppid.notification.config.NotificationConfig;
import id.go.cilegon.ppid.notification.domain.ReminderStep.Action;
import id.go.cilegon.ppid.notification.domain.ReminderStep.Target;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The configured reminder and escalation ladder of each clock, checked at startup so a typo in a setting stops
 * the service instead of silently dropping a reminder.
 */
@ApplicationScoped
public class Ladder {

    /**
     * One rung: fire {@code offset} working days from the due date (negative before it, 0 on the day).
     *
     * @param offset working days relative to the due date
     * @param action what firing does
     * @param target who it is for
     */
    public record Rung(int offset, Action action, Target target) {}

    @Inject
    NotificationConfig config;

    @Inject
    DeadlineConfig deadlines;

    private final Map<SlaClock, List<Rung>> rungs = new EnumMap<>(SlaClock.class);

    @PostConstruct
    void init() {
        List<Rung> answer = new ArrayList<>(reminders(
                config.answerLadder().remindBefore(),
                Action.REMIND,
                Target.ASSIGNEE,
                "ppid.notification.answer-ladder.remind-before"));
        answer.addAll(
                escalations(config.answerLadder().escalateAfter(), "ppid.notification.answer-ladder.escalate-after"));
        // Pasal 35(1) c: the applicant may object once the answer is late; tell them on the next working day.
        answer.add(new Rung(1, Action.DEADLINE_PASSED, Target.APPLICANT));
        rungs.put(SlaClock.ANSWER, List.copyOf(answer));

        List<Rung> objection = new ArrayList<>(reminders(
                config.objectionLadder().remindBefore(),
                Action.REMIND,
                Target.PPID_SUPERIOR,
                "ppid.notification.objection-ladder.remind-before"));
        objection.addAll(escalations(
                config.objectionLadder().escalateAfter(), "ppid.notification.objection-ladder.escalate-after"));
        // Pasal 37(2): an objection left unanswered opens the route to the Komisi Informasi; tell the applicant the
        // next
        // working day.
        objection.add(new Rung(1, Action.OBJECTION_UNANSWERED, Target.APPLICANT));
        rungs.put(SlaClock.OBJECTION_DECISION, List.copyOf(objection));

        List<Rung> window = new ArrayList<>(reminders(
                config.applicantWindows().remindBefore(),
                Action.WINDOW_CLOSES,
                Target.APPLICANT,
                "ppid.notification.applicant-windows.remind-before"));
        window.add(new Rung(1, Action.WINDOW_EXPIRED, Target.NONE));
        rungs.put(SlaClock.OBJECTION_WINDOW, List.copyOf(window));
        rungs.put(SlaClock.DISPUTE_WINDOW, List.copyOf(window));
    }

    /** The rungs of {@code clock}, in no particular order. */
    public List<Rung> of(SlaClock clock) {
        return rungs.get(clock);
    }

    /**
     * Where the DEADLINE_PASSED rung sits for a request: the day after the current due date, or, when the setting
     * reads "not answered" as after the longest lawful period and the request was not extended, after day 17.
     */
    public int deadlinePassedOffset(boolean extended) {
        if (deadlines.unansweredAfter() == DeadlineConfig.UnansweredAfter.MAXIMUM && !extended) {
            return deadlines.extensionWorkingDays() + 1;
        }
        return 1;
    }

    private static List<Rung> reminders(List<Integer> before, Action action, Target target, String setting) {
        List<Rung> result = new ArrayList<>();
        for (Integer days : before) {
            if (days == null || days < 0 || days > 60) {
                throw new IllegalStateException(setting + " must list working days between 0 and 60, got " + days);
            }
            Rung rung = new Rung(-days, action, target);
            if (!result.contains(rung)) {
                result.add(rung);
            }
        }
        return result;
    }

    private static List<Rung> escalations(List<String> entries, String setting) {
        List<Rung> result = new ArrayList<>();
        for (String entry : entries) {
            String[] parts = entry.strip().split(":");
            int days;
            Target target;
            try {
                days = Integer.parseInt(parts[0].strip());
                target = Target.valueOf(parts[1].strip().toUpperCase(Locale.ROOT));
            } catch (RuntimeException e) {
                throw new IllegalStateException(setting + " entries look like '1:PPID_MAIN', got '" + entry + "'", e);
            }
            if (parts.length != 2
                    || days < 1
                    || days > 60
                    || (target != Target.PPID_MAIN && target != Target.PPID_SUPERIOR && target != Target.ASSIGNEE)) {
                throw new IllegalStateException(setting + " entries are '<1-60 working days>:<PPID_MAIN|PPID_SUPERIOR"
                        + "|ASSIGNEE>', got '" + entry + "'");
            }
            result.add(new Rung(days, Action.ESCALATE, target));
        }
        return result;
    }
}

package id.go.cilegon.ppid.index.domain;

import id.go.cilegon.ppid.calendar.LegalTime;
import id.go.cilegon.ppid.contracts.common.InformationCategory;
import id.go.cilegon.ppid.contracts.opd.InformationPublished;
import id.go.cilegon.ppid.contracts.opd.RegisterEntryPublished;
import id.go.cilegon.ppid.contracts.opd.RegisterEntryWithdrawn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** The periodic part of one OPD's register of public information, folded from {@code ppid.opd.events.v1}. */
public final class OpdRegister {

    public String opdCode;
    public TreeMap<String, PeriodicEntry> entries = new TreeMap<>();

    public OpdRegister() {}

    public OpdRegister(String opdCode) {
        this.opdCode = opdCode;
    }

    /** Applies one OPD event; replaying the same event changes nothing. Returns whether anything changed. */
    public boolean apply(Object payload) {
        if (payload instanceof RegisterEntryPublished e) {
            if (e.category() != InformationCategory.PERIODIC) {
                // An entry that stops being periodic is no longer owed; its editions go with it.
                PeriodicEntry removed = entries.get(e.entryId());
                if (removed != null && removed.intervalMonths != null) {
                    entries.remove(e.entryId());
                    return true;
                }
                return false;
            }
            PeriodicEntry entry = entries.computeIfAbsent(e.entryId(), id -> new PeriodicEntry());
            LocalDate registered = LegalTime.toLegalDate(e.publishedAt());
            entry.title = e.title();
            entry.intervalMonths = e.publicationIntervalMonths();
            // A corrected entry keeps its schedule: the first registration anchors it.
            if (entry.registeredDate == null || registered.isBefore(entry.registeredDate)) {
                entry.registeredDate = registered;
            }
            entry.withdrawnDate = null;
            return true;
        }
        if (payload instanceof RegisterEntryWithdrawn e) {
            PeriodicEntry entry = entries.get(e.entryId());
            if (entry == null) {
                return false;
            }
            entry.withdrawnDate = LegalTime.toLegalDate(e.withdrawnAt());
            return true;
        }
        if (payload instanceof InformationPublished e) {
            // Kept even before the register entry is known: events of one OPD may be produced by several systems.
            PeriodicEntry entry = entries.computeIfAbsent(e.entryId(), id -> new PeriodicEntry());
            LocalDate earlier = entry.publications.get(e.dueDate());
            if (earlier != null && !e.publishedDate().isBefore(earlier)) {
                return false;
            }
            entry.publications.put(e.dueDate(), e.publishedDate());
            return true;
        }
        return false;
    }

    /** Editions of all periodic entries due up to {@code today}. */
    public List<PeriodicEntry.Edition> editions(LocalDate today) {
        List<PeriodicEntry.Edition> all = new ArrayList<>();
        entries.values().forEach(entry -> all.addAll(entry.editions(today)));
        return all;
    }
}

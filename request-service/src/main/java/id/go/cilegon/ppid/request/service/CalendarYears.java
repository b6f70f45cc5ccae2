package id.go.cilegon.ppid.request.service;

import com.fasterxml.jackson.core.type.TypeReference;
import id.go.cilegon.ppid.calendar.CalendarDataException;
import id.go.cilegon.ppid.calendar.CalendarEntry;
import id.go.cilegon.ppid.calendar.CalendarFile;
import id.go.cilegon.ppid.calendar.CalendarSettings;
import id.go.cilegon.ppid.calendar.LiveCalendar;
import id.go.cilegon.ppid.calendar.WorkingDayCalendar;
import id.go.cilegon.ppid.calendar.YearSource;
import id.go.cilegon.ppid.calendar.YearStatus;
import id.go.cilegon.ppid.calendar.feed.CalendarFeed;
import id.go.cilegon.ppid.contracts.EventJson;
import id.go.cilegon.ppid.contracts.calendar.CalendarDay;
import id.go.cilegon.ppid.contracts.calendar.CalendarDayKind;
import id.go.cilegon.ppid.contracts.calendar.CalendarYearPublished;
import id.go.cilegon.ppid.contracts.calendar.CalendarYearStatus;
import id.go.cilegon.ppid.kit.outbox.Outbox;
import id.go.cilegon.ppid.kit.problem.FieldViolation;
import id.go.cilegon.ppid.kit.problem.InvalidInputException;
import id.go.cilegon.ppid.request.domain.LifecycleException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The platform's calendar, owned here: every revision of every year in {@code calendar_year}, each published on
 * {@code ppid.calendar.v1} through the outbox. At start the bundled years (and the data directory's) are seeded; an
 * operator uploads a year to add it, confirm it as official or correct it. Each new revision asks
 * {@link DeadlineRecalculation} to count again the dates of the requests that cross its year.
 */
@ApplicationScoped
public class CalendarYears {

    private static final Logger LOG = Logger.getLogger(CalendarYears.class);
    /** Serialises seeding across replicas (pg_advisory_xact_lock key: "ppid-cal"). */
    private static final long SEED_LOCK = 0x7070_6964_2d63_616cL;

    private static final TypeReference<List<CalendarDay>> DAYS = new TypeReference<>() {};

    /** Where a revision came from. */
    public enum Origin {
        /** Seeded from the jar or the data directory at start. */
        BUNDLED,
        /** Uploaded by an operator. */
        UPLOADED
    }

    /** One stored revision of a year. */
    public record Revision(
            int year,
            long revision,
            YearStatus status,
            Origin origin,
            String legalSource,
            String version,
            List<CalendarDay> days,
            List<String> warnings,
            String publishedBy,
            Instant publishedAt) {}

    /** The outcome of an upload: the revision in force and whether the upload made it (false: same as before). */
    public record Upload(Revision revision, boolean created) {}

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    LiveCalendar live;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @ConfigProperty(name = "ppid.calendar.data-dir")
    Optional<Path> dataDirectory;

    @ConfigProperty(name = "ppid.calendar.cuti-bersama-is-working-day", defaultValue = "false")
    boolean cutiBersama;

    @ConfigProperty(name = "ppid.calendar.seed", defaultValue = "true")
    boolean seedEnabled;

    void seedAtStart(@Observes StartupEvent start) {
        if (seedEnabled) {
            QuarkusTransaction.requiringNew().run(this::seed);
        }
    }

    /**
     * Publishes each bundled (or data-directory) year that the topic does not have yet, or whose bundled list changed
     * since it was seeded; a year an operator uploaded is never overwritten by the bundle.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void seed() {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)")
                .setParameter(1, SEED_LOCK)
                .getSingleResult();
        WorkingDayCalendar bundled = WorkingDayCalendar.create(new CalendarSettings(dataDirectory, cutiBersama));
        for (YearSource source : bundled.yearSources()) {
            CalendarFile file = bundled.file(source.year()).orElseThrow();
            Optional<Revision> latest = latest(source.year());
            if (latest.isPresent()
                    && (latest.get().origin() == Origin.UPLOADED
                            || latest.get().version().equals(file.version()))) {
                continue;
            }
            Revision published = insert(
                    file, Origin.BUNDLED, null, latest.map(Revision::revision).orElse(0L) + 1);
            LOG.infof(
                    "Calendar %d seeded as revision %d from %s (%s, version %s)",
                    source.year(), published.revision(), source.location(), file.status(), file.version());
        }
    }

    /**
     * Takes an operator's list of {@code year}: checked like every calendar file, then stored as the year's next
     * revision, published, and the dates of the requests it touches counted again. Uploading what is already in force
     * changes nothing (a retry is safe).
     *
     * @throws InvalidInputException with the line and the problem when the list is invalid
     * @throws LifecycleException    when an official year would become provisional, or a version is reused for
     *                               other days
     */
    @Transactional
    public Upload upload(int year, String text, String uploadedBy) {
        CalendarFile file = parse(year, text);
        em.createNativeQuery("select pg_advisory_xact_lock(?1)")
                .setParameter(1, SEED_LOCK)
                .getSingleResult();
        Optional<Revision> latest = latest(year);
        if (latest.isPresent()) {
            Revision current = latest.get();
            if (current.status() == YearStatus.OFFICIAL && file.status() == YearStatus.PROVISIONAL) {
                throw new LifecycleException(
                        "calendar-year-official",
                        year + " is official (" + current.legalSource() + ", version " + current.version()
                                + "); a correction must be an official list too.",
                        "Tahun " + year + " sudah resmi (" + current.legalSource() + ", versi " + current.version()
                                + "); perbaikannya harus berupa daftar resmi juga.");
            }
            if (current.version().equals(file.version())) {
                if (current.status() == file.status()
                        && current.legalSource().equals(file.legalSource())
                        && current.days().equals(days(file))) {
                    return new Upload(current, false);
                }
                throw new LifecycleException(
                        "calendar-version-reused",
                        "Version " + file.version() + " of " + year + " is already published with other content; give "
                                + "the corrected list a new '# version:'.",
                        "Versi " + file.version() + " tahun " + year
                                + " sudah diterbitkan dengan isi lain; beri daftar "
                                + "yang diperbaiki '# version:' yang baru.");
            }
        }
        Revision revision = insert(
                file,
                Origin.UPLOADED,
                uploadedBy,
                latest.map(Revision::revision).orElse(0L) + 1);
        LOG.infof(
                "Calendar %d uploaded by %s as revision %d (%s, %s, version %s, %d warning(s))",
                year,
                uploadedBy,
                revision.revision(),
                file.status(),
                file.legalSource(),
                file.version(),
                file.warnings().size());
        // This replica counts on the new year at once, without waiting for the topic; the others follow the topic.
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    live.apply(file, revision.revision()); // wakes the recalculation
                }
            }
        });
        return new Upload(revision, true);
    }

    /** The stored revisions of {@code year}, newest first. */
    @Transactional
    public List<Revision> revisions(int year) {
        return select("where year = ?1 order by revision desc", year);
    }

    /** The revision of {@code year} in force, if the year was ever published. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Revision> latest(int year) {
        return select("where year = ?1 order by revision desc limit 1", year).stream()
                .findFirst();
    }

    private static CalendarFile parse(int year, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(List.of(new FieldViolation(
                    "body",
                    "calendar-empty",
                    "Send the year's list as text/csv: '# source:' and '# version:' headers, then one "
                            + "'yyyy-MM-dd,HOLIDAY|CUTI_BERSAMA,name' line per day.",
                    "Kirim daftar tahun ini sebagai text/csv: header '# source:' dan '# version:', lalu satu baris "
                            + "'yyyy-MM-dd,HOLIDAY|CUTI_BERSAMA,nama' per hari.")));
        }
        try {
            return CalendarFile.parse(year, "upload", text);
        } catch (CalendarDataException e) {
            String field = e.line() > 0 ? "line " + e.line() : "body";
            throw new InvalidInputException(List.of(new FieldViolation(
                    field,
                    "calendar-invalid",
                    e.problem(),
                    (e.line() > 0 ? "Baris " + e.line() + ": " : "") + "daftar tidak sah: " + e.problem())));
        }
    }

    private Revision insert(CalendarFile file, Origin origin, String publishedBy, long revision) {
        Instant now = clock.instant();
        List<CalendarDay> days = days(file);
        em.createNativeQuery("""
                insert into calendar_year (year, revision, status, origin, legal_source, version, days, warnings,
                                           published_by, published_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, cast(?7 as jsonb), cast(?8 as jsonb), ?9, ?10)""")
                .setParameter(1, file.year())
                .setParameter(2, revision)
                .setParameter(3, file.status().name())
                .setParameter(4, origin.name())
                .setParameter(5, file.legalSource())
                .setParameter(6, file.version())
                .setParameter(7, EventJson.writeString(days))
                .setParameter(8, EventJson.writeString(file.warnings()))
                .setParameter(9, publishedBy)
                .setParameter(10, now)
                .executeUpdate();
        em.createNativeQuery("""
                insert into calendar_recalculation (year, revision, requested_at) values (?1, ?2, ?3)""")
                .setParameter(1, file.year())
                .setParameter(2, revision)
                .setParameter(3, now)
                .executeUpdate();
        outbox.append(
                new CalendarYearPublished(
                        file.year(),
                        CalendarYearStatus.valueOf(file.status().name()),
                        file.legalSource(),
                        file.version(),
                        revision,
                        days,
                        now),
                Integer.toString(file.year()),
                now);
        return new Revision(
                file.year(),
                revision,
                file.status(),
                origin,
                file.legalSource(),
                file.version(),
                days,
                file.warnings(),
                publishedBy,
                now);
    }

    /** The days of a list as the topic carries them. */
    static List<CalendarDay> days(CalendarFile file) {
        return file.entries().stream().map(CalendarYears::day).toList();
    }

    private static CalendarDay day(CalendarEntry entry) {
        return new CalendarDay(
                entry.date(), CalendarDayKind.valueOf(entry.kind().name()), entry.name());
    }

    /** A stored revision as the calendar counts it. */
    public static CalendarFile file(Revision revision) {
        return CalendarFeed.toFile(new CalendarYearPublished(
                revision.year(),
                CalendarYearStatus.valueOf(revision.status().name()),
                revision.legalSource(),
                revision.version(),
                revision.revision(),
                revision.days(),
                revision.publishedAt()));
    }

    private List<Revision> select(String where, int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery("""
                select year, revision, status, origin, legal_source, version, cast(days as text), cast(warnings as text),
                       published_by, published_at
                from calendar_year
                """ + where).setParameter(1, year).getResultList();
        return rows.stream()
                .map(r -> new Revision(
                        ((Number) r[0]).intValue(),
                        ((Number) r[1]).longValue(),
                        YearStatus.valueOf((String) r[2]),
                        Origin.valueOf((String) r[3]),
                        (String) r[4],
                        (String) r[5],
                        read((String) r[6], DAYS),
                        read((String) r[7], new TypeReference<List<String>>() {}),
                        (String) r[8],
                        instant(r[9])))
                .toList();
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return EventJson.mapper().readValue(json, type);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("calendar_year holds unreadable JSON", e);
        }
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}

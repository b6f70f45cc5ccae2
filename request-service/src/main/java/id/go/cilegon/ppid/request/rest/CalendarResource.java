package id.go.cilegon.ppid.request.rest;

import id.go.cilegon.ppid.calendar.LegalTime;
import id.go.cilegon.ppid.calendar.LiveCalendar;
import id.go.cilegon.ppid.calendar.WorkingDayCalendar;
import id.go.cilegon.ppid.calendar.YearSource;
import id.go.cilegon.ppid.calendar.feed.PlatformCalendar;
import id.go.cilegon.ppid.kit.problem.FieldViolation;
import id.go.cilegon.ppid.kit.problem.InvalidInputException;
import id.go.cilegon.ppid.request.security.Roles;
import id.go.cilegon.ppid.request.service.CalendarYears;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The platform's working-day calendar: which years are official and which are estimates, the days of a year, and the
 * upload by which an administrator adds a year, confirms it with the signed decree or corrects it.
 */
@Path("/calendar/years")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar", description = "Kalender hari kerja: hari libur nasional dan cuti bersama per tahun")
public class CalendarResource {

    /** A year's list is a few dozen lines; anything this long is not one. */
    private static final int MAX_UPLOAD_CHARS = 100_000;

    @Inject
    CalendarYears years;

    @Inject
    PlatformCalendar platform;

    @Inject
    LiveCalendar live;

    @Inject
    SecurityIdentity identity;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({Roles.APPLICANT, Roles.OFFICER, Roles.MAIN, Roles.SUPERIOR, Roles.ADMIN})
    @Operation(
            summary = "Every year the platform counts on, and always this year and the next",
            description = "OFFICIAL: from the signed decree. PROVISIONAL: an estimate (or a list of candidates), dates "
                    + "counted through it are estimates.")
    public List<CalendarViews.Year> list() {
        return platform.years(LegalTime.toLegalDate(clock.instant())).stream()
                .map(CalendarViews.Year::of)
                .toList();
    }

    @GET
    @Path("/{year}")
    @RolesAllowed({Roles.APPLICANT, Roles.OFFICER, Roles.MAIN, Roles.SUPERIOR, Roles.ADMIN})
    @Operation(summary = "The days off of one year: certain ones, and for a provisional year the candidates")
    public CalendarViews.YearDays get(@RestPath int year) {
        requireYear(year);
        return days(year);
    }

    @GET
    @Path("/{year}")
    @Produces("text/csv")
    @RolesAllowed({Roles.APPLICANT, Roles.OFFICER, Roles.MAIN, Roles.SUPERIOR, Roles.ADMIN})
    @Operation(
            summary = "The list a year counts on, in the upload format: download, correct, upload again",
            description =
                    "404 for a year counted from the estimate alone (no list: write one from calendar/README.md).")
    public String csv(@RestPath int year) {
        requireYear(year);
        return live.current()
                .file(year)
                .map(id.go.cilegon.ppid.calendar.CalendarFile::toCsv)
                .orElseThrow(() -> new jakarta.ws.rs.NotFoundException("no list for " + year));
    }

    @PUT
    @Path("/{year}")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            summary = "Upload a year's list (the CSV of calendar/README.md)",
            description = "Checked, stored as the year's next revision, published on ppid.calendar.v1 for every "
                    + "service, and the dates of the requests that cross the year are counted again. '# status: "
                    + "official' with the decree as '# source:' confirms a year. Uploading what is in force changes "
                    + "nothing (200); a new revision is 201.")
    public RestResponse<CalendarViews.YearDays> upload(@RestPath int year, String body) {
        requireYear(year);
        if (body != null && body.length() > MAX_UPLOAD_CHARS) {
            throw new InvalidInputException(List.of(new FieldViolation(
                    "body",
                    "calendar-too-long",
                    "A year's list is at most " + MAX_UPLOAD_CHARS + " characters.",
                    "Daftar satu tahun paling banyak " + MAX_UPLOAD_CHARS + " karakter.")));
        }
        CalendarYears.Upload upload =
                years.upload(year, body, identity.getPrincipal().getName());
        CalendarViews.YearDays view = days(year, upload);
        return upload.created()
                ? RestResponse.ResponseBuilder.<CalendarViews.YearDays>created(URI.create("/calendar/years/" + year))
                        .entity(view)
                        .build()
                : RestResponse.ok(view);
    }

    private CalendarViews.YearDays days(int year) {
        return days(
                year,
                years.latest(year).map(r -> new CalendarYears.Upload(r, false)).orElse(null));
    }

    private CalendarViews.YearDays days(int year, CalendarYears.Upload upload) {
        WorkingDayCalendar calendar = live.current();
        YearSource source = calendar.yearSource(year);
        List<CalendarViews.Day> days = new ArrayList<>();
        calendar.entries(year).forEach(e -> days.add(CalendarViews.Day.of(e, false)));
        calendar.candidates(year).forEach(e -> days.add(CalendarViews.Day.of(e, true)));
        days.sort(Comparator.comparing(CalendarViews.Day::date));
        return new CalendarViews.YearDays(
                CalendarViews.Year.of(new PlatformCalendar.YearLine(
                        year,
                        source.status().name(),
                        source.origin().name(),
                        source.legalSource(),
                        source.version(),
                        live.revision(year))),
                days,
                upload == null ? List.of() : upload.revision().warnings(),
                upload == null ? null : upload.revision().revision(),
                upload == null ? null : upload.revision().origin().name(),
                upload == null ? null : upload.revision().publishedAt(),
                upload != null && upload.created());
    }

    private static void requireYear(int year) {
        if (year < 1900 || year > 2999) {
            throw new InvalidInputException(List.of(new FieldViolation(
                    "year",
                    "calendar-year",
                    "The year must be between 1900 and 2999.",
                    "Tahun harus antara 1900 dan 2999.")));
        }
    }
}

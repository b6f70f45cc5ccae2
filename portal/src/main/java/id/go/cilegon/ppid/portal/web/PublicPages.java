package id.go.cilegon.ppid.portal.web;

import id.go.cilegon.ppid.portal.config.PortalConfig;
import id.go.cilegon.ppid.portal.index.IndexBoard;
import id.go.cilegon.ppid.portal.index.IndexFeed;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The public pages, no login: home, the live openness dashboard, and the applicant's guide. Rendered on the server in
 * the visitor's language; the dashboard follows the index with server-sent events (htmx), and works without them.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PublicPages {

    static final String PERIOD_PARAM = "periode";
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(20);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(IndexViews.HomeView view, CurrentLanguage lang);

        static native TemplateInstance dashboard(IndexViews.DashboardView view, CurrentLanguage lang, String updated);

        static native TemplateInstance dashboard$ranking(IndexViews.DashboardView view, CurrentLanguage lang);

        static native TemplateInstance dashboard$city(
                IndexViews.DashboardView view, CurrentLanguage lang, String updated);

        static native TemplateInstance guide(CurrentLanguage lang);

        static native TemplateInstance problem(String title, String detail, CurrentLanguage lang);
    }

    @Inject
    CurrentLanguage language;

    @Inject
    IndexViews views;

    @Inject
    IndexFeed feed;

    @Inject
    PortalConfig config;

    @GET
    public TemplateInstance home() {
        return localized(Templates.home(views.home(language.locale()), language), language.locale());
    }

    @GET
    @Path("indeks")
    public RestResponse<TemplateInstance> dashboard(@QueryParam(PERIOD_PARAM) String period) {
        String label = period == null || period.isBlank() ? IndexBoard.current() : period.strip();
        if (!IndexViews.knownPeriod(label)) {
            return RestResponse.status(
                    RestResponse.Status.BAD_REQUEST,
                    problem(
                            language,
                            language.english() ? "Unknown period" : "Periode tidak dikenal",
                            language.english()
                                    ? "A period is a month (2026-03), a year (2026) or rolling-90d."
                                    : "Periode berupa bulan (2026-03), tahun (2026) atau rolling-90d."));
        }
        Locale locale = language.locale();
        return RestResponse.ok(
                localized(Templates.dashboard(views.dashboard(label, locale), language, now(locale)), locale));
    }

    /**
     * The dashboard's live updates: after each change of the index (gathered for {@code ppid.portal.live-batch}), the
     * ranking's rows ({@code ranking}) and the city's summary ({@code city}) rendered again in the page's language.
     */
    @GET
    @Path("indeks/langsung")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> live(@QueryParam(PERIOD_PARAM) String period, @Context Sse sse) {
        String label =
                period == null || !IndexViews.knownPeriod(period.strip()) ? IndexBoard.current() : period.strip();
        Locale locale = language.locale();
        CurrentLanguage lang = language.copy();
        Multi<OutboundSseEvent> updates = feed.changes()
                .group()
                .intoLists()
                .every(config.liveBatch())
                .filter(batch -> !batch.isEmpty())
                .onItem()
                .transformToMultiAndConcatenate(batch -> {
                    IndexViews.DashboardView view = views.dashboard(label, locale);
                    return Multi.createFrom()
                            .items(
                                    sse.newEventBuilder()
                                            .name("ranking")
                                            .data(localized(Templates.dashboard$ranking(view, lang), locale)
                                                    .render())
                                            .build(),
                                    sse.newEventBuilder()
                                            .name("city")
                                            .data(localized(Templates.dashboard$city(view, lang, now(locale)), locale)
                                                    .render())
                                            .build());
                });
        Multi<OutboundSseEvent> keepAlive = Multi.createFrom()
                .ticks()
                .every(KEEP_ALIVE)
                .map(tick -> sse.newEventBuilder().comment("keep-alive").build());
        return Multi.createBy().merging().streams(updates, keepAlive);
    }

    @GET
    @Path("panduan")
    public TemplateInstance guide() {
        return localized(Templates.guide(language), language.locale());
    }

    /** A page that says what went wrong, in the visitor's language. */
    static TemplateInstance problem(CurrentLanguage lang, String title, String detail) {
        return localized(Templates.problem(title, detail, lang), lang.locale());
    }

    private static TemplateInstance localized(TemplateInstance page, Locale locale) {
        return page.setAttribute("locale", locale);
    }

    private static String now(Locale locale) {
        return LocalTime.now(IndexViews.WIB).format(DateTimeFormatter.ofPattern("HH.mm.ss", locale)) + " WIB";
    }
}

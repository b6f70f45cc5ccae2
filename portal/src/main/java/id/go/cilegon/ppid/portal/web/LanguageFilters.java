package id.go.cilegon.ppid.portal.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.UriBuilder;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Picks each page's language ({@code ?lang=}, else the cookie, else Indonesian) and remembers a choice. */
public class LanguageFilters {

    private static final String CHOSEN = "ppid.language.chosen";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Inject
    CurrentLanguage language;

    @ServerRequestFilter
    public void pick(ContainerRequestContext request) {
        Locale asked = CurrentLanguage.supported(
                request.getUriInfo().getQueryParameters().getFirst("lang"));
        Cookie remembered = request.getCookies().get(CurrentLanguage.COOKIE);
        Locale locale =
                asked != null ? asked : remembered == null ? null : CurrentLanguage.supported(remembered.getValue());
        if (locale == null) {
            locale = CurrentLanguage.INDONESIAN;
        }
        if (asked != null) {
            request.setProperty(CHOSEN, asked.getLanguage());
        }
        String other = "en".equals(locale.getLanguage()) ? "id" : "en";
        String switchHref = UriBuilder.fromUri(request.getUriInfo().getRequestUri())
                .replaceQueryParam("lang", other)
                .build()
                .getRawPath();
        String query = UriBuilder.fromUri(request.getUriInfo().getRequestUri())
                .replaceQueryParam("lang", other)
                .build()
                .getRawQuery();
        language.set(locale, query == null ? switchHref : switchHref + "?" + query);
    }

    @ServerResponseFilter
    public void remember(ContainerRequestContext request, ContainerResponseContext response) {
        Object chosen = request.getProperty(CHOSEN);
        if (chosen != null) {
            NewCookie cookie = new NewCookie.Builder(CurrentLanguage.COOKIE)
                    .value(chosen.toString())
                    .path("/")
                    .maxAge(ONE_YEAR)
                    .httpOnly(true)
                    .secure("https".equals(request.getUriInfo().getRequestUri().getScheme()))
                    .sameSite(NewCookie.SameSite.LAX)
                    .build();
            response.getHeaders().add(HttpHeaders.SET_COOKIE, cookie);
        }
    }
}

package id.go.cilegon.ppid.portal.web;

import jakarta.enterprise.context.RequestScoped;
import java.util.Locale;

/**
 * The language of the current page: Bahasa Indonesia unless the visitor chose English ({@code ?lang=en}, remembered
 * in the {@value #COOKIE} cookie). Set by {@link LanguageFilters} before a page is rendered.
 */
@RequestScoped
public class CurrentLanguage {

    public static final String COOKIE = "ppid_lang";
    public static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private Locale locale = INDONESIAN;
    private String switchHref = "?lang=en";

    public Locale locale() {
        return locale;
    }

    /** {@code id} or {@code en}, for the page's {@code lang} attribute. */
    public String tag() {
        return locale.getLanguage();
    }

    public boolean english() {
        return "en".equals(locale.getLanguage());
    }

    /** The link to the same page in the other language. */
    public String switchHref() {
        return switchHref;
    }

    /** A copy that outlives the request (a live stream renders after its request scope ended). */
    CurrentLanguage copy() {
        CurrentLanguage copy = new CurrentLanguage();
        copy.set(locale, switchHref);
        return copy;
    }

    void set(Locale locale, String switchHref) {
        this.locale = locale;
        this.switchHref = switchHref;
    }

    /** The language a tag asks for, if it is one of the portal's two. */
    static Locale supported(String tag) {
        if ("en".equals(tag)) {
            return Locale.ENGLISH;
        }
        return "id".equals(tag) ? INDONESIAN : null;
    }
}

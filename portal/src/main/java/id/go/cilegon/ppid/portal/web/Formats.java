package id.go.cilegon.ppid.portal.web;

import io.quarkus.qute.TemplateExtension;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and numbers in a page's language, for templates: {@code {date.longDate}}, {@code {days.decimal}}. */
@TemplateExtension
public final class Formats {

    private Formats() {}

    /** {@code 8 Desember 2026}, {@code 8 December 2026}. */
    static String longDate(LocalDate date, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", localeOf(locale)));
    }

    /** One decimal in the page's notation: {@code 6,5} in Indonesian, {@code 6.5} in English. */
    static String decimal(Double value, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        NumberFormat format = NumberFormat.getNumberInstance(localeOf(locale));
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    private static Locale localeOf(Object locale) {
        return locale instanceof Locale l ? l : CurrentLanguage.INDONESIAN;
    }
}

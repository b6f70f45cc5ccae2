package id.go.cilegon.ppid.notification.rest;

import id.go.cilegon.ppid.notification.domain.FieldViolation;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Field violations with the message in English and Bahasa Indonesia, from {@code messages/validation_en|id}. */
public final class ViolationMessages {

    private static final Pattern PARAM = Pattern.compile("\\{(\\w+)}");
    private static final ResourceBundle EN = ResourceBundle.getBundle("messages.validation", Locale.ENGLISH,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    private static final ResourceBundle ID = ResourceBundle.getBundle("messages.validation",
            Locale.forLanguageTag("id"),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private ViolationMessages() {
    }

    /** A message of the bundles by key, with {@code {name}} parameters filled in. */
    public static FieldViolation message(String field, String key, Map<String, Object> parameters) {
        return new FieldViolation(field, key.replaceFirst("^ppid\\.", "").replace('.', '-'),
                render(EN, key, parameters), render(ID, key, parameters));
    }

    private static String render(ResourceBundle bundle, String key, Map<String, Object> parameters) {
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        Matcher param = PARAM.matcher(text);
        StringBuilder out = new StringBuilder();
        while (param.find()) {
            Object value = parameters.get(param.group(1));
            param.appendReplacement(out, Matcher.quoteReplacement(value == null ? param.group() : value.toString()));
        }
        param.appendTail(out);
        return out.toString();
    }
}

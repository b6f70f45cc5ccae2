package id.go.cilegon.ppid.contracts;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Field checks shared by the payload records' compact constructors, mirroring their JSON Schemas.
 *
 * <p>A missing required value fails with {@link NullPointerException} naming the field; any other invalid value
 * with {@link IllegalArgumentException}. Two harmless inputs are normalised instead of rejected: a blank optional
 * text becomes null, and a repeated element of a set-like list is dropped. Public only because the records live in
 * sub-packages.
 */
public final class Checks {

    /** OPD code: upper-case letters, digits and underscores, starting with a letter, 2 to 32 characters. */
    public static final Pattern OPD_CODE = Pattern.compile("^[A-Z][A-Z0-9_]{1,31}$");
    /** Registration number given on receipt (UU 14/2008 Pasal 22(4)), e.g. {@code PPID-2026-000123}. */
    public static final Pattern REGISTRATION_NUMBER = Pattern.compile("^PPID-\\d{4}-\\d{6}$");
    /** Indonesian phone number in E.164 form, e.g. {@code +6281234567890}. */
    public static final Pattern PHONE_E164_ID = Pattern.compile("^\\+62[1-9][0-9]{6,11}$");

    /** The longest URL a contract carries. */
    public static final int MAX_URL_CHARS = 2000;

    /**
     * An e-mail address as mail servers take it: a dot-atom local part (letters, digits and
     * {@code !#$%&'*+/=?^_`{|}~-}, dots between) of at most 64 characters, {@code @}, and a domain of letter-digit-hyphen
     * labels ending in a top-level domain of letters; at most 254 characters in all. Quoted local parts ({@code "a
     * b"@example.com}) and address literals are valid in RFC 5322 but refused here: no desk or citizen needs them, and
     * every part of the platform (REST, events, the mailer) takes the same addresses. Deliverability is checked by
     * sending, not here.
     */
    public static final Pattern EMAIL =
            Pattern.compile("^(?=.{1,64}@)[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$");

    /** Whether {@code value} is an e-mail address as {@link #EMAIL} says, and at most 254 characters long. */
    public static boolean isEmail(String value) {
        return value != null && value.length() <= 254 && EMAIL.matcher(value).matches();
    }

    private Checks() {}

    /** A required text: not null, not blank. */
    public static String text(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    /** An optional text: a blank value means absent and becomes null, so absent is always written the same way. */
    public static String optionalText(String value, String field) {
        return value == null || value.isBlank() ? null : value;
    }

    /**
     * Required text of at most {@code max} characters without control characters (tab, line feed and carriage return
     * allowed): what a column of that size takes, and nothing that would break a log line or a page.
     */
    public static String text(String value, String field, int max) {
        return bounded(text(value, field), field, max);
    }

    /** Optional text (blank is absent), bounded as {@link #text(String, String, int)}. */
    public static String optionalText(String value, String field, int max) {
        String text = optionalText(value, field);
        return text == null ? null : bounded(text, field, max);
    }

    private static String bounded(String value, String field, int max) {
        if (value.length() > max) {
            throw new IllegalArgumentException(
                    field + " has " + value.length() + " characters, at most " + max + " are allowed");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                throw new IllegalArgumentException(
                        field + " holds a control character (U+" + String.format("%04X", (int) c) + ")");
            }
        }
        return value;
    }

    /** A required text matching {@code pattern}. */
    public static String matching(String value, Pattern pattern, String field) {
        Objects.requireNonNull(value, field);
        if (!pattern.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must match " + pattern.pattern() + ", got '" + value + "'");
        }
        return value;
    }

    /** A required text of at most {@code max} characters matching {@code pattern}. */
    public static String matching(String value, Pattern pattern, String field, int max) {
        Objects.requireNonNull(value, field);
        return matching(bounded(value, field, max), pattern, field);
    }

    /** An optional text matching {@code pattern} when present. */
    public static String optionalMatching(String value, Pattern pattern, String field) {
        return value == null ? null : matching(value, pattern, field);
    }

    /** A required OPD code. */
    public static String opdCode(String value, String field) {
        return matching(value, OPD_CODE, field);
    }

    /** An optional OPD code. */
    public static String optionalOpdCode(String value, String field) {
        return optionalMatching(value, OPD_CODE, field);
    }

    /** An optional absolute http(s) URL. */
    public static String optionalUrl(String value, String field) {
        if (value == null) {
            return null;
        }
        if (value.length() > MAX_URL_CHARS) {
            throw new IllegalArgumentException(
                    field + " has " + value.length() + " characters, at most " + MAX_URL_CHARS + " are allowed");
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            if (uri.getHost() != null && ("https".equals(scheme) || "http".equals(scheme))) {
                return value;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new IllegalArgumentException(field + " must be an absolute http(s) URL, got '" + value + "'");
    }

    /** An optional e-mail address ({@link #isEmail}). */
    public static String optionalEmail(String value, String field) {
        if (value != null && !isEmail(value)) {
            throw new IllegalArgumentException(field + " must be an e-mail address");
        }
        return value;
    }

    /** A per-request sequence number: 1 or more. */
    public static long sequence(long value) {
        if (value < 1) {
            throw new IllegalArgumentException("sequence must be 1 or more, got " + value);
        }
        return value;
    }

    /** A count or amount that cannot be negative. */
    public static long notNegative(long value, String field) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must not be negative, got " + value);
        }
        return value;
    }

    /** A count or amount that cannot be negative. */
    public static int notNegative(int value, String field) {
        return (int) notNegative((long) value, field);
    }

    /** A finite number that cannot be negative. */
    public static double notNegative(double value, String field) {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException(field + " must be a finite number of 0 or more, got " + value);
        }
        return value;
    }

    /** An optional finite number that cannot be negative. */
    public static Double optionalNotNegative(Double value, String field) {
        return value == null ? null : notNegative(value.doubleValue(), field);
    }

    /** An optional score on the 0–100 scale of the openness index. */
    public static Double optionalScore(Double value, String field) {
        if (value != null && (!Double.isFinite(value) || value < 0 || value > 100)) {
            throw new IllegalArgumentException(field + " must be between 0 and 100, got " + value);
        }
        return value;
    }

    /** Like {@link #list}, each element a text as {@link #text(String, String, int)} takes it. */
    public static List<String> texts(List<String> value, String field, int max) {
        List<String> copy = list(value, field);
        copy.forEach(text -> text(text, field + "[]", max));
        return copy;
    }

    /** An immutable copy of a list; null becomes the empty list, null elements are rejected. */
    public static <T> List<T> list(List<T> value, String field) {
        if (value == null) {
            return List.of();
        }
        for (int i = 0; i < value.size(); i++) {
            if (value.get(i) == null) {
                throw new NullPointerException(field + "[" + i + "]");
            }
        }
        return List.copyOf(value);
    }

    /**
     * Like {@link #list}, with repeated elements dropped (first occurrence kept), so the list is a set on the wire
     * (JSON Schema {@code uniqueItems}); a form that ticks the same box twice means it once.
     */
    public static <T> List<T> uniqueList(List<T> value, String field) {
        return List.copyOf(new LinkedHashSet<>(list(value, field)));
    }

    /** Like {@link #uniqueList} and with at least one element. */
    public static <T> List<T> nonEmptyUniqueList(List<T> value, String field) {
        List<T> copy = uniqueList(value, field);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(field + " must contain at least one element");
        }
        return copy;
    }

    /** An immutable copy of a count per enum constant, iterated in declaration order; null becomes empty. */
    public static <K extends Enum<K>> Map<K, Long> counts(Map<K, Long> value, Class<K> keyType, String field) {
        EnumMap<K, Long> copy = new EnumMap<>(keyType);
        if (value != null) {
            for (Map.Entry<K, Long> e : value.entrySet()) {
                K key = Objects.requireNonNull(e.getKey(), () -> field + " key");
                Long count = Objects.requireNonNull(e.getValue(), () -> field + "[" + key + "]");
                notNegative(count.longValue(), field + "[" + key + "]");
                copy.put(key, count);
            }
        }
        return Collections.unmodifiableMap(copy);
    }

    /** Fails with {@link IllegalArgumentException} when {@code condition} is false. */
    public static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}

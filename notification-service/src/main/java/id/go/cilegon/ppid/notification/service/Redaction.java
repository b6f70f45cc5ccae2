package id.go.cilegon.ppid.notification.service;

import java.util.regex.Pattern;

/** Removes addresses and echoed values from error texts before they are stored, logged or published. */
public final class Redaction {

    private static final Pattern EMAIL = Pattern.compile("[^\\s<>\"'@,;:()\\[\\]]+@[^\\s<>\"',;:()\\[\\]]+");
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d -]{7,}\\d");
    /** Contract checks echo the rejected value as {@code got '...'}. */
    private static final Pattern ECHOED = Pattern.compile("got '[^']*'");

    private Redaction() {}

    /**
     * The text without e-mail addresses, URLs, phone numbers, echoed values or control characters, on one line, cut to
     * {@code max} characters.
     */
    public static String scrub(String text, int max) {
        if (text == null || text.isBlank()) {
            return "unknown error";
        }
        String clean = ECHOED.matcher(text).replaceAll("got '[redacted]'");
        clean = EMAIL.matcher(clean).replaceAll("[address]");
        clean = URL.matcher(clean).replaceAll("[url]");
        clean = PHONE.matcher(clean).replaceAll("[number]");
        clean = clean.replaceAll("[\\s\\p{Cntrl}]+", " ").strip();
        return clean.length() <= max ? clean : clean.substring(0, max);
    }
}

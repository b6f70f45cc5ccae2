package id.go.cilegon.ppid.request.domain;

/** Indonesian phone numbers, mobile or fixed line, in their written forms and in E.164. */
public final class PhoneNumbers {

    private PhoneNumbers() {}

    /** The number in E.164 form (+62...), or null if it is not an Indonesian number. */
    public static String toE164(String raw) {
        String digits = raw.strip().replaceAll("[\\s.\\-()]", "");
        String national;
        if (digits.startsWith("+62")) {
            national = digits.substring(3);
        } else if (digits.startsWith("62")) {
            national = digits.substring(2);
        } else if (digits.startsWith("0")) {
            national = digits.substring(1);
        } else {
            return null;
        }
        // Mobile: 8xx with 9-12 digits in all; fixed line: an area code 2x-9x with 7-10 digits.
        boolean mobile = national.matches("8[1-9]\\d{7,10}");
        boolean fixed = national.matches("[2-79]\\d{6,9}");
        return mobile || fixed ? "+62" + national : null;
    }
}

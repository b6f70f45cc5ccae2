package id.go.cilegon.ppid.index.service;

/** One invalid input field: its name, a stable code, and the reason in English and Bahasa Indonesia. */
public record FieldViolation(String field, String code, String message, String messageId) {
}

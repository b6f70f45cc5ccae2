package id.go.cilegon.ppid.kit.problem;

/** One invalid input field: its JSON path, a stable code, and the reason in English and Bahasa Indonesia. */
public record FieldViolation(String field, String code, String message, String messageId) {}

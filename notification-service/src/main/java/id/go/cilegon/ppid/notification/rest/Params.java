package id.go.cilegon.ppid.notification.rest;

import id.go.cilegon.ppid.kit.problem.FieldViolation;
import id.go.cilegon.ppid.kit.problem.InvalidInputException;
import id.go.cilegon.ppid.kit.problem.ViolationMessages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/** Checks query and path parameters, collecting every violation so one answer names them all. */
final class Params {

    static final int MAX_PAGE_SIZE = 100;
    private static final Pattern OPD_CODE = Pattern.compile("^[A-Z][A-Z0-9_]{1,31}$");

    private final List<FieldViolation> violations = new ArrayList<>();

    void page(int page, int size) {
        if (page < 0) {
            violations.add(ViolationMessages.message("page", "ppid.not-negative", Map.of()));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            violations.add(ViolationMessages.message("size", "ppid.range", Map.of("min", 1, "max", MAX_PAGE_SIZE)));
        }
    }

    void range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            violations.add(ViolationMessages.message(field, "ppid.range", Map.of("min", min, "max", max)));
        }
    }

    void opdCode(String field, String value) {
        if (value != null && !OPD_CODE.matcher(value).matches()) {
            violations.add(ViolationMessages.message(field, "ppid.opd-code.invalid", Map.of()));
        }
    }

    UUID uuid(String field, String value) {
        try {
            return UUID.fromString(value);
        } catch (RuntimeException e) {
            violations.add(ViolationMessages.message(field, "ppid.uuid.invalid", Map.of()));
            return null;
        }
    }

    void check() {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}

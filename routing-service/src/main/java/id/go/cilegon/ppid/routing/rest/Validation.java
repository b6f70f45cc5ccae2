package id.go.cilegon.ppid.routing.rest;

import id.go.cilegon.ppid.kit.problem.FieldViolation;
import id.go.cilegon.ppid.kit.problem.InvalidInputException;
import id.go.cilegon.ppid.kit.problem.ViolationMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Validates request bodies and paging into one 400 problem that names every invalid field. */
@ApplicationScoped
public class Validation {

    static final int MAX_PAGE_SIZE = 100;

    @Inject
    Validator validator;

    /** The body's annotation violations (or "body required"), plus {@code extra}. */
    public void require(Object body, List<FieldViolation> extra) {
        List<FieldViolation> violations = new ArrayList<>();
        if (body == null) {
            violations.add(ViolationMessages.message("body", "ppid.body.required", Map.of()));
        } else {
            validator.validate(body).forEach(v -> violations.add(ViolationMessages.of(v, "")));
            violations.addAll(extra);
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    public void require(Object body) {
        require(body, List.of());
    }

    public void requirePage(int page, int size) {
        List<FieldViolation> violations = new ArrayList<>();
        if (page < 0) {
            violations.add(ViolationMessages.message("page", "ppid.not-negative", Map.of()));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            violations.add(ViolationMessages.message("size", "ppid.range", Map.of("min", 1, "max", MAX_PAGE_SIZE)));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /** A path segment that must be an OPD code. */
    public static String opdCode(String code) {
        if (code == null || !code.matches("^[A-Z][A-Z0-9_]{1,31}$")) {
            throw new InvalidInputException(
                    List.of(ViolationMessages.message("opdCode", "ppid.opd-code.invalid", Map.of())));
        }
        return code;
    }
}

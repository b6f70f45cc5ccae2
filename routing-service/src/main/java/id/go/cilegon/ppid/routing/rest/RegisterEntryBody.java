package id.go.cilegon.ppid.routing.rest;

import id.go.cilegon.ppid.contracts.common.InformationCategory;
import id.go.cilegon.ppid.kit.problem.FieldViolation;
import id.go.cilegon.ppid.kit.problem.ViolationMessages;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An entry of an OPD's register of public information (DIP), as its officer writes it. */
public record RegisterEntryBody(
        @NotBlank(message = "{ppid.required}") @Size(max = 500, message = "{ppid.size}")
        String title,

        @NotBlank(message = "{ppid.required}") @Size(max = 4000, message = "{ppid.size}")
        String summary,

        @NotNull(message = "{ppid.required}") InformationCategory category,

        @Size(max = 50, message = "{ppid.count}")
        List<@NotBlank(message = "{ppid.required}") @Size(max = 100, message = "{ppid.size}") String> keywords,

        Integer publicationIntervalMonths) {

    public List<FieldViolation> crossFieldViolations() {
        List<FieldViolation> violations = new ArrayList<>();
        if (publicationIntervalMonths != null && (publicationIntervalMonths < 1 || publicationIntervalMonths > 120)) {
            violations.add(ViolationMessages.message("publicationIntervalMonths", "ppid.interval.invalid", Map.of()));
        } else if (category == InformationCategory.PERIODIC && publicationIntervalMonths == null) {
            violations.add(ViolationMessages.message("publicationIntervalMonths", "ppid.interval.required", Map.of()));
        }
        return violations;
    }
}

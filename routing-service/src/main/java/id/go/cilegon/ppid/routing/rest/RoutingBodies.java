package id.go.cilegon.ppid.routing.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The bodies of the routing steps people take. */
public final class RoutingBodies {

    private RoutingBodies() {}

    /** The PPID Utama's choice of OPD, with an optional note for the history. */
    public record Assignment(
            @NotNull(message = "{ppid.required}")
            @Pattern(regexp = "^[A-Z][A-Z0-9_]{1,31}$", message = "{ppid.opd-code.invalid}")
            String opdCode,

            @Size(max = 2000, message = "{ppid.size}") String note) {}

    /** The assigned OPD says the information is not theirs, optionally naming the right OPD. */
    public record Transfer(
            @NotBlank(message = "{ppid.required}") @Size(min = 10, max = 2000, message = "{ppid.size}")
            String reason,

            @Pattern(regexp = "^[A-Z][A-Z0-9_]{1,31}$", message = "{ppid.opd-code.invalid}")
            String suggestedOpdCode) {}

    /** A request text to try routing on, without routing anything. */
    public record Preview(
            @NotBlank(message = "{ppid.required}") @Size(max = 4000, message = "{ppid.size}")
            String informationDetails,

            @Size(max = 2000, message = "{ppid.size}") String purpose) {}

    /** The keywords of a proposal the PPID Utama accepts; absent or null: all of them. */
    public record KeywordAcceptance(
            @Size(max = 50, message = "{ppid.count}")
            List<@NotBlank(message = "{ppid.required}") @Size(max = 100, message = "{ppid.size}") String> keywords) {}

    /** Why the PPID Utama refuses a keyword proposal (kept in the log for the OPD's questions). */
    public record KeywordRefusal(
            @NotBlank(message = "{ppid.required}") @Size(min = 5, max = 2000, message = "{ppid.size}")
            String reason) {}
}

package id.go.cilegon.ppid.request.rest;

import id.go.cilegon.ppid.contracts.common.CopyDelivery;
import id.go.cilegon.ppid.contracts.common.CopyFormat;
import id.go.cilegon.ppid.contracts.common.DecisionNotice;
import id.go.cilegon.ppid.contracts.common.DecisionType;
import id.go.cilegon.ppid.contracts.common.ExemptionGround;
import id.go.cilegon.ppid.contracts.common.ObjectionGround;
import id.go.cilegon.ppid.contracts.common.ObjectionOutcome;
import id.go.cilegon.ppid.contracts.common.ReceiptChannel;
import id.go.cilegon.ppid.contracts.common.WrittenNotice;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.validator.constraints.Range;

/** The bodies of the lifecycle steps after intake. */
public final class StepBodies {

    private StepBodies() {}

    /** Pasal 22(8): the written reasons for the one extension, and its length, 1 to 7 working days (absent: 7). */
    public record Extension(
            @NotBlank(message = "{ppid.required}") @Size(min = 10, max = 2000, message = "{ppid.size}")
            String reason,

            @Range(min = 1, max = 7, message = "{ppid.range}")
            Integer workingDays) {}

    /** Pasal 22(7): the decision and the contents of the written notice. */
    public record Decision(
            @NotNull(message = "{ppid.required}") DecisionType decision,

            @NotBlank(message = "{ppid.required}") @Size(max = 4000, message = "{ppid.size}")
            String summary,

            List<@NotNull(message = "{ppid.required}") ExemptionGround> exemptionGrounds,
            @Size(max = 4000, message = "{ppid.size}") String exemptionReason,
            @Size(max = 300, message = "{ppid.size}") String holderName,
            CopyFormat format,
            CopyDelivery delivery,
            @PositiveOrZero(message = "{ppid.not-negative}") Long feeRupiah,
            @Size(max = 2000, message = "{ppid.size}") String feeExplanation,
            LocalDate availableFrom,
            @Size(max = 2000, message = "{ppid.size}") String notHeldPart,
            @Size(max = 2000, message = "{ppid.size}") String paymentInstructions) {

        public DecisionNotice notice() {
            return new DecisionNotice(
                    summary,
                    exemptionGrounds,
                    exemptionReason,
                    holderName,
                    format,
                    delivery,
                    feeRupiah == null ? 0 : feeRupiah,
                    feeExplanation,
                    availableFrom,
                    notHeldPart,
                    paymentInstructions);
        }
    }

    /** The applicant's withdrawal, with an optional reason. */
    public record Withdrawal(
            @Size(max = 2000, message = "{ppid.size}") String reason,
            @Size(max = 200, message = "{ppid.size}") String statementReference) {}

    /** A walk-in applicant's request for erasure of their personal data, signed on paper (UU 27/2022 Pasal 8). */
    public record ErasureStatement(
            @NotBlank(message = "{ppid.required}") @Size(max = 200, message = "{ppid.size}")
            String statementReference) {}

    /** Pasal 35: the grounds and the applicant's statement. */
    public record Objection(
            @NotEmpty(message = "{ppid.required}") List<@NotNull(message = "{ppid.required}") ObjectionGround> grounds,

            @NotBlank(message = "{ppid.required}") @Size(min = 10, max = 4000, message = "{ppid.size}")
            String statement) {}

    /** Pasal 36: the Atasan PPID's decision on the objection, with reasons. */
    public record ObjectionDecision(
            @NotNull(message = "{ppid.required}") ObjectionOutcome outcome,

            @NotBlank(message = "{ppid.required}") @Size(min = 10, max = 4000, message = "{ppid.size}")
            String reasons) {}

    /**
     * The applicant received a written notice: {@code notice} which, {@code number} which one (absent: the current),
     * {@code receivedOn} and {@code via} as the desk records them (DESK, POST); the applicant records only PORTAL, today.
     */
    public record NoticeReceipt(
            @NotNull(message = "{ppid.required}") WrittenNotice notice,

            @Range(min = 1, max = 99, message = "{ppid.range}")
            Integer number,

            LocalDate receivedOn,
            ReceiptChannel via) {}

    /** Pasal 37: the date the dispute was filed with the Komisi Informasi. */
    public record Dispute(
            @NotNull(message = "{ppid.required}") LocalDate filedDate,
            @Size(max = 100, message = "{ppid.size}") String caseNumber) {}
}

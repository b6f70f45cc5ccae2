package id.go.cilegon.ppid.contracts.common;

import id.go.cilegon.ppid.contracts.Checks;
import java.time.LocalDate;
import java.util.List;

/**
 * The written notice answering a request (UU 14/2008 Pasal 22(7)); what the applicant is told.
 *
 * @param summary          what is given and what is not, in Bahasa Indonesia
 * @param exemptionGrounds Pasal 17 grounds for what is withheld; non-empty iff refused or partially granted
 *                         with redactions
 * @param exemptionReason  the consequence-test reasoning behind the grounds; required when grounds are given
 * @param holderName       the body that holds the information, when it is known (Pasal 22(7)(c)); a NOT_HELD notice
 *                         names it if the body knows it
 * @param format           form in which copies are given; null when no copy is given
 * @param delivery         how copies reach the applicant; null when no copy is given
 * @param feeRupiah        real cost of copying and delivery in rupiah; 0 means free of charge
 * @param feeExplanation   how the fee was calculated; null when free
 * @param availableFrom    first day the information can be obtained; null when given with the notice
 * @param notHeldPart      for a partial grant: the part of the request the body does not hold (not an exception under
 *                         Pasal 17, so it cites no ground); null when everything not given is withheld as excepted
 * @param paymentInstructions how and where to pay the fee (Pasal 22(7)(g)); required when there is a fee
 */
public record DecisionNotice(
        String summary,
        List<ExemptionGround> exemptionGrounds,
        String exemptionReason,
        String holderName,
        CopyFormat format,
        CopyDelivery delivery,
        long feeRupiah,
        String feeExplanation,
        LocalDate availableFrom,
        String notHeldPart,
        String paymentInstructions) {

    public DecisionNotice {
        Checks.text(summary, "summary", 4000);
        exemptionGrounds = Checks.uniqueList(exemptionGrounds, "exemptionGrounds");
        exemptionReason = Checks.optionalText(exemptionReason, "exemptionReason", 4000);
        holderName = Checks.optionalText(holderName, "holderName", 300);
        Checks.notNegative(feeRupiah, "feeRupiah");
        feeExplanation = Checks.optionalText(feeExplanation, "feeExplanation", 2000);
        notHeldPart = Checks.optionalText(notHeldPart, "notHeldPart", 2000);
        paymentInstructions = Checks.optionalText(paymentInstructions, "paymentInstructions", 2000);
    }

    /** A notice without the fields added later (older producers, tests). */
    public DecisionNotice(
            String summary,
            List<ExemptionGround> exemptionGrounds,
            String exemptionReason,
            String holderName,
            CopyFormat format,
            CopyDelivery delivery,
            long feeRupiah,
            String feeExplanation,
            LocalDate availableFrom) {
        this(
                summary,
                exemptionGrounds,
                exemptionReason,
                holderName,
                format,
                delivery,
                feeRupiah,
                feeExplanation,
                availableFrom,
                null,
                null);
    }

    /**
     * Checks the rules of Pasal 22(7) that tie a notice to its decision, as the JSON Schemas state them: REFUSED
     * names at least one Pasal 17 ground, only REFUSED and PARTIALLY_GRANTED name grounds, grounds come with their
     * reasoning. (A NOT_HELD notice names the holder only when it is known; how to pay a fee and what part is not held
     * are request-service's own rules, see {@code NoticeRules}.)
     *
     * <p>Not called by the constructors: the records carry whatever was decided, and the owner of the decision
     * (request-service) reports violations to the person or system that made it, with its own, possibly stricter,
     * rules. Producers call this (or validate against the schema) before publishing.
     *
     * @throws IllegalArgumentException when the notice does not fit the decision
     */
    public void requireConsistentWith(DecisionType decision) {
        Checks.check(
                exemptionGrounds.isEmpty() || exemptionReason != null,
                "notice.exemptionReason is required when notice.exemptionGrounds are given");
        switch (decision) {
            case REFUSED ->
                Checks.check(
                        !exemptionGrounds.isEmpty(),
                        "a REFUSED decision must name at least one Pasal 17 ground in notice.exemptionGrounds");
            case PARTIALLY_GRANTED -> {
                // Grounds only when something is withheld or redacted.
            }
            case GRANTED, NOT_HELD, NOT_YET_DOCUMENTED ->
                Checks.check(
                        exemptionGrounds.isEmpty(),
                        "notice.exemptionGrounds must be empty for a " + decision + " decision");
            default -> throw new IllegalArgumentException("unknown decision " + decision);
        }
    }
}

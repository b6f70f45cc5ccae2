package id.go.cilegon.ppid.contracts.common;

import java.time.LocalDate;
import java.util.List;

import id.go.cilegon.ppid.contracts.Checks;

/**
 * The written notice answering a request (UU 14/2008 Pasal 22(7)); what the applicant is told.
 *
 * @param summary          what is given and what is not, in Bahasa Indonesia
 * @param exemptionGrounds Pasal 17 grounds for what is withheld; non-empty iff refused or partially granted
 *                         with redactions
 * @param exemptionReason  the consequence-test reasoning behind the grounds; required when grounds are given
 * @param holderName       the body that holds the information; required when the decision is NOT_HELD
 * @param format           form in which copies are given; null when no copy is given
 * @param delivery         how copies reach the applicant; null when no copy is given
 * @param feeRupiah        real cost of copying and delivery in rupiah; 0 means free of charge
 * @param feeExplanation   how the fee was calculated; null when free
 * @param availableFrom    first day the information can be obtained; null when given with the notice
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
        LocalDate availableFrom) {

    public DecisionNotice {
        Checks.text(summary, "summary");
        exemptionGrounds = Checks.uniqueList(exemptionGrounds, "exemptionGrounds");
        exemptionReason = Checks.optionalText(exemptionReason, "exemptionReason");
        holderName = Checks.optionalText(holderName, "holderName");
        Checks.notNegative(feeRupiah, "feeRupiah");
        feeExplanation = Checks.optionalText(feeExplanation, "feeExplanation");
    }

    /**
     * Checks the rules of Pasal 22(7) that tie a notice to its decision, as the JSON Schemas state them: REFUSED
     * names at least one Pasal 17 ground, only REFUSED and PARTIALLY_GRANTED name grounds, grounds come with their
     * reasoning, NOT_HELD names the holder.
     *
     * <p>Not called by the constructors: the records carry whatever was decided, and the owner of the decision
     * (request-service) reports violations to the person or system that made it, with its own, possibly stricter,
     * rules. Producers call this (or validate against the schema) before publishing.
     *
     * @throws IllegalArgumentException when the notice does not fit the decision
     */
    public void requireConsistentWith(DecisionType decision) {
        Checks.check(exemptionGrounds.isEmpty() || exemptionReason != null,
                "notice.exemptionReason is required when notice.exemptionGrounds are given");
        switch (decision) {
            case REFUSED -> Checks.check(!exemptionGrounds.isEmpty(),
                    "a REFUSED decision must name at least one Pasal 17 ground in notice.exemptionGrounds");
            case PARTIALLY_GRANTED -> {
                // Grounds only when something is withheld or redacted.
            }
            case GRANTED, NOT_HELD, NOT_YET_DOCUMENTED -> Checks.check(exemptionGrounds.isEmpty(),
                    "notice.exemptionGrounds must be empty for a " + decision + " decision");
            default -> throw new IllegalArgumentException("unknown decision " + decision);
        }
        if (decision == DecisionType.NOT_HELD) {
            Checks.check(holderName != null, "a NOT_HELD decision must name the holder in notice.holderName");
        }
    }
}

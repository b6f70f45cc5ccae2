package id.go.cilegon.ppid.request.domain;

import id.go.cilegon.ppid.contracts.common.CopyDelivery;
import id.go.cilegon.ppid.contracts.common.CopyFormat;
import id.go.cilegon.ppid.contracts.common.DecisionNotice;
import id.go.cilegon.ppid.contracts.common.DecisionType;
import id.go.cilegon.ppid.kit.problem.FieldViolation;
import java.util.ArrayList;
import java.util.List;

/**
 * What the written notice of UU 14/2008 Pasal 22(7) must contain for each decision type. Applied to
 * decisions from officers (REST) and from OPD systems (Kafka) alike.
 */
public final class NoticeRules {

    private NoticeRules() {}

    /** The violations of the notice, with field names relative to the notice ({@code prefix} + name). */
    public static List<FieldViolation> check(DecisionType type, DecisionNotice notice, String prefix) {
        List<FieldViolation> violations = new ArrayList<>();
        if (type == null) {
            violations.add(new FieldViolation(prefix + "decision", "required", "is required", "wajib diisi"));
            return violations;
        }
        if (notice.summary() == null || notice.summary().isBlank()) {
            violations.add(new FieldViolation(
                    prefix + "summary",
                    "required",
                    "the notice must say what is given and what is not",
                    "pemberitahuan wajib menyebut informasi yang diberikan dan yang tidak"));
        }
        if (type == DecisionType.REFUSED && notice.exemptionGrounds().isEmpty()) {
            violations.add(new FieldViolation(
                    prefix + "exemptionGrounds",
                    "exemption-ground-required",
                    "a refusal must name its ground(s) under Pasal 17",
                    "penolakan wajib menyebut dasar pengecualian menurut Pasal 17"));
        }
        if (type == DecisionType.PARTIALLY_GRANTED
                && notice.exemptionGrounds().isEmpty()
                && blank(notice.notHeldPart())) {
            // What is not given is either withheld as excepted (Pasal 17, with its grounds) or simply not held: a
            // partial grant says which, and cites Pasal 17 only for what it really withholds.
            violations.add(new FieldViolation(
                    prefix + "exemptionGrounds",
                    "partial-grant-unexplained",
                    "a partial grant names the Pasal 17 grounds of what it withholds, or the part it does not hold "
                            + "(notHeldPart)",
                    "pemberian sebagian wajib menyebut dasar Pasal 17 atas bagian yang dikecualikan, atau bagian yang "
                            + "tidak dikuasai (notHeldPart)"));
        }
        if (type != DecisionType.PARTIALLY_GRANTED && !blank(notice.notHeldPart())) {
            violations.add(new FieldViolation(
                    prefix + "notHeldPart",
                    "not-held-part-not-allowed",
                    "only a partial grant names a part not held; a request not held at all is NOT_HELD",
                    "hanya pemberian sebagian yang menyebut bagian yang tidak dikuasai; bila seluruhnya tidak "
                            + "dikuasai, jawabannya NOT_HELD"));
        }
        boolean refusesSomething = type == DecisionType.REFUSED || type == DecisionType.PARTIALLY_GRANTED;
        if (refusesSomething) {
            if ((type == DecisionType.REFUSED || !notice.exemptionGrounds().isEmpty())
                    && blank(notice.exemptionReason())) {
                violations.add(new FieldViolation(
                        prefix + "exemptionReason",
                        "exemption-reason-required",
                        "a refusal must explain why disclosure would cause harm (Pasal 19)",
                        "penolakan wajib menjelaskan akibat yang timbul bila informasi dibuka (Pasal 19)"));
            }
        } else if (!notice.exemptionGrounds().isEmpty()) {
            violations.add(new FieldViolation(
                    prefix + "exemptionGrounds",
                    "exemption-ground-not-allowed",
                    "only a refusal or partial grant names Pasal 17 grounds",
                    "dasar pengecualian Pasal 17 hanya untuk penolakan atau pemberian sebagian"));
        }
        // Pasal 22(7)(c): a NOT_HELD notice names the body that holds the information when it is known; a body that
        // does not know it says so in the summary rather than name one it guesses.
        boolean givesSomething = type == DecisionType.GRANTED || type == DecisionType.PARTIALLY_GRANTED;
        if (givesSomething && notice.format() == null) {
            violations.add(new FieldViolation(
                    prefix + "format",
                    "format-required",
                    "a grant must state the format of the information",
                    "pemberian wajib menyebut bentuk informasi"));
        }
        if (givesSomething && notice.delivery() == null) {
            violations.add(new FieldViolation(
                    prefix + "delivery",
                    "delivery-required",
                    "a grant must state how the information is delivered",
                    "pemberian wajib menyebut cara penyampaian"));
        }
        if (notice.feeRupiah() < 0) {
            violations.add(new FieldViolation(
                    prefix + "feeRupiah", "fee-negative", "must be zero or more", "tidak boleh negatif"));
        } else if (notice.feeRupiah() > 0) {
            if (!givesSomething) {
                violations.add(new FieldViolation(
                        prefix + "feeRupiah",
                        "fee-without-copy",
                        "a fee can only be charged for copies that are given",
                        "biaya hanya untuk salinan yang diberikan"));
            }
            if (notice.format() == CopyFormat.SOFTCOPY || notice.delivery() == CopyDelivery.EMAIL) {
                violations.add(new FieldViolation(
                        prefix + "feeRupiah",
                        "electronic-copy-free",
                        "electronic copies are free; only the cost of physical copies and delivery may be charged",
                        "salinan elektronik tidak dipungut biaya; hanya biaya penggandaan fisik dan pengiriman"));
            }
            if (blank(notice.feeExplanation())) {
                violations.add(new FieldViolation(
                        prefix + "feeExplanation",
                        "fee-explanation-required",
                        "a fee must be itemised in the notice (Pasal 22(7)(g))",
                        "biaya wajib dirinci dalam pemberitahuan (Pasal 22 ayat 7 huruf g)"));
            }
            if (blank(notice.paymentInstructions())) {
                violations.add(new FieldViolation(
                        prefix + "paymentInstructions",
                        "payment-instructions-required",
                        "a fee comes with how and where to pay it (Pasal 22(7)(g))",
                        "biaya wajib disertai cara dan tempat pembayarannya (Pasal 22 ayat 7 huruf g)"));
            }
        }
        return violations;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}

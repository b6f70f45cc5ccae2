package id.go.cilegon.ppid.request.service;

import id.go.cilegon.ppid.contracts.common.AccessMethod;
import id.go.cilegon.ppid.contracts.common.ApplicantKind;
import id.go.cilegon.ppid.contracts.common.CopyDelivery;
import java.util.List;

/**
 * A request to register, as intake takes it from any channel (the REST form today): who asks, for what, why, and how
 * they want to receive it, already checked by the channel. Its JSON is the fingerprint an Idempotency-Key is bound to,
 * so its fields keep the form's names and order.
 */
public record IntakeCommand(
        Applicant applicant,
        Proxy proxy,
        String informationDetails,
        String purpose,
        List<AccessMethod> accessMethods,
        List<CopyDelivery> copyDeliveries) {

    /** The applicant's identity and contact details, as given. */
    public record Applicant(
            ApplicantKind kind,
            String fullName,
            String nik,
            String deedNumber,
            String address,
            String phone,
            String email,
            String preferredLanguage) {}

    /** A proxy filing on the applicant's behalf, with the power of attorney (surat kuasa). */
    public record Proxy(String fullName, String powerOfAttorney) {}
}

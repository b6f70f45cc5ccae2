package id.go.cilegon.ppid.request.rest;

import id.go.cilegon.ppid.contracts.common.AccessMethod;
import id.go.cilegon.ppid.contracts.common.ApplicantKind;
import id.go.cilegon.ppid.contracts.common.CopyDelivery;
import id.go.cilegon.ppid.kit.problem.FieldViolation;
import id.go.cilegon.ppid.kit.validation.EmailAddress;
import id.go.cilegon.ppid.request.rest.validation.IndonesianPhone;
import id.go.cilegon.ppid.request.rest.validation.Nik;
import id.go.cilegon.ppid.request.service.IntakeCommand;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The request form of PerKI 1/2021: who asks, for what, why, and how they want to receive it. */
public record SubmitRequestBody(
        @NotNull(message = "{ppid.required}") @Valid Applicant applicant,
        @Valid Proxy proxy,

        @NotBlank(message = "{ppid.required}") @Size(min = 10, max = 4000, message = "{ppid.size}")
        String informationDetails,

        @NotBlank(message = "{ppid.required}") @Size(min = 5, max = 2000, message = "{ppid.size}")
        String purpose,

        @NotEmpty(message = "{ppid.required}") List<@NotNull(message = "{ppid.required}") AccessMethod> accessMethods,
        List<@NotNull(message = "{ppid.required}") CopyDelivery> copyDeliveries) {

    /** The applicant's identity and contact details (never published on shared topics). */
    public record Applicant(
            @NotNull(message = "{ppid.required}") ApplicantKind kind,

            @NotBlank(message = "{ppid.required}") @Size(min = 2, max = 200, message = "{ppid.size}")
            String fullName,

            @Nik String nik,

            @Size(min = 3, max = 100, message = "{ppid.size}")
            String deedNumber,

            @NotBlank(message = "{ppid.required}") @Size(min = 10, max = 500, message = "{ppid.size}")
            String address,

            @IndonesianPhone String phone,

            @EmailAddress @Size(max = 254, message = "{ppid.size}")
            String email,

            @Pattern(regexp = "id|en", message = "{ppid.language.invalid}")
            String preferredLanguage) {}

    /** A proxy filing on the applicant's behalf, with the power of attorney (surat kuasa). */
    public record Proxy(
            @NotBlank(message = "{ppid.required}") @Size(min = 2, max = 200, message = "{ppid.size}")
            String fullName,

            @NotBlank(message = "{ppid.required}") @Size(min = 3, max = 200, message = "{ppid.size}")
            String powerOfAttorney) {}

    /**
     * The form of an applicant filing online, whose contact address is their account's verified e-mail address
     * ({@code account}): the platform sends official mail only to an address its owner proved. A form without an
     * address takes the account's; one with another address gets a violation in {@code violations}.
     */
    public SubmitRequestBody filedOnline(Optional<String> account, List<FieldViolation> violations) {
        if (applicant == null || violations.stream().anyMatch(v -> v.field().equals("applicant.email"))) {
            return this;
        }
        String given = applicant.email() == null || applicant.email().isBlank()
                ? null
                : applicant.email().strip();
        if (given != null && account.map(a -> !a.equalsIgnoreCase(given)).orElse(true)) {
            violations.add(new FieldViolation(
                    "applicant.email",
                    "email-not-account",
                    "online, you are written to at your account's verified e-mail address: leave this empty or give "
                            + "that address (to use another one, change it in your account first)",
                    "secara daring, Anda dihubungi melalui alamat e-mail akun Anda yang sudah diverifikasi: kosongkan "
                            + "isian ini atau isi alamat itu (untuk memakai alamat lain, ubah dulu di akun Anda)"));
            return this;
        }
        Applicant a = applicant;
        return new SubmitRequestBody(
                new Applicant(
                        a.kind(),
                        a.fullName(),
                        a.nik(),
                        a.deedNumber(),
                        a.address(),
                        a.phone(),
                        account.orElse(null),
                        a.preferredLanguage()),
                proxy,
                informationDetails,
                purpose,
                accessMethods,
                copyDeliveries);
    }

    /** The form as intake's command (after validation). */
    public IntakeCommand toCommand() {
        return new IntakeCommand(
                new IntakeCommand.Applicant(
                        applicant.kind(),
                        applicant.fullName(),
                        applicant.nik(),
                        applicant.deedNumber(),
                        applicant.address(),
                        applicant.phone(),
                        applicant.email(),
                        applicant.preferredLanguage()),
                proxy == null ? null : new IntakeCommand.Proxy(proxy.fullName(), proxy.powerOfAttorney()),
                informationDetails,
                purpose,
                accessMethods,
                copyDeliveries);
    }

    /** Rules across fields that annotations cannot express. */
    public List<FieldViolation> crossFieldViolations() {
        List<FieldViolation> violations = new ArrayList<>();
        if (applicant != null && applicant.kind() != null) {
            if (applicant.kind() == ApplicantKind.PERSON && blank(applicant.nik())) {
                violations.add(new FieldViolation(
                        "applicant.nik",
                        "nik-required",
                        "a citizen must give the 16-digit NIK from their KTP",
                        "pemohon perorangan wajib mengisi NIK 16 digit sesuai KTP"));
            }
            if (applicant.kind() == ApplicantKind.LEGAL_ENTITY && blank(applicant.deedNumber())) {
                violations.add(new FieldViolation(
                        "applicant.deedNumber",
                        "deed-required",
                        "a legal entity must give the number of its deed or decree",
                        "badan hukum wajib mengisi nomor akta pendirian atau SK pengesahan"));
            }
            if (blank(applicant.phone()) && blank(applicant.email())) {
                violations.add(new FieldViolation(
                        "applicant.phone",
                        "contact-required",
                        "give a phone number or an e-mail address (or both)",
                        "isi nomor telepon atau alamat e-mail (atau keduanya)"));
            }
        }
        boolean wantsCopy = accessMethods != null && accessMethods.contains(AccessMethod.COPY);
        boolean hasDelivery = copyDeliveries != null && !copyDeliveries.isEmpty();
        if (wantsCopy && !hasDelivery) {
            violations.add(new FieldViolation(
                    "copyDeliveries",
                    "delivery-required",
                    "say how you want to receive the copy",
                    "pilih cara mendapatkan salinan"));
        }
        if (!wantsCopy && hasDelivery) {
            violations.add(new FieldViolation(
                    "copyDeliveries",
                    "delivery-without-copy",
                    "a way to receive a copy only applies when a copy is requested",
                    "cara mendapatkan salinan hanya diisi bila meminta salinan"));
        }
        return violations;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}

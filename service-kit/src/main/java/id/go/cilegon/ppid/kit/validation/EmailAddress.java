package id.go.cilegon.ppid.kit.validation;

import id.go.cilegon.ppid.contracts.Checks;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An e-mail address by the contracts' rule ({@link Checks#isEmail}), so that what a REST body accepts, an event
 * carries and the mailer sends to are the same addresses: Bean Validation's {@code @Email} takes quoted local parts
 * such as {@code "a b"@example.com}, which the events refuse. Null is valid.
 */
@Documented
@Constraint(validatedBy = EmailAddress.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface EmailAddress {

    String message() default "{ppid.email.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the address with {@link Checks#isEmail}. */
    class Validator implements ConstraintValidator<EmailAddress, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Checks.isEmail(value);
        }
    }
}

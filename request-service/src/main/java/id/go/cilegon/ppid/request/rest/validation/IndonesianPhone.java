package id.go.cilegon.ppid.request.rest.validation;

import id.go.cilegon.ppid.request.domain.PhoneNumbers;
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
 * An Indonesian phone number, mobile or fixed line, written as 08..., 628... or +628...
 * (spaces, dots and dashes allowed). {@link PhoneNumbers#toE164} turns it into E.164 (+62...).
 */
@Documented
@Constraint(validatedBy = IndonesianPhone.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface IndonesianPhone {

    String message() default "{ppid.phone.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the number's shape. */
    class Validator implements ConstraintValidator<IndonesianPhone, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || PhoneNumbers.toE164(value) != null;
        }
    }
}

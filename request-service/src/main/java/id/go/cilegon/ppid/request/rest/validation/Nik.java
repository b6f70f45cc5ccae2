package id.go.cilegon.ppid.request.rest.validation;

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
 * A Nomor Induk Kependudukan: 16 digits whose structure is plausible (province code 11-94, a
 * birth date whose day is 1-31, or 41-71 for women, and a month 1-12). Null is valid; use
 * {@code @NotNull} or a class-level rule to require it.
 */
@Documented
@Constraint(validatedBy = Nik.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Nik {

    String message() default "{ppid.nik.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the NIK's structure. */
    class Validator implements ConstraintValidator<Nik, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isPlausible(value);
        }

        static boolean isPlausible(String nik) {
            if (!nik.matches("\\d{16}")) {
                return false;
            }
            int province = Integer.parseInt(nik.substring(0, 2));
            int day = Integer.parseInt(nik.substring(6, 8));
            int month = Integer.parseInt(nik.substring(8, 10));
            boolean dayOk = (day >= 1 && day <= 31) || (day >= 41 && day <= 71);
            return province >= 11
                    && province <= 94
                    && dayOk
                    && month >= 1
                    && month <= 12
                    && !nik.substring(12).equals("0000");
        }
    }
}

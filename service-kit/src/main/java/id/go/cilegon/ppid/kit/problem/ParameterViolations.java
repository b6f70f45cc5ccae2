package id.go.cilegon.ppid.kit.problem;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A path or query parameter that does not convert to its type (a request id that is not a UUID, an unknown status, a
 * page that is not a number), as the field violation of a 400. JAX-RS answers such a parameter with 404, as if the
 * address did not exist; the caller deserves to be told which parameter is wrong and why.
 *
 * <p>The runtime says neither the parameter's name nor its type, only the conversion's exception: the type follows
 * from the exception, and the parameter is the first (path before query) whose value fails that conversion.
 */
final class ParameterViolations {

    private static final Pattern UNKNOWN_ENUM = Pattern.compile("^No enum constant ([\\w.$]+)\\.[^.]*$");

    private ParameterViolations() {}

    static FieldViolation of(Throwable conversion, UriInfo uri) {
        String message = conversion.getMessage() == null ? "" : conversion.getMessage();
        Matcher unknownEnum = UNKNOWN_ENUM.matcher(message);
        if (unknownEnum.matches()) {
            Optional<Class<?>> type = enumType(unknownEnum.group(1));
            if (type.isPresent()) {
                List<String> values = Arrays.stream(type.get().getEnumConstants())
                        .map(Object::toString)
                        .toList();
                return ViolationMessages.message(
                        name(uri, value -> !values.contains(value)),
                        "ppid.enum.invalid",
                        Map.of("values", String.join(", ", values)));
            }
        }
        if (conversion instanceof NumberFormatException) {
            return ViolationMessages.message(
                    name(uri, value -> fails(() -> Long.parseLong(value))), "ppid.number.invalid", Map.of());
        }
        if (conversion instanceof DateTimeException) {
            return ViolationMessages.message(
                    name(uri, value -> fails(() -> LocalDate.parse(value))), "ppid.date.invalid", Map.of());
        }
        if (message.contains("UUID")) {
            return ViolationMessages.message(
                    name(uri, value -> fails(() -> UUID.fromString(value))), "ppid.uuid.invalid", Map.of());
        }
        return ViolationMessages.message("parameter", "ppid.parameter.invalid", Map.of());
    }

    /** The first path, then query parameter whose value is {@code invalid}; "parameter" when none is. */
    private static String name(UriInfo uri, Predicate<String> invalid) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (uri != null) {
            parameters.putAll(uri.getPathParameters());
            MultivaluedMap<String, String> query = uri.getQueryParameters();
            query.forEach(parameters::putIfAbsent);
        }
        return parameters.entrySet().stream()
                .filter(parameter ->
                        parameter.getValue().stream().anyMatch(value -> !value.isEmpty() && invalid.test(value)))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse("parameter");
    }

    private static boolean fails(Runnable conversion) {
        try {
            conversion.run();
            return false;
        } catch (RuntimeException e) {
            return true;
        }
    }

    private static Optional<Class<?>> enumType(String name) {
        try {
            Class<?> type = Class.forName(name, false, Thread.currentThread().getContextClassLoader());
            return type.isEnum() ? Optional.of(type) : Optional.empty();
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }
}

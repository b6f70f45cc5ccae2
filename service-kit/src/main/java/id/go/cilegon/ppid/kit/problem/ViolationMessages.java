package id.go.cilegon.ppid.kit.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Bean Validation violations into {@link FieldViolation}s with the message in English and in
 * Bahasa Indonesia: from the service's bundles {@code messages/validation_en|id.properties} (its own fields' rules,
 * optional), then from the kit's {@code messages/kit-validation_en|id.properties} (the rules every service shares).
 */
public final class ViolationMessages {

    private static final Pattern KEY = Pattern.compile("^\\{([\\w.]+)}$");
    private static final Pattern PARAM = Pattern.compile("\\{(\\w+)}");
    private static final List<ResourceBundle> EN = bundles(Locale.ENGLISH);
    private static final List<ResourceBundle> ID = bundles(Locale.forLanguageTag("id"));

    private ViolationMessages() {}

    public static FieldViolation of(ConstraintViolation<?> violation, String fieldPrefix) {
        String template = violation.getMessageTemplate();
        Matcher key = KEY.matcher(template);
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        if (key.matches()) {
            String code = key.group(1).replaceFirst("^ppid\\.", "").replace('.', '-');
            return new FieldViolation(
                    fieldPrefix + field(violation.getPropertyPath()),
                    code,
                    render(EN, key.group(1), attributes),
                    render(ID, key.group(1), attributes));
        }
        return new FieldViolation(
                fieldPrefix + field(violation.getPropertyPath()),
                "invalid",
                violation.getMessage(),
                violation.getMessage());
    }

    /** A message of the bundles by key, with {@code {name}} parameters filled in. */
    public static FieldViolation message(String field, String key, Map<String, Object> parameters) {
        return new FieldViolation(
                field,
                key.replaceFirst("^ppid\\.", "").replace('.', '-'),
                render(EN, key, parameters),
                render(ID, key, parameters));
    }

    private static List<ResourceBundle> bundles(Locale locale) {
        List<ResourceBundle> bundles = new ArrayList<>();
        for (String name : List.of("messages.validation", "messages.kit-validation")) {
            try {
                bundles.add(ResourceBundle.getBundle(
                        name,
                        locale,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
            } catch (MissingResourceException e) {
                // a service without rules of its own has no bundle
            }
        }
        return List.copyOf(bundles);
    }

    private static String render(List<ResourceBundle> bundles, String key, Map<String, Object> parameters) {
        String text = bundles.stream()
                .filter(bundle -> bundle.containsKey(key))
                .map(bundle -> bundle.getString(key))
                .findFirst()
                .orElse(null);
        if (text == null) {
            return key;
        }
        Matcher param = PARAM.matcher(text);
        StringBuilder out = new StringBuilder();
        while (param.find()) {
            Object value = parameters.get(param.group(1));
            param.appendReplacement(out, Matcher.quoteReplacement(value == null ? param.group() : value.toString()));
        }
        param.appendTail(out);
        return out.toString();
    }

    /** The JSON path of the invalid value, without the method and parameter nodes of the resource call. */
    private static String field(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
                continue;
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}

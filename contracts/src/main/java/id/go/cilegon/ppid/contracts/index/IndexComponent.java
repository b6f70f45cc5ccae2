package id.go.cilegon.ppid.contracts.index;

import id.go.cilegon.ppid.contracts.Checks;
import java.util.regex.Pattern;

/**
 * One component of the openness index formula, as computed for a period.
 *
 * @param name     the component, e.g. {@code on-time-answers}, {@code periodic-publication}
 * @param value    its score on the 0–100 scale; null when there was nothing to measure
 * @param weight   its configured weight in the formula
 * @param included whether it counted towards the score (false when its sample was too small)
 */
public record IndexComponent(String name, Double value, double weight, boolean included) {

    /** Component names: lower-case words joined by hyphens. */
    public static final Pattern NAME = Pattern.compile("^[a-z][a-z0-9]*(-[a-z0-9]+)*$");

    public IndexComponent {
        Checks.matching(name, NAME, "name", 64);
        Checks.optionalScore(value, "value");
        Checks.notNegative(weight, "weight");
        Checks.check(!included || value != null, "an included component needs a value");
    }
}

package id.go.cilegon.ppid.routing.matching;

import java.util.List;
import java.util.Objects;

/**
 * What routing knows about one active OPD: its names, duties (tugas pokok dan fungsi), routing keywords and
 * the entries of its register of public information (DIP).
 */
public record OpdProfile(
        String code, String name, String shortName, String duties, List<String> keywords, List<RegisterText> register) {

    public OpdProfile {
        Objects.requireNonNull(code, "code");
        name = name == null ? "" : name;
        shortName = shortName == null ? "" : shortName;
        duties = duties == null ? "" : duties;
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        register = register == null ? List.of() : List.copyOf(register);
    }

    /** One register entry as text: its title, summary and keywords. */
    public record RegisterText(String title, String summary, List<String> keywords) {

        public RegisterText {
            title = title == null ? "" : title;
            summary = summary == null ? "" : summary;
            keywords = keywords == null ? List.of() : List.copyOf(keywords);
        }

        String text() {
            return title + ". " + summary + ". " + String.join(", ", keywords);
        }
    }
}

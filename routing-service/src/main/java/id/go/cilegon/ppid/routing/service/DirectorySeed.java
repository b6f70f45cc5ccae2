package id.go.cilegon.ppid.routing.service;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import id.go.cilegon.ppid.contracts.common.InformationCategory;
import id.go.cilegon.ppid.contracts.directory.OpdKind;
import id.go.cilegon.ppid.routing.matching.OpdProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The seed of the OPD directory (a JSON file on the classpath): Kota Cilegon's OPDs with duties, routing
 * keywords and a first register of information. Read at first start and by the routing benchmark.
 */
public record DirectorySeed(String description, List<SeedOpd> opds) {

    /** The default seed resource. */
    public static final String RESOURCE = "directory/cilegon-opd.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public DirectorySeed {
        opds = opds == null ? List.of() : List.copyOf(opds);
    }

    /** Reads a seed from the classpath. */
    public static DirectorySeed load(String resource) {
        try (InputStream in = DirectorySeed.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Directory seed " + resource + " not found on the classpath");
            }
            return MAPPER.readValue(in, DirectorySeed.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read directory seed " + resource, e);
        }
    }

    /** The profiles routing would index if every seeded OPD were active and unchanged. */
    public List<OpdProfile> profiles() {
        return opds.stream().map(SeedOpd::profile).toList();
    }

    /** One OPD of the seed. */
    public record SeedOpd(
            String opdCode,
            String name,
            String shortName,
            OpdKind kind,
            String duties,
            List<String> keywords,
            String deskEmail,
            String deskPhone,
            String webhookUrl,
            String webhookSecretRef,
            List<SeedEntry> register) {

        public SeedOpd {
            keywords = keywords == null ? List.of() : List.copyOf(keywords);
            register = register == null ? List.of() : List.copyOf(register);
        }

        OpdProfile profile() {
            return new OpdProfile(
                    opdCode,
                    name,
                    shortName,
                    duties,
                    keywords,
                    register.stream()
                            .map(e -> new OpdProfile.RegisterText(e.title(), e.summary(), e.keywords()))
                            .toList());
        }
    }

    /** One register entry of the seed. */
    public record SeedEntry(
            String entryId,
            String title,
            String summary,
            InformationCategory category,
            List<String> keywords,
            Integer publicationIntervalMonths) {

        public SeedEntry {
            keywords = keywords == null ? List.of() : List.copyOf(keywords);
        }
    }
}

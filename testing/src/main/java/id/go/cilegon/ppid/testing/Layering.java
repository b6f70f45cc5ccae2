package id.go.cilegon.ppid.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The layering of a service, read from its sources: the domain and the services below the REST layer take commands,
 * never REST bodies, so nothing under {@code domain/} or {@code service/} imports from {@code rest/}.
 */
public final class Layering {

    private Layering() {}

    /** Fails naming every source file under {@code src/main/java/<basePackage>/{domain,service}} that imports rest. */
    public static void assertServicesDoNotImportRest(String basePackage) {
        Path base = Path.of("src/main/java", basePackage.split("\\."));
        String rest = "import " + basePackage + ".rest.";
        List<String> offenders = Stream.of("domain", "service")
                .map(base::resolve)
                .filter(Files::isDirectory)
                .flatMap(Layering::javaFiles)
                .filter(file -> read(file).contains(rest))
                .map(Path::toString)
                .sorted()
                .toList();
        assertEquals(List.of(), offenders, "classes below the REST layer that import it");
    }

    private static Stream<Path> javaFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package id.go.cilegon.ppid.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Where the deploy/ folder and the repository are, and which YAML files the checks cover. */
public final class DeployPaths {

    private DeployPaths() {}

    /** The deploy/ folder (set by Surefire; the working directory otherwise). */
    public static Path deploy() {
        return Path.of(System.getProperty("ppid.deploy.dir", "."))
                .toAbsolutePath()
                .normalize();
    }

    /** The repository root, for the services' application.properties and sources. */
    public static Path repo() {
        return Path.of(System.getProperty("ppid.repo.dir", ".."))
                .toAbsolutePath()
                .normalize();
    }

    public static Path overlay(String name) {
        return deploy().resolve("overlays").resolve(name);
    }

    public static List<String> overlays() {
        return List.of("dev", "prod");
    }

    /** Every .yaml/.yml file under deploy/ except build output. */
    public static List<Path> yamlFiles() {
        try (Stream<Path> files = Files.walk(deploy())) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !deploy().relativize(p).startsWith("target"))
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String relative(Path file) {
        return deploy().relativize(file.toAbsolutePath().normalize()).toString();
    }
}

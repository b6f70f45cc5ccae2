package id.go.cilegon.ppid.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The domain's entities change only through their named steps: a public field or setter would let any class skip the
 * state machine (and the law it checks), so none may have one.
 */
class EncapsulationTest {

    private static final String DOMAIN = "id.go.cilegon.ppid.request.domain";

    @Test
    void entitiesHaveNoPublicFieldsNorSetters() {
        List<Class<?>> entities = entities();
        assertTrue(
                entities.stream().anyMatch(c -> c.getSimpleName().equals("InformationRequest")),
                "the entities found: " + entities);
        List<String> offenders = entities.stream()
                .flatMap(entity -> Stream.concat(
                                Arrays.stream(entity.getDeclaredFields())
                                        .filter(f -> Modifier.isPublic(f.getModifiers())
                                                && !Modifier.isStatic(f.getModifiers()))
                                        .map(Field::getName),
                                Arrays.stream(entity.getDeclaredMethods())
                                        .filter(m -> Modifier.isPublic(m.getModifiers())
                                                && m.getName().matches("set[A-Z].*"))
                                        .map(Method::getName)
                                        .map(name -> name + "()"))
                        .map(member -> entity.getSimpleName() + "." + member))
                .sorted()
                .toList();
        assertEquals(List.of(), offenders, "public fields and setters on domain entities");
    }

    /** Every class under domain/ annotated {@code @Entity}, read from the sources so a new entity is checked too. */
    private static List<Class<?>> entities() {
        Path dir = Path.of("src/main/java", DOMAIN.split("\\."));
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(Path::getFileName)
                    .map(Path::toString)
                    .filter(name -> name.endsWith(".java"))
                    .<Class<?>>map(name -> load(DOMAIN + "." + name.substring(0, name.length() - ".java".length())))
                    .filter(type -> type.isAnnotationPresent(Entity.class))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, EncapsulationTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}

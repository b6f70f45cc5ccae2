package id.go.cilegon.ppid.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

/** Quarkus loads this module once per application; the broker and the database server must still be one each. */
class SharedAcrossClassLoadersTest {

    @Test
    void aSecondCopyOfTheFacadesReachesTheSameBrokerAndServer() throws Exception {
        URL classes = EmbeddedKafka.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader application = new ChildFirstLoader(classes)) {
            Class<?> otherKafka = application.loadClass(EmbeddedKafka.class.getName());
            assertNotSame(EmbeddedKafka.class, otherKafka);
            assertEquals(EmbeddedKafka.bootstrapServers(), call(otherKafka, "bootstrapServers"));

            Class<?> otherPostgres = application.loadClass(EmbeddedPostgresServer.class.getName());
            Object otherMaintenance = call(otherPostgres, "maintenanceDatabase");
            assertEquals(EmbeddedPostgresServer.maintenanceDatabase().jdbcUrl(), call(otherMaintenance, "jdbcUrl"));
        }
    }

    private static Object call(Object target, String method) throws ReflectiveOperationException {
        Class<?> type = target instanceof Class<?> c ? c : target.getClass();
        Method m = type.getMethod(method);
        m.setAccessible(true);
        return m.invoke(target instanceof Class<?> ? null : target);
    }

    /** Loads this module's classes itself, as a Quarkus application class loader does, and the rest from the parent. */
    private static final class ChildFirstLoader extends URLClassLoader {

        ChildFirstLoader(URL classes) {
            super(new URL[] {classes}, SharedAcrossClassLoadersTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                if (name.startsWith("id.go.cilegon.ppid.testing.")) {
                    Class<?> loaded = findLoadedClass(name);
                    return loaded != null ? loaded : findClass(name);
                }
                return super.loadClass(name, resolve);
            }
        }
    }
}

package id.go.cilegon.ppid.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Calls the engines in {@code id.go.cilegon.ppid.testing.internal} as loaded by the system class loader.
 *
 * <p>Each {@code @QuarkusTest} application (one per test profile) gets a class loader of its own that loads this
 * module again, so plain static singletons would start a broker and a database server per application. The system
 * class loader sees the same test class path and lives as long as the JVM; only JDK types cross between loaders.
 */
final class JvmWide {

    private JvmWide() {}

    static Object call(String engine, String method, String... arguments) {
        Class<?> type = engineClass("id.go.cilegon.ppid.testing.internal." + engine);
        Class<?>[] parameterTypes = new Class<?>[arguments.length];
        Arrays.fill(parameterTypes, String.class);
        try {
            Method target = type.getMethod(method, parameterTypes);
            return target.invoke(null, (Object[]) arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot call " + type.getName() + "." + method, e);
        }
    }

    private static Class<?> engineClass(String name) {
        try {
            return Class.forName(name, true, ClassLoader.getSystemClassLoader());
        } catch (ClassNotFoundException e) {
            // A runner whose system class loader lacks the test class path: one engine per loader, still correct.
            try {
                return Class.forName(name, true, JvmWide.class.getClassLoader());
            } catch (ClassNotFoundException missing) {
                throw new IllegalStateException("Test support class " + name + " not found", missing);
            }
        }
    }
}

package id.go.cilegon.ppid.notification.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) for the service's mailer, and what tests read back from it. One server per JVM,
 * shared by every Quarkus application the tests start.
 */
public class MailServer implements QuarkusTestResourceLifecycleManager {

    /** One received e-mail. */
    public record Mail(
            String to, String subject, String body, String requestId, String notificationId, String contentType) {}

    @Override
    public Map<String, String> start() {
        String port = (String) call("start");
        return Map.of(
                "quarkus.mailer.host",
                "127.0.0.1",
                "quarkus.mailer.port",
                port,
                "quarkus.mailer.mock",
                "false",
                "quarkus.mailer.start-tls",
                "DISABLED");
    }

    @Override
    public void stop() {
        // The server serves the next application too; a JVM shutdown hook stops it.
    }

    /** Every e-mail received so far, in order. */
    @SuppressWarnings("unchecked")
    public static List<Mail> received() {
        return ((List<Map<String, String>>) call("received"))
                .stream()
                        .map(m -> new Mail(
                                m.get("to"),
                                m.get("subject"),
                                m.get("body"),
                                m.get("requestId"),
                                m.get("notificationId"),
                                m.get("contentType")))
                        .toList();
    }

    /** The e-mails about one request, in order. */
    public static List<Mail> about(Object requestId) {
        return received().stream()
                .filter(m -> requestId.toString().equals(m.requestId()))
                .toList();
    }

    private static Object call(String method) {
        try {
            Class<?> engine;
            try {
                engine = Class.forName(MailServerEngine.class.getName(), true, ClassLoader.getSystemClassLoader());
            } catch (ClassNotFoundException e) {
                engine = MailServerEngine.class;
            }
            Method target = engine.getMethod(method);
            return target.invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("GreenMail engine call " + method + " failed", e);
        }
    }
}

package id.go.cilegon.ppid.notification.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The GreenMail SMTP server of this test JVM. Loaded through the system class loader by {@link MailServer}, so the
 * test resource and the tests (which Quarkus loads in other class loaders) share one server; only JDK types cross.
 */
public final class MailServerEngine {

    private static GreenMail server;
    private static int port;

    private MailServerEngine() {}

    public static synchronized String start() {
        if (server == null) {
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            // jakarta.mail finds its providers through the context class loader; the server's threads inherit it, so
            // it must be this engine's loader, not the Quarkus application's that happens to call.
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(MailServerEngine.class.getClassLoader());
            try {
                server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
                server.start();
            } finally {
                thread.setContextClassLoader(previous);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop()));
        }
        return Integer.toString(port);
    }

    /** Every message received so far: to, subject, body and the X-PPID headers. */
    public static synchronized List<Map<String, String>> received() {
        List<Map<String, String>> messages = new ArrayList<>();
        if (server == null) {
            return messages;
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(MailServerEngine.class.getClassLoader());
        try {
            read(messages);
        } finally {
            thread.setContextClassLoader(previous);
        }
        return messages;
    }

    private static void read(List<Map<String, String>> messages) {
        for (MimeMessage message : server.getReceivedMessages()) {
            try {
                Map<String, String> mail = new HashMap<>();
                Address[] to = message.getRecipients(Message.RecipientType.TO);
                mail.put(
                        "to",
                        to == null
                                ? ""
                                : Arrays.stream(to).map(Address::toString).collect(Collectors.joining(",")));
                mail.put("subject", message.getSubject());
                mail.put("body", text(message.getContent()));
                mail.put("requestId", message.getHeader("X-PPID-Request-Id", null));
                mail.put("notificationId", message.getHeader("X-PPID-Notification-Id", null));
                mail.put("contentType", message.getContentType());
                messages.add(mail);
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException("Unreadable message in GreenMail", e);
            }
        }
    }

    private static String text(Object content) throws MessagingException, IOException {
        if (content instanceof String text) {
            return text;
        }
        if (content instanceof Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                text.append(text(part.getContent()));
            }
            return text.toString();
        }
        return String.valueOf(content);
    }
}

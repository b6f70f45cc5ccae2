package id.go.cilegon.ppid.e2e;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/** The e-mails the devstack's SMTP server wrote as {@code .eml} files (one per recipient mailbox). */
final class Mailbox {

    /** One saved message: the mailbox it was saved for, its headers of interest and its text. */
    record Mail(Path file, String mailbox, List<String> to, String subject, String requestId, String text) {}

    private final Path dir;
    private final Session session = Session.getInstance(new Properties());
    /** Parsed files by name and size: a file still being written is read again once it is complete. */
    private final Map<String, Mail> parsed = new ConcurrentHashMap<>();

    Mailbox(Path dir) {
        this.dir = dir;
    }

    /** Every message saved so far (the newest files are parsed once). */
    List<Mail> all() {
        List<Mail> mails = new ArrayList<>();
        for (Path file : LaunchedPlatform.list(dir)) {
            if (file.getFileName().toString().endsWith(".eml")) {
                long size;
                try {
                    size = Files.size(file);
                } catch (IOException e) {
                    continue;
                }
                Mail m = parsed.computeIfAbsent(file + "#" + size, k -> parse(file));
                if (m != null) {
                    mails.add(m);
                }
            }
        }
        return mails;
    }

    /** Messages about one request saved for one mailbox, matching {@code filter}. */
    List<Mail> find(String mailbox, String requestId, Predicate<Mail> filter) {
        return all().stream()
                .filter(m -> m.mailbox().equalsIgnoreCase(mailbox))
                .filter(m -> requestId.equals(m.requestId()))
                .filter(filter)
                .toList();
    }

    private Mail parse(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MimeMessage message = new MimeMessage(session, in);
            List<String> to = message.getRecipients(Message.RecipientType.TO) == null
                    ? List.of()
                    : Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                            .map(Address::toString)
                            .toList();
            String requestId = message.getHeader("X-PPID-Request-Id", null);
            // <time>_<recipient mailbox>_<subject>.eml (devstack MailPart)
            String mailbox = file.getFileName().toString().split("_", 3)[1];
            return new Mail(file, mailbox, to, message.getSubject(), requestId, text(message.getContent()));
        } catch (IOException | MessagingException e) {
            // a file being written right now: read it on the next call
            return null;
        }
    }

    private static String text(Object content) throws MessagingException, IOException {
        if (content instanceof String s) {
            return s;
        }
        if (content instanceof Multipart multipart) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                all.append(text(part.getContent())).append('\n');
            }
            return all.toString();
        }
        return String.valueOf(content);
    }
}

package id.go.cilegon.ppid.devstack;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every message the SMTP server receives ends up as an .eml file per recipient in the mail folder. */
class MailPartTest {

    @TempDir
    Path dir;

    @Test
    void receivedMailIsWrittenAsEmlFilesPerRecipient() throws Exception {
        MailPart mail = new MailPart(dir.resolve("mail"), dir.resolve("mail.log"), Ports.anyFree());
        try {
            mail.start();
            assertTrue(mail.health().up(), mail.health().detail());
            send(
                    mail,
                    "Permohonan informasi diterima: PPID-2026-000001",
                    "Permohonan Anda telah kami terima.",
                    "arsip@cilegon.example");

            await().atMost(Duration.ofSeconds(10)).until(() -> emlFiles().size() == 2);
            List<Path> files = emlFiles();
            assertTrue(
                    files.stream().anyMatch(f -> f.getFileName().toString().contains("budi@example.com")), "" + files);
            assertTrue(
                    files.stream().anyMatch(f -> f.getFileName().toString().contains("arsip@cilegon.example")),
                    "a Bcc recipient gets a file too: " + files);
            for (Path f : files) {
                assertTrue(
                        f.getFileName().toString().contains("permohonan-informasi-diterima-ppid-2026-000001"), f + "");
                String content = Files.readString(f, StandardCharsets.UTF_8);
                assertTrue(content.contains("Subject: Permohonan informasi diterima"), content);
                assertTrue(content.contains("Permohonan Anda telah kami terima."), content);
            }
        } finally {
            mail.stop();
        }
        assertEquals(false, mail.health().up(), "SMTP still answers after stop");
    }

    @Test
    void writtenMailLeavesTheServerAndIsWrittenOnce() throws Exception {
        MailPart mail = new MailPart(dir.resolve("mail"), dir.resolve("mail.log"), Ports.anyFree());
        try {
            mail.start();
            send(mail, "first", "Isi pertama", null);
            await().atMost(Duration.ofSeconds(10)).until(() -> emlFiles().size() == 1);
            await().atMost(Duration.ofSeconds(10)).until(() -> mail.heldCount() == 0);
            send(mail, "second", "Isi kedua", null);
            await().atMost(Duration.ofSeconds(10)).until(() -> emlFiles().size() == 2);
            mail.saveNewMessages();
            assertEquals(2, emlFiles().size(), "a pass after both were written writes nothing again");
            assertEquals(2, mail.savedCount());
            assertEquals(0, mail.heldCount(), "the server keeps no written message in memory");
        } finally {
            mail.stop();
        }
    }

    /** A message to budi@example.com (and a Bcc recipient, if given) through the part's SMTP port. */
    private static void send(MailPart mail, String subject, String text, String bcc) throws Exception {
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", "127.0.0.1");
        p.setProperty("mail.smtp.port", Integer.toString(mail.port()));
        MimeMessage m = new MimeMessage(Session.getInstance(p));
        m.setFrom("ppid@cilegon.example");
        m.setRecipients(Message.RecipientType.TO, "budi@example.com");
        if (bcc != null) {
            m.setRecipients(Message.RecipientType.BCC, bcc);
        }
        m.setSubject(subject, StandardCharsets.UTF_8.name());
        m.setText(text, StandardCharsets.UTF_8.name());
        Transport.send(m);
    }

    private List<Path> emlFiles() throws Exception {
        try (Stream<Path> s = Files.list(dir.resolve("mail"))) {
            return s.filter(f -> f.toString().endsWith(".eml")).toList();
        }
    }
}

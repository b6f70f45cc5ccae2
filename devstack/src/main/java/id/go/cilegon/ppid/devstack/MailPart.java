package id.go.cilegon.ppid.devstack;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * An SMTP server (GreenMail) that accepts every message, with or without login, and writes each one as an
 * {@code .eml} file (one per recipient mailbox) into the mail folder, where any mail program opens it.
 */
final class MailPart implements Part {

    static final int DEFAULT_PORT = 2525;
    static final String PORT_SETTING = "PPID_PORT_SMTP";
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Path mailDir;
    private final Path log;
    private final int port;
    private int saved;
    private volatile boolean announce = true;
    private GreenMail greenMail;
    private ScheduledExecutorService saver;

    MailPart(Path mailDir, Path log, int port) {
        this.mailDir = mailDir;
        this.log = log;
        this.port = port;
    }

    @Override
    public String name() {
        return "mail";
    }

    @Override
    public List<Port> ports() {
        return List.of(new Port(port, PORT_SETTING));
    }

    int port() {
        return port;
    }

    Path mailDir() {
        return mailDir;
    }

    @Override
    public void start() throws IOException {
        Files.createDirectories(mailDir);
        GreenMail gm = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        gm.start();
        greenMail = gm;
        saver = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ppid-mail-saver");
            t.setDaemon(true);
            return t;
        });
        saver.scheduleWithFixedDelay(this::saveNewMessages, 500, 500, TimeUnit.MILLISECONDS);
    }

    /** Whether each saved message is announced on the terminal (off while the demo data makes dozens). */
    void announce(boolean on) {
        announce = on;
    }

    /** How many messages were saved since the start. */
    synchronized int savedCount() {
        return saved;
    }

    /** Messages the SMTP server still holds in memory (each is dropped once its file is written). */
    int heldCount() throws FolderException {
        GreenMail gm = greenMail;
        int held = 0;
        if (gm != null) {
            for (GreenMailUser user : gm.getUserManager().listUser()) {
                held += gm.getManagers().getImapHostManager().getInbox(user).getMessageCount();
            }
        }
        return held;
    }

    /**
     * Writes every message not written yet, then drops it from the server (runs every half second and once more at
     * stop). The file is the record; kept in memory, every pass would walk all the mail since the start (tens of
     * thousands after a benchmark) and the launcher's heap would grow with it.
     */
    synchronized void saveNewMessages() {
        GreenMail gm = greenMail;
        if (gm == null) {
            return;
        }
        try {
            for (GreenMailUser user : gm.getUserManager().listUser()) {
                MailFolder inbox = gm.getManagers().getImapHostManager().getInbox(user);
                // A copy: SMTP delivers into the live list meanwhile, and iterating that fails.
                for (StoredMessage stored : List.copyOf(inbox.getMessages())) {
                    if (!stored.isSet(Flags.Flag.DELETED)) {
                        save(user.getEmail(), stored.getMimeMessage());
                        saved++;
                        stored.setFlag(Flags.Flag.DELETED, true);
                    }
                }
                inbox.expunge();
            }
        } catch (Exception e) {
            java.util.logging.Logger.getLogger("com.icegreen.devstack")
                    .log(java.util.logging.Level.WARNING, "Could not save received mail", e);
        }
    }

    private void save(String recipient, MimeMessage message) throws IOException, MessagingException {
        String subject = message.getSubject() == null ? "" : message.getSubject();
        String name =
                LocalDateTime.now().format(FILE_TIME) + "_" + slug(recipient, 60) + "_" + slug(subject, 60) + ".eml";
        Path file = mailDir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            message.writeTo(out);
        }
        if (announce) {
            System.out.println("  mail to " + recipient + ": \"" + subject + "\" -> " + file);
        }
    }

    /** A file-name-safe form of {@code text}. */
    static String slug(String text, int max) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String s = ascii.replaceAll("[^A-Za-z0-9@._-]+", "-")
                .replaceAll("-{2,}", "-")
                .replaceAll("^-|-$", "")
                .toLowerCase(Locale.ROOT);
        if (s.isEmpty()) {
            s = "no-subject";
        }
        return s.length() > max ? s.substring(0, max) : s;
    }

    @Override
    public Health health() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            s.setSoTimeout(3000);
            String banner =
                    new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            s.getOutputStream().write("QUIT\r\n".getBytes(StandardCharsets.US_ASCII));
            return banner != null && banner.startsWith("220")
                    ? Health.up("SMTP at 127.0.0.1:" + port)
                    : Health.down("127.0.0.1:" + port + " is not an SMTP server (" + banner + ")");
        } catch (IOException e) {
            return Health.down(
                    "no SMTP server at 127.0.0.1:" + port + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    @Override
    public void stop() {
        if (greenMail == null) {
            return;
        }
        saver.shutdownNow();
        saveNewMessages();
        greenMail.stop();
        greenMail = null;
    }

    @Override
    public List<String> describe() {
        return List.of("SMTP (GreenMail)   127.0.0.1:" + port + " (any login accepted); every e-mail is saved to "
                + mailDir + "/");
    }

    @Override
    public Path log() {
        return log;
    }
}

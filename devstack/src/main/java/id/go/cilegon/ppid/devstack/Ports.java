package id.go.cilegon.ppid.devstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Whether a port is free, and which program holds it when it is not (Linux: from {@code /proc}). */
final class Ports {

    private Ports() {}

    /** True when nothing listens on {@code 127.0.0.1:port} (and no wildcard listener covers it). */
    static boolean isFree(int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true); // a socket of our own previous run in TIME_WAIT is no conflict
            s.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A free port chosen by the system (for tests). */
    static int anyFree() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port", e);
        }
    }

    /** "pid 1234: java" for the process listening on {@code port}, when {@code /proc} tells. */
    static Optional<String> holder(int port) {
        try {
            for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
                Path p = Path.of(table);
                if (!Files.isReadable(p)) {
                    continue;
                }
                for (String line : Files.readAllLines(p)) {
                    String[] f = line.trim().split("\\s+");
                    // sl local_address rem_address st ... inode at index 9; st 0A = LISTEN
                    if (f.length < 10 || !f[3].equals("0A")) {
                        continue;
                    }
                    String local = f[1];
                    int colon = local.lastIndexOf(':');
                    if (colon < 0 || Integer.parseInt(local.substring(colon + 1), 16) != port) {
                        continue;
                    }
                    Optional<String> owner = ownerOfSocket(f[9]);
                    if (owner.isPresent()) {
                        return owner;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // best effort only
        }
        return Optional.empty();
    }

    private static Optional<String> ownerOfSocket(String inode) throws IOException {
        String wanted = "socket:[" + inode + "]";
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path proc : procs) {
                Path fds = proc.resolve("fd");
                try (DirectoryStream<Path> links = Files.newDirectoryStream(fds)) {
                    for (Path fd : links) {
                        try {
                            if (Files.readSymbolicLink(fd).toString().equals(wanted)) {
                                long pid = Long.parseLong(proc.getFileName().toString());
                                String cmd = ProcessHandle.of(pid)
                                        .flatMap(h -> h.info().command())
                                        .map(c -> Path.of(c).getFileName().toString())
                                        .orElse("?");
                                return Optional.of("pid " + pid + ": " + cmd.toLowerCase(Locale.ROOT));
                            }
                        } catch (IOException | UnsupportedOperationException e) {
                            // fd closed meanwhile
                        }
                    }
                } catch (IOException | SecurityException e) {
                    // process gone or not ours
                }
            }
        }
        return Optional.empty();
    }
}

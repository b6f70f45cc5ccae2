package id.go.cilegon.ppid.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * A TCP proxy on a local port in front of a server, that a test can {@linkplain #cut() cut}: every open connection
 * is reset and new ones are refused, exactly what a client sees when the server goes down, until it is
 * {@linkplain #restore() restored} on the same port. Used to take a service's database away for a while without
 * stopping the server other test applications share.
 */
public final class TcpProxy implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(TcpProxy.class.getName());

    private final String targetHost;
    private final int targetPort;
    private final int port;
    private final List<Socket> open = new ArrayList<>();
    private ServerSocket listener;

    private TcpProxy(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        ServerSocket first = bind(0);
        this.port = first.getLocalPort();
        listen(first);
    }

    /** A proxy to {@code host:port}, listening on a free local port. */
    public static TcpProxy to(String host, int port) {
        try {
            return new TcpProxy(host, port);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start a proxy to " + host + ":" + port, e);
        }
    }

    /** The local port clients connect to. */
    public int port() {
        return port;
    }

    /** Resets every open connection and refuses new ones (the server is "down"); does nothing if cut already. */
    public synchronized void cut() {
        if (listener == null) {
            return;
        }
        closeQuietly(listener);
        listener = null;
        open.forEach(TcpProxy::closeQuietly);
        open.clear();
        LOG.log(Level.INFO, "Proxy on port {0} cut: {1}:{2} is out of reach", port, targetHost, targetPort);
    }

    /** Accepts connections again, on the same port. */
    public synchronized void restore() {
        if (listener != null) {
            return;
        }
        try {
            listen(bind(port));
        } catch (IOException e) {
            throw new IllegalStateException("Could not listen on port " + port + " again", e);
        }
        LOG.log(Level.INFO, "Proxy on port {0} restored", port);
    }

    @Override
    public void close() {
        cut();
    }

    private static ServerSocket bind(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return socket;
    }

    private synchronized void listen(ServerSocket socket) {
        listener = socket;
        Thread acceptor = new Thread(() -> accept(socket), "tcp-proxy-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            Socket client;
            try {
                client = socket.accept();
            } catch (IOException e) {
                return; // cut
            }
            try {
                Socket server = new Socket(targetHost, targetPort);
                synchronized (this) {
                    if (listener != socket) {
                        closeQuietly(client);
                        closeQuietly(server);
                        continue;
                    }
                    open.add(client);
                    open.add(server);
                }
                pump(client, server);
                pump(server, client);
            } catch (IOException e) {
                closeQuietly(client);
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(
                () -> {
                    byte[] buffer = new byte[16 * 1024];
                    try (InputStream in = from.getInputStream();
                            OutputStream out = to.getOutputStream()) {
                        int read;
                        while ((read = in.read(buffer)) >= 0) {
                            out.write(buffer, 0, read);
                            out.flush();
                        }
                    } catch (IOException e) {
                        // One side closed or was cut: close both.
                    } finally {
                        closeQuietly(from);
                        closeQuietly(to);
                        synchronized (this) {
                            open.remove(from);
                            open.remove(to);
                        }
                    }
                },
                "tcp-proxy-pump-" + port);
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            if (closeable instanceof Socket socket && !socket.isClosed()) {
                // A reset, as from a server that went away, rather than an orderly goodbye.
                socket.setSoLinger(true, 0);
            }
            closeable.close();
        } catch (Exception e) {
            // Already closed.
        }
    }
}

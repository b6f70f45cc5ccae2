package id.go.cilegon.ppid.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * The raw limit of the footprint: a bare JVM, started with the services' JVM options, that answers
 * /q/health/ready with UP from the JDK's own HTTP server. Its start time and RSS are the floor a service sits on.
 */
public final class MinimalServer {

    private MinimalServer() {}

    /** args[0] = port. */
    public static void main(String[] args) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 50);
        byte[] up = "{\"status\":\"UP\",\"checks\":[]}".getBytes(StandardCharsets.UTF_8);
        server.createContext("/q/health/ready", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, up.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(up);
            }
        });
        server.start();
    }
}

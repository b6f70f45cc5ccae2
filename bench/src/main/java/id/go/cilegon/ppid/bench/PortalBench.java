package id.go.cilegon.ppid.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal's public pages under readers (issue 20): {@code --portal-readers} (50) readers in a closed loop, each
 * reading the home page and then the dashboard again and again for {@code --portal-duration}, after a warm-up; p50,
 * p95 and p99 per page. And each page's weight as a browser loads it: the HTML plus every stylesheet and script it
 * links, as the portal sends them.
 */
public final class PortalBench {

    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:css|webjars)/[^\"]+)\"");
    private static final List<String> PAGES = List.of("/", "/indeks");

    private final Platform platform;
    private final Options options;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private final Map<String, Latencies> latencies = new LinkedHashMap<>();
    private final Map<String, Long> weights = new LinkedHashMap<>();
    private final AtomicLong failures = new AtomicLong();
    private double pagesPerSecond;

    public PortalBench(Platform platform) {
        this.platform = platform;
        this.options = platform.options();
    }

    String base() {
        return "http://127.0.0.1:" + Platform.port("PPID_PORT_PORTAL", 31080);
    }

    public void run() throws Exception {
        for (String page : PAGES) {
            weights.put(page, weight(page));
        }
        Bench.log("portal: page weights %s bytes", weights);
        readers(options.portalWarmup, null);
        Map<String, Latencies> measured = new LinkedHashMap<>();
        PAGES.forEach(p -> measured.put(p, new Latencies()));
        long t0 = System.nanoTime();
        long pages = readers(options.portalDuration, measured);
        pagesPerSecond = pages / ((System.nanoTime() - t0) / 1e9);
        latencies.putAll(measured);
        Bench.log(
                "portal: %d readers, %.0f pages/s, home p95 %.1f ms, dashboard p95 %.1f ms, %d failed",
                options.portalReaders,
                pagesPerSecond,
                measured.get("/").percentileMillis(95),
                measured.get("/indeks").percentileMillis(95),
                failures.get());
    }

    /** {@code --portal-readers} threads reading the pages in turn until {@code duration} is over; pages read. */
    private long readers(Duration duration, Map<String, Latencies> into) throws InterruptedException {
        long end = System.nanoTime() + duration.toNanos();
        AtomicLong read = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int r = 0; r < options.portalReaders; r++) {
            Thread t = new Thread(
                    () -> {
                        int i = 0;
                        while (System.nanoTime() < end) {
                            String page = PAGES.get(i++ % PAGES.size());
                            long start = System.nanoTime();
                            if (get(page) != null) {
                                read.incrementAndGet();
                                if (into != null) {
                                    Latencies l = into.get(page);
                                    synchronized (l) {
                                        l.recordNanos(System.nanoTime() - start);
                                    }
                                }
                            }
                        }
                    },
                    "portal-reader-" + r);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        return read.get();
    }

    /** The page and everything it links, in bytes as sent. */
    private long weight(String page) {
        String html = get(page);
        if (html == null) {
            throw new IllegalStateException("the portal did not answer " + page + " at " + base());
        }
        long bytes = html.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        Matcher m = ASSET.matcher(html);
        while (m.find()) {
            String asset = get(m.group(1));
            bytes += asset == null ? 0 : asset.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
        return bytes;
    }

    private String get(String path) {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(base() + path))
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return response.body();
            }
        } catch (IOException e) {
            // counted below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        failures.incrementAndGet();
        return null;
    }

    public Map<String, Object> details() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("readers", options.portalReaders);
        d.put("pages_per_second", Latencies.round(pagesPerSecond));
        d.put("failed", failures.get());
        d.put("weights_bytes", weights);
        latencies.forEach((page, l) -> d.put(page, l.summary()));
        return d;
    }

    public void addRows(ResultTable table) {
        String readers = options.portalReaders + " readers";
        for (String page : PAGES) {
            String name = page.equals("/") ? "home" : "dashboard";
            Latencies l = latencies.get(page);
            if (l != null) {
                double p95 = l.percentileMillis(95);
                table.add(new ResultTable.Row(
                        "portal",
                        name + " p95, " + readers,
                        p95,
                        "ms",
                        null,
                        "< 100 ms",
                        p95 < 100,
                        String.format(
                                "p50 %.1f, p99 %.1f ms; %.0f pages/s in all",
                                l.percentileMillis(50), l.percentileMillis(99), pagesPerSecond)));
            }
            Long bytes = weights.get(page);
            if (bytes != null) {
                table.add(new ResultTable.Row(
                        "portal",
                        name + " with its assets",
                        bytes / 1024.0,
                        "KB",
                        null,
                        "< 200 KB",
                        bytes < 200 * 1024,
                        "HTML, stylesheet and scripts as sent (uncompressed)"));
            }
        }
    }
}

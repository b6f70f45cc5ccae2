package id.go.cilegon.ppid.portal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * index-service's public REST API as far as the portal reads it (the ranking's names, the annual report), answered by
 * a small HTTP server of the test. The portal's pages are tested against it; e2e runs them with the real service.
 */
final class IndexServiceStub {

    static final String RANKING = """
            {"period":{"kind":"ROLLING_90_DAYS","label":"rolling-90d"},"asOf":"2026-12-08","rows":[
            {"opdCode":"DLH","opdName":"Dinas Lingkungan Hidup","opdActive":true,"enoughData":true,"received":12,"answered":10,"overdue":1},
            {"opdCode":"DPUPR","opdName":"Dinas Pekerjaan Umum dan Penataan Ruang","opdActive":true,"enoughData":true,"received":12,"answered":10,"overdue":1},
            {"opdCode":"DISKOMINFO","opdName":"Dinas Komunikasi, Informatika, Statistik dan Persandian","opdActive":true,"enoughData":true,"received":12,"answered":10,"overdue":1},
            {"opdCode":"DINSOS","opdName":"Dinas Sosial","opdActive":true,"enoughData":false,"received":1,"answered":0,"overdue":0}
            ]}""";

    static final String REPORT = """
            {"year":2026,"scope":"CITY","scopeName":"Pemerintah Kota Cilegon","asOf":"2026-12-08","yearComplete":false,
            "requestsReceived":214,"withdrawn":3,"answered":198,"answeredOnTime":171,"answeredLate":27,"open":13,"overdue":4,
            "medianWorkingDays":6.0,"p90WorkingDays":11.0,"extensions":19,"granted":176,"refused":9,
            "decisions":[{"decision":"GRANTED","label":"Dikabulkan seluruhnya","count":151},
                         {"decision":"REFUSED","label":"Ditolak","count":9}],
            "refusalReasons":[{"ground":"H_PERSONAL_SECRET","citation":"Pasal 17 huruf h","description":"rahasia pribadi","count":6}],
            "objectionsFiled":14,"objectionsUpheld":5,"objectionsRejected":8,"decisionsCorrected":5,"disputes":2,"transfers":23,
            "periodicRequired":96,"periodicPublishedOnTime":71,"score":74.2,"band":"CUKUP_INFORMATIF",
            "months":[{"month":"2026-11","received":19,"answered":17,"answeredOnTime":15,"open":2,"medianWorkingDays":5.5}]}""";

    static final String REPORT_CSV = "metric,value\nrequestsReceived,214\n";

    private static HttpServer server;

    private IndexServiceStub() {}

    /** Starts the server once per JVM; its base URL. */
    static synchronized String start() {
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            server.createContext("/index/ranking", exchange -> answer(exchange, "application/json", RANKING));
            server.createContext("/reports/annual/2026", exchange -> {
                boolean csv = "format=csv".equals(exchange.getRequestURI().getQuery());
                answer(exchange, csv ? "text/csv" : "application/json", csv ? REPORT_CSV : REPORT);
            });
            server.start();
        }
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void answer(HttpExchange exchange, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}

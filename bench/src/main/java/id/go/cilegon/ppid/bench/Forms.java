package id.go.cilegon.ppid.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Realistic, varied request forms: the texts citizens write to the OPDs of Kota Cilegon (the labelled set of
 * routing-service's quality benchmark, 118 texts across 29 OPDs, copied to bench/request-texts.csv), with varied
 * names, NIKs, addresses, contact details and access methods. Deterministic per index, so runs are comparable.
 */
public final class Forms {

    /** One request text and the OPD that holds the information. */
    public record Text(String opd, String details, String purpose) {}

    private static final String[] FIRST = {
        "Ahmad",
        "Siti",
        "Budi",
        "Dewi",
        "Rizky",
        "Nur",
        "Agus",
        "Fitri",
        "Dedi",
        "Rina",
        "Hendra",
        "Yuliana",
        "Iwan",
        "Lestari",
        "Fajar",
        "Maya",
        "Supriyadi",
        "Intan",
        "Eko",
        "Wulan"
    };
    private static final String[] LAST = {
        "Hidayat",
        "Rahmawati",
        "Santoso",
        "Permata",
        "Saputra",
        "Aisyah",
        "Gunawan",
        "Handayani",
        "Kurniawan",
        "Sari",
        "Pratama",
        "Suryani",
        "Setiawan",
        "Maulana",
        "Nugroho"
    };
    private static final String[] KELURAHAN = {
        "Ciwaduk, Kec. Cilegon",
        "Ketileng, Kec. Cilegon",
        "Jombang Wetan, Kec. Jombang",
        "Masigit, Kec. Jombang",
        "Ramanuju, Kec. Purwakarta",
        "Kotasari, Kec. Grogol",
        "Kubangsari, Kec. Ciwandan",
        "Tegalratu, Kec. Ciwandan",
        "Bagendung, Kec. Cilegon",
        "Karangasem, Kec. Cibeber",
        "Kalitimbang, Kec. Cibeber",
        "Lebakdenok, Kec. Citangkil",
        "Samangraya, Kec. Citangkil",
        "Tamansari, Kec. Pulomerak"
    };
    private static final String[][] ACCESS = {
        {"READ"}, {"COPY"}, {"VIEW", "COPY"}, {"READ", "TAKE_NOTES"}, {"COPY"}, {"LISTEN"}
    };
    private static final String[][] DELIVERY = {{"EMAIL"}, {"COLLECT_IN_PERSON"}, {"EMAIL", "POST"}};

    private final ObjectMapper json = new ObjectMapper();
    private final List<Text> texts;

    public Forms() {
        this.texts = load();
    }

    /** The texts, in file order. */
    public List<Text> texts() {
        return texts;
    }

    /** The text of form {@code i} (spread across the OPDs). */
    public Text text(long i) {
        return texts.get((int) Math.floorMod(i * 7919, (long) texts.size()));
    }

    /** The JSON body of form {@code i} for POST /requests. */
    public byte[] body(long i) {
        Text t = text(i);
        ObjectNode root = json.createObjectNode();
        ObjectNode a = root.putObject("applicant");
        a.put("kind", "PERSON");
        String first = FIRST[(int) Math.floorMod(i, (long) FIRST.length)];
        String last = LAST[(int) Math.floorMod(i / FIRST.length, (long) LAST.length)];
        a.put("fullName", first + " " + last);
        a.put("nik", nik(i));
        a.put(
                "address",
                "Jl. " + LAST[(int) Math.floorMod(i * 31, (long) LAST.length)] + " No. " + (1 + i % 120)
                        + " RT 0" + (1 + i % 9) + "/RW 0" + (1 + i % 7) + ", Kel. "
                        + KELURAHAN[(int) Math.floorMod(i * 13, (long) KELURAHAN.length)] + ", Kota Cilegon");
        if (i % 3 != 2) {
            a.put("phone", "0812" + String.format(Locale.ROOT, "%08d", Math.floorMod(i * 104_729, 100_000_000L)));
        }
        // No e-mail: an applicant filing online is written to at their account's verified address.
        a.put("preferredLanguage", i % 10 == 0 ? "en" : "id");
        root.put("informationDetails", t.details());
        root.put("purpose", t.purpose());
        String[] access = ACCESS[(int) Math.floorMod(i, (long) ACCESS.length)];
        ArrayNode am = root.putArray("accessMethods");
        boolean copy = false;
        for (String m : access) {
            am.add(m);
            copy |= m.equals("COPY");
        }
        if (copy) {
            ArrayNode d = root.putArray("copyDeliveries");
            for (String m : DELIVERY[(int) Math.floorMod(i, (long) DELIVERY.length)]) {
                d.add(m);
            }
        }
        try {
            return json.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A plausible Cilegon NIK (3672...), distinct per i within a run. */
    static String nik(long i) {
        int day = 1 + (int) (i % 28) + (i % 2 == 0 ? 0 : 40);
        int month = 1 + (int) ((i / 28) % 12);
        int year = (int) (60 + (i / 336) % 45) % 100;
        long serial = 1 + Math.floorMod(i, 9998L);
        return String.format(Locale.ROOT, "3672%02d%02d%02d%02d%04d", 1 + (int) (i % 8), day, month, year, serial);
    }

    private static List<Text> load() {
        List<Text> list = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Forms.class.getResourceAsStream("/bench/request-texts.csv"), StandardCharsets.UTF_8))) {
            String line = r.readLine(); // header
            while ((line = r.readLine()) != null) {
                List<String> cells = csv(line);
                if (cells.size() < 3) {
                    continue;
                }
                String details = cells.get(1).strip();
                String purpose = cells.get(2).strip();
                if (purpose.length() < 5) {
                    purpose = purpose + " (pribadi)";
                }
                if (details.length() >= 10) {
                    list.add(new Text(cells.get(0).strip(), details, purpose));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (list.isEmpty()) {
            throw new IllegalStateException("no request texts in bench/request-texts.csv");
        }
        return List.copyOf(list);
    }

    /** One CSV line with double-quoted cells ("" inside quotes is a quote). */
    static List<String> csv(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}

package id.go.cilegon.ppid.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The one table the suite prints: each figure, the raw limit measured in the same run, their ratio, the target. */
public final class ResultTable {

    /**
     * One line of the table.
     *
     * @param part   the measurement (e.g. "1 intake")
     * @param figure what was measured, with its condition (e.g. "accepted/s, 16 clients")
     * @param value  the platform's figure, null when not measured
     * @param unit   its unit ("req/s", "ms", "MB", "s", "events/s")
     * @param raw    the raw limit in the same unit, null when the figure has none
     * @param target the target, as text (e.g. ">= 0.5x raw", "< 50 ms")
     * @param met    whether the target is met, null when it cannot be judged
     * @param note   anything the reader must know about this line
     */
    public record Row(
            String part,
            String figure,
            Double value,
            String unit,
            Double raw,
            String target,
            Boolean met,
            String note) {

        /** value / raw, or null when either is missing or raw is 0. */
        public Double ratio() {
            return ResultTable.ratio(value, raw);
        }
    }

    private static final String[] HEADERS = {"part", "figure", "platform", "raw limit", "ratio", "target", "met"};

    private final List<Row> rows = new ArrayList<>();

    /** Adds a row. */
    public synchronized void add(Row row) {
        rows.add(row);
    }

    /** The rows so far. */
    public synchronized List<Row> rows() {
        return List.copyOf(rows);
    }

    /** value / raw, or null when either is missing or raw is not positive. */
    public static Double ratio(Double value, Double raw) {
        if (value == null || raw == null || value.isNaN() || raw.isNaN() || raw <= 0) {
            return null;
        }
        return value / raw;
    }

    /** A number with at most three significant decimals and no trailing zeros ("-" for null or NaN). */
    public static String number(Double v) {
        if (v == null || v.isNaN()) {
            return "-";
        }
        double a = Math.abs(v);
        String s;
        if (a >= 1000) {
            s = String.format(Locale.ROOT, "%,.0f", v);
        } else if (a >= 100) {
            s = String.format(Locale.ROOT, "%.1f", v);
        } else if (a >= 1) {
            s = String.format(Locale.ROOT, "%.2f", v);
        } else {
            s = String.format(Locale.ROOT, "%.3f", v);
        }
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
    }

    /** The table as fixed-width text, then the notes of the rows that have one. */
    public synchronized String format() {
        List<String[]> cells = new ArrayList<>();
        cells.add(HEADERS);
        for (Row r : rows) {
            Double ratio = r.ratio();
            cells.add(new String[] {
                r.part(),
                r.figure(),
                withUnit(r.value(), r.unit()),
                withUnit(r.raw(), r.unit()),
                ratio == null ? "-" : number(ratio) + "x",
                r.target() == null ? "" : r.target(),
                r.met() == null ? "?" : r.met() ? "yes" : "NO"
            });
        }
        int[] width = new int[HEADERS.length];
        for (String[] line : cells) {
            for (int i = 0; i < line.length; i++) {
                width[i] = Math.max(width[i], line[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int l = 0; l < cells.size(); l++) {
            String[] line = cells.get(l);
            out.append('|');
            for (int i = 0; i < line.length; i++) {
                boolean numeric = i >= 2 && i <= 4;
                String cell = line[i];
                String pad = " ".repeat(width[i] - cell.length());
                out.append(' ').append(numeric ? pad + cell : cell + pad).append(" |");
            }
            out.append('\n');
            if (l == 0) {
                out.append('|');
                for (int w : width) {
                    out.append('-').append("-".repeat(w)).append("-|");
                }
                out.append('\n');
            }
        }
        int n = 0;
        for (Row r : rows) {
            n++;
            if (r.note() != null && !r.note().isBlank()) {
                out.append("  [")
                        .append(n)
                        .append("] ")
                        .append(r.part())
                        .append(", ")
                        .append(r.figure())
                        .append(": ")
                        .append(r.note())
                        .append('\n');
            }
        }
        return out.toString();
    }

    /** The rows as plain maps for the JSON results file. */
    public synchronized List<Map<String, Object>> toMaps() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Row r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("part", r.part());
            m.put("figure", r.figure());
            m.put("value", r.value());
            m.put("unit", r.unit());
            m.put("raw", r.raw());
            m.put("ratio", r.ratio());
            m.put("target", r.target());
            m.put("met", r.met());
            m.put("note", r.note());
            list.add(m);
        }
        return list;
    }

    private static String withUnit(Double v, String unit) {
        if (v == null || v.isNaN()) {
            return "-";
        }
        return number(v) + (unit == null || unit.isEmpty() ? "" : " " + unit);
    }
}

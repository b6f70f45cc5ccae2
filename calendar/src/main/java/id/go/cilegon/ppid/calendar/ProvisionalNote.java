package id.go.cilegon.ppid.calendar;

import java.util.List;
import java.util.stream.Collectors;

/** The caveat every date counted through a provisional year carries, in notices, views and messages. */
public final class ProvisionalNote {

    private ProvisionalNote() {}

    /** E.g. "perkiraan: SKB hari libur 2027 belum dimuat; ...; tanggal pasti mengikuti SKB 2027". */
    public static String indonesian(List<Integer> years, Side side) {
        String list = years(years, " dan ");
        return "perkiraan: SKB hari libur nasional dan cuti bersama " + list + " belum dimuat; dihitung "
                + (side == Side.BODY
                        ? "hanya dengan hari libur yang pasti (tanggal paling awal)"
                        : "dengan semua kemungkinan hari libur dan cuti bersama (tanggal paling akhir)")
                + "; tanggal pasti mengikuti SKB " + list;
    }

    /** E.g. "estimate: the 2027 holiday decree is not loaded yet; ...; the exact date follows the 2027 decree". */
    public static String english(List<Integer> years, Side side) {
        String list = years(years, " and ");
        return "estimate: the " + list + " decree on national holidays and cuti bersama is not loaded yet; counted "
                + (side == Side.BODY
                        ? "with the certain days off only (the earliest plausible date)"
                        : "with every possible holiday and cuti bersama (the latest plausible date)")
                + "; the exact date follows the " + list + " decree";
    }

    private static String years(List<Integer> years, String and) {
        List<String> names = years.stream().map(String::valueOf).toList();
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", "))
                + and
                + names.get(names.size() - 1);
    }
}

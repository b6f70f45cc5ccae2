package id.go.cilegon.ppid.notification.delivery;

import java.util.Map;

/** Words for the enum values that appear in messages, in Bahasa Indonesia and English. */
final class Labels {

    private static final Map<String, String[]> LABELS = Map.ofEntries(
            Map.entry("clock.ANSWER", new String[] {
                "jawaban atas permohonan informasi (Pasal 22 ayat (7)-(8))",
                "answer to the information request (Article 22(7)-(8))"
            }),
            Map.entry("clock.OBJECTION_DECISION", new String[] {
                "tanggapan atas keberatan (Pasal 36 ayat (2))", "response to the objection (Article 36(2))"
            }),
            Map.entry(
                    "clock.OBJECTION_WINDOW",
                    new String[] {"pengajuan keberatan (Pasal 35-36)", "filing an objection (Articles 35-36)"}),
            Map.entry("clock.DISPUTE_WINDOW", new String[] {
                "pengajuan sengketa ke Komisi Informasi (Pasal 37)",
                "taking the matter to the Information Commission (Article 37)"
            }),
            Map.entry("decision.GRANTED", new String[] {"diterima", "granted"}),
            Map.entry("decision.PARTIALLY_GRANTED", new String[] {"diterima sebagian", "partially granted"}),
            Map.entry("decision.REFUSED", new String[] {"ditolak", "refused"}),
            Map.entry("decision.NOT_HELD", new String[] {"informasi tidak dikuasai", "information not held"}),
            Map.entry(
                    "decision.NOT_YET_DOCUMENTED",
                    new String[] {"informasi belum didokumentasikan", "information not yet documented"}),
            Map.entry("format.SOFTCOPY", new String[] {"salinan elektronik (softcopy)", "electronic copy (soft copy)"}),
            Map.entry("format.HARDCOPY", new String[] {"salinan cetak (hardcopy)", "printed copy (hard copy)"}),
            Map.entry(
                    "delivery.COLLECT_IN_PERSON",
                    new String[] {"diambil langsung di meja layanan PPID", "collected in person at the PPID desk"}),
            Map.entry("delivery.COURIER", new String[] {"dikirim dengan kurir", "sent by courier"}),
            Map.entry("delivery.POST", new String[] {"dikirim melalui pos", "sent by post"}),
            Map.entry("delivery.FAX", new String[] {"dikirim melalui faksimile", "sent by fax"}),
            Map.entry("delivery.EMAIL", new String[] {"dikirim melalui e-mail", "sent by e-mail"}),
            Map.entry(
                    "outcome.UPHELD",
                    new String[] {"dikabulkan (keberatan Anda diterima)", "upheld (your objection was accepted)"}),
            Map.entry(
                    "outcome.REJECTED",
                    new String[] {"ditolak (keputusan PPID tetap berlaku)", "rejected (the PPID's decision stands)"}),
            Map.entry("routingReason.LOW_CONFIDENCE", new String[] {
                "kecocokan OPD kurang meyakinkan", "the best matching OPD was not a confident match"
            }),
            Map.entry("routingReason.NO_MATCH", new String[] {"tidak ada OPD yang cocok", "no OPD matched"}),
            Map.entry(
                    "routingReason.TRANSFER_LIMIT",
                    new String[] {"sudah terlalu sering dialihkan antar-OPD", "handed back between OPDs too often"}),
            Map.entry(
                    "routingReason.SUGGESTED_OPD_INACTIVE",
                    new String[] {"OPD yang disarankan tidak aktif", "the suggested OPD is inactive"}));

    private Labels() {}

    /** The label of {@code value} of field {@code key}, or null when the value is shown as it is. */
    static String of(String key, String value, String language) {
        String[] label = LABELS.get(key + "." + value);
        return label == null ? null : label["en".equals(language) ? 1 : 0];
    }
}

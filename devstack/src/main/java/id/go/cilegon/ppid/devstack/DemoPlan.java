package id.go.cilegon.ppid.devstack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo data: a dozen requests to Kota Cilegon's OPDs, each filed by a demo applicant and taken through the
 * steps that leave it in a different state (routed, queued then assigned, extended, granted, partially granted,
 * refused, not held, withdrawn, transferred, objected, objection decided). Only data; {@link DemoSeeder} plays it
 * through the real APIs.
 */
final class DemoPlan {

    private DemoPlan() {}

    /** What a step does; who does it is in {@link Step#actor()}. */
    enum Kind {
        /** Wait until routing-service assigned the request automatically to {@link Step#opd()}. */
        ROUTED,
        /** Wait until the request waits in the PPID Utama's queue (low confidence). */
        QUEUED,
        /** The PPID Utama assigns the request to {@link Step#opd()} (routing-service); waits for request-service. */
        ASSIGN,
        /** The assigned OPD's officer hands the request back, suggesting {@link Step#opd()}; waits for the move. */
        TRANSFER,
        /** The officer extends the answer period once (Pasal 22(8)). */
        EXTEND,
        /** The officer gives the written notice (Pasal 22(7)). */
        DECIDE,
        /** The applicant withdraws the request. */
        WITHDRAW,
        /** The applicant objects (Pasal 35). */
        OBJECT,
        /** The Atasan PPID decides the objection (Pasal 36). */
        DECIDE_OBJECTION
    }

    /**
     * One step of a demo request.
     *
     * @param kind  what happens
     * @param actor the demo account that does it; null for the waiting steps
     * @param opd   the OPD expected, assigned or suggested; null when any will do
     * @param body  the JSON body sent, if any
     */
    record Step(Kind kind, String actor, String opd, Map<String, Object> body) {}

    /**
     * One demo request.
     *
     * @param key   stable name, used in the marker file and the Idempotency-Key
     * @param filer the demo applicant who files it
     * @param body  the request form (POST /requests)
     * @param steps what happens to it afterwards, in order
     */
    record DemoRequest(String key, String filer, Map<String, Object> body, List<Step> steps) {

        String informationDetails() {
            return (String) body.get("informationDetails");
        }

        /** The OPD that holds the request at the end (from the last routing step that names one). */
        String finalOpd() {
            String opd = null;
            for (Step s : steps) {
                if (s.opd() != null && s.kind() != Kind.QUEUED) {
                    opd = s.opd();
                }
            }
            return opd;
        }
    }

    static final String PEMOHON1 = "pemohon1";
    static final String PEMOHON2 = "pemohon2";
    static final String PPID_UTAMA = "ppid.utama";
    static final String ATASAN = "atasan.ppid";

    /** The demo officer of an OPD, e.g. {@code petugas.dlh}; the PPID Utama for an OPD without one. */
    static String officerOf(String opd) {
        switch (opd) {
            case "DLH":
            case "DPUPR":
            case "DISDUKCAPIL":
            case "DINDIKBUD":
                return "petugas." + opd.toLowerCase(java.util.Locale.ROOT);
            default:
                return PPID_UTAMA;
        }
    }

    /** The applicant part of the form for a demo applicant (their identity as in the realm). */
    static Map<String, Object> applicant(String user) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("kind", "PERSON");
        if (PEMOHON1.equals(user)) {
            a.put("fullName", "Budi Santoso");
            a.put("nik", "3672011508900001");
            a.put("address", "Jl. Sultan Ageng Tirtayasa No. 12, Kelurahan Ramanuju, Kecamatan Purwakarta, Cilegon");
            a.put("phone", "0812-8765-4321");
            a.put("email", "pemohon1@example.com");
        } else {
            a.put("fullName", "Siti Rahmawati");
            a.put("nik", "3672014703920002");
            a.put("address", "Perumahan Bumi Rakata Blok C3 No. 7, Kelurahan Kotabumi, Kecamatan Purwakarta, Cilegon");
            a.put("email", "pemohon2@example.com");
        }
        a.put("preferredLanguage", "id");
        return a;
    }

    static Map<String, Object> form(
            String user, String details, String purpose, List<String> accessMethods, List<String> copyDeliveries) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("applicant", applicant(user));
        f.put("informationDetails", details);
        f.put("purpose", purpose);
        f.put("accessMethods", accessMethods);
        if (copyDeliveries != null) {
            f.put("copyDeliveries", copyDeliveries);
        }
        return f;
    }

    static Step routed(String opd) {
        return new Step(Kind.ROUTED, null, opd, null);
    }

    static Step queued() {
        return new Step(Kind.QUEUED, null, null, null);
    }

    static Step assign(String opd, String note) {
        return new Step(Kind.ASSIGN, PPID_UTAMA, opd, body("opdCode", opd, "note", note));
    }

    static Step transfer(String from, String to, String reason) {
        return new Step(Kind.TRANSFER, officerOf(from), to, body("reason", reason, "suggestedOpdCode", to));
    }

    static Step extend(String opd, String reason) {
        return new Step(Kind.EXTEND, officerOf(opd), null, body("reason", reason));
    }

    static Step decide(String opd, Map<String, Object> notice) {
        return new Step(Kind.DECIDE, officerOf(opd), null, notice);
    }

    static Step withdraw(String user, String reason) {
        return new Step(Kind.WITHDRAW, user, null, body("reason", reason));
    }

    static Step object(String user, List<String> grounds, String statement) {
        return new Step(Kind.OBJECT, user, null, body("grounds", grounds, "statement", statement));
    }

    static Step decideObjection(String outcome, String reasons) {
        return new Step(Kind.DECIDE_OBJECTION, ATASAN, null, body("outcome", outcome, "reasons", reasons));
    }

    /** A JSON object from name/value pairs (nulls left out). */
    static Map<String, Object> body(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                m.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return m;
    }

    static Map<String, Object> granted(
            String summary, String format, String delivery, long fee, String feeExplanation) {
        return granted(summary, format, delivery, fee, feeExplanation, null);
    }

    /** A grant with a fee, which the notice must say how to pay (Pasal 22(7)). */
    static Map<String, Object> granted(
            String summary,
            String format,
            String delivery,
            long fee,
            String feeExplanation,
            String paymentInstructions) {
        return body(
                "decision",
                "GRANTED",
                "summary",
                summary,
                "format",
                format,
                "delivery",
                delivery,
                "feeRupiah",
                fee,
                "feeExplanation",
                feeExplanation,
                "paymentInstructions",
                paymentInstructions);
    }

    /** The demo requests, in the order they are filed. */
    static final List<DemoRequest> REQUESTS = List.of(
            new DemoRequest(
                    "udara-ciwandan",
                    PEMOHON1,
                    form(
                            PEMOHON1,
                            "Hasil pemantauan kualitas udara ambien (PM10, PM2.5, SO2 dan NO2) di sekitar kawasan industri"
                                    + " Ciwandan selama tahun 2025, beserta lokasi titik pantaunya",
                            "Bahan advokasi warga yang sering mengeluhkan debu dan sesak napas",
                            List.of("READ", "COPY"),
                            List.of("EMAIL")),
                    List.of(routed("DLH"))),
            new DemoRequest(
                    "akta-kelahiran",
                    PEMOHON2,
                    form(
                            PEMOHON2,
                            "Rekapitulasi jumlah akta kelahiran yang diterbitkan per kecamatan di Kota Cilegon tahun 2025",
                            "Bahan penelitian skripsi tentang kepemilikan dokumen kependudukan anak",
                            List.of("COPY"),
                            List.of("EMAIL")),
                    List.of(
                            routed("DISDUKCAPIL"),
                            decide(
                                    "DISDUKCAPIL",
                                    granted(
                                            "Rekapitulasi akta kelahiran 2025 per kecamatan (8 kecamatan)"
                                                    + " diberikan dalam bentuk tabel.",
                                            "SOFTCOPY",
                                            "EMAIL",
                                            0,
                                            null)))),
            new DemoRequest(
                    "jalan-anyer",
                    PEMOHON1,
                    form(
                            PEMOHON1,
                            "Rencana anggaran biaya dan jadwal perbaikan jalan berlubang di Jalan Raya Cilegon-Anyer ruas"
                                    + " Ciwandan tahun anggaran 2026",
                            "Pengawasan masyarakat atas pemeliharaan jalan yang sering menimbulkan kecelakaan",
                            List.of("READ", "COPY"),
                            List.of("EMAIL")),
                    List.of(
                            routed("DPUPR"),
                            extend(
                                    "DPUPR",
                                    "Rincian anggaran masih dihimpun dari Bidang Bina Marga dan harus"
                                            + " diverifikasi sebelum salinannya diberikan."))),
            new DemoRequest(
                    "ppdb-zonasi",
                    PEMOHON2,
                    form(
                            PEMOHON2,
                            "Kuota dan daftar calon peserta didik yang diterima pada PPDB SMP negeri jalur zonasi tahun 2025"
                                    + " per sekolah, termasuk jarak rumah ke sekolah",
                            "Memahami peluang pendaftaran anak saya tahun depan",
                            List.of("COPY"),
                            List.of("EMAIL")),
                    List.of(
                            routed("DINDIKBUD"),
                            decide(
                                    "DINDIKBUD",
                                    body(
                                            "decision",
                                            "PARTIALLY_GRANTED",
                                            "summary",
                                            "Kuota dan jumlah peserta diterima per SMP negeri diberikan; daftar nama"
                                                    + " dan jarak rumah peserta didik tidak diberikan.",
                                            "exemptionGrounds",
                                            List.of("H_PERSONAL_SECRET"),
                                            "exemptionReason",
                                            "Nama dan alamat (jarak rumah) peserta didik adalah data"
                                                    + " pribadi anak; membukanya mengungkap rahasia pribadi (Pasal 17 huruf h).",
                                            "format",
                                            "SOFTCOPY",
                                            "delivery",
                                            "EMAIL",
                                            "feeRupiah",
                                            0)))),
            new DemoRequest(
                    "limbah-penyidikan",
                    PEMOHON1,
                    form(
                            PEMOHON1,
                            "Hasil uji laboratorium sampel limbah cair dan berita acara pengambilan sampel di saluran buangan"
                                    + " pabrik kimia di Kelurahan Gunung Sugih yang diduga mencemari sungai",
                            "Mengetahui penyebab air sungai di kampung kami berwarna hitam dan berbau",
                            List.of("READ"),
                            null),
                    List.of(
                            routed("DLH"),
                            decide(
                                    "DLH",
                                    body(
                                            "decision",
                                            "REFUSED",
                                            "summary",
                                            "Hasil uji laboratorium dan berita acara pengambilan sampel belum dapat"
                                                    + " diberikan.",
                                            "exemptionGrounds",
                                            List.of("A_LAW_ENFORCEMENT"),
                                            "exemptionReason",
                                            "Dokumen tersebut menjadi alat bukti penyidikan PPNS Lingkungan"
                                                    + " Hidup yang sedang berjalan; membukanya dapat menghambat proses"
                                                    + " penegakan hukum (Pasal 17 huruf a).")),
                            object(
                                    PEMOHON1,
                                    List.of("A_REFUSED_EXEMPTION"),
                                    "Warga berhak mengetahui hasil uji"
                                            + " pencemaran yang berdampak pada kesehatan; ringkasan hasil uji tidak menghambat"
                                            + " penyidikan."),
                            decideObjection(
                                    "REJECTED",
                                    "Penyidikan masih berjalan dan hasil uji merupakan alat bukti;"
                                            + " informasi akan dibuka setelah berkas dinyatakan lengkap (P-21)."))),
            new DemoRequest(
                    "rth-taman-kota",
                    PEMOHON2,
                    form(
                            PEMOHON2,
                            "Luas ruang terbuka hijau publik dan rencana penambahan taman kota di Kota Cilegon",
                            "Bahan kajian tata kota",
                            List.of("READ"),
                            null),
                    List.of(
                            queued(),
                            assign("DPUPR", "RTH publik direncanakan dan dibangun oleh Bidang Penataan Ruang DPUPR."))),
            new DemoRequest(
                    "bantuan-banjir",
                    PEMOHON1,
                    form(
                            PEMOHON1,
                            "Data bantuan bagi warga terdampak banjir di Kecamatan Citangkil tahun 2025",
                            "Memastikan bantuan sampai kepada warga yang berhak",
                            List.of("READ"),
                            null),
                    List.of(queued())),
            new DemoRequest(
                    "kartu-keluarga",
                    PEMOHON2,
                    form(
                            PEMOHON2,
                            "Jumlah kartu keluarga baru yang diterbitkan Disdukcapil per bulan selama tahun 2025",
                            "Tugas mata kuliah demografi",
                            List.of("READ"),
                            null),
                    List.of(
                            routed("DISDUKCAPIL"),
                            withdraw(PEMOHON2, "Data yang saya perlukan sudah tersedia di situs resmi Disdukcapil."))),
            new DemoRequest(
                    "saluran-tersumbat",
                    PEMOHON1,
                    form(
                            PEMOHON1,
                            "Sampah menumpuk dan menyumbat saluran air di Perumahan Bumi Waras sehingga rumah warga kebanjiran"
                                    + " setiap hujan, mohon jadwal pembersihannya",
                            "Warga terdampak genangan",
                            List.of("READ"),
                            null),
                    List.of(
                            routed("DLH"),
                            transfer(
                                    "DLH",
                                    "DPUPR",
                                    "Pengerukan dan normalisasi saluran drainase perumahan adalah"
                                            + " tugas Bidang Sumber Daya Air DPUPR; DLH hanya mengangkut sampah dari TPS."))),
            new DemoRequest(
                    "penerima-pkh",
                    PEMOHON2,
                    form(
                            PEMOHON2,
                            "Jumlah keluarga penerima manfaat PKH dan BPNT per kecamatan di Kota Cilegon tahun 2025",
                            "Bahan kajian kebijakan perlindungan sosial",
                            List.of("COPY"),
                            List.of("EMAIL")),
                    List.of(
                            routed("DINSOS"),
                            decide(
                                    "DINSOS",
                                    granted(
                                            "Jumlah KPM PKH dan BPNT 2025 per kecamatan diberikan; data"
                                                    + " per nama tidak termasuk permohonan.",
                                            "SOFTCOPY",
                                            "EMAIL",
                                            0,
                                            null)))),
            new DemoRequest(
                    "dana-bos",
                    PEMOHON1,
                    form(
                            PEMOHON1,
                            "Laporan realisasi penggunaan dana BOS SD Negeri 1 Cilegon tahun anggaran 2025",
                            "Pengawasan komite sekolah",
                            List.of("COPY"),
                            List.of("COLLECT_IN_PERSON")),
                    List.of(
                            routed("DINDIKBUD"),
                            decide(
                                    "DINDIKBUD",
                                    granted(
                                            "Salinan laporan realisasi dana BOS 2025 (42 halaman) dapat"
                                                    + " diambil di meja layanan PPID Dindikbud.",
                                            "HARDCOPY",
                                            "COLLECT_IN_PERSON",
                                            21000,
                                            "Fotokopi 42 halaman x Rp500",
                                            "Bayar tunai di meja layanan PPID Dindikbud saat mengambil salinan; kuitansi "
                                                    + "diberikan")))),
            new DemoRequest(
                    "ktp-elektronik",
                    PEMOHON2,
                    form(
                            PEMOHON2,
                            "Data ketersediaan blanko KTP elektronik dan jumlah perekaman KTP-el per kecamatan bulan ini",
                            "Ingin mengetahui kapan KTP-el saya dapat dicetak",
                            List.of("READ"),
                            null),
                    List.of(routed("DISDUKCAPIL"))));
}

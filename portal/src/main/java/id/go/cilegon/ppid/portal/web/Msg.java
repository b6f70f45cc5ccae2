package id.go.cilegon.ppid.portal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The portal's texts in Bahasa Indonesia, the default; {@code messages/msg_en.properties} has them in English. Used
 * in templates as {@code {msg:key}}.
 */
@MessageBundle(value = "msg", locale = "id")
public interface Msg {

    @Message("PPID Kota Cilegon")
    String site_name();

    @Message("Langsung ke isi")
    String skip_to_content();

    @Message("Menu utama")
    String nav_label();

    @Message("Beranda")
    String nav_home();

    @Message("Indeks keterbukaan")
    String nav_dashboard();

    @Message("Panduan pemohon")
    String nav_guide();

    @Message("English")
    String language_switch();

    @Message(
            "Pejabat Pengelola Informasi dan Dokumentasi Kota Cilegon, menurut UU 14/2008 tentang Keterbukaan Informasi Publik.")
    String footer();

    @Message("Keterbukaan informasi Kota Cilegon")
    String home_title();

    @Message(
            "Setiap orang berhak meminta informasi publik dari Pemerintah Kota Cilegon. Jawaban wajib diberikan dalam 10 hari kerja.")
    String home_lead();

    @Message("Indeks keterbukaan kota, 90 hari terakhir")
    String home_city_score();

    @Message("Belum cukup data untuk menghitung indeks.")
    String not_enough_data();

    @Message("dari 100")
    String out_of_100();

    @Message("Tren bulanan")
    String trend();

    @Message("Tahun {year} sejauh ini")
    String home_year(String year);

    @Message("Permohonan diterima")
    String received();

    @Message("Dijawab tepat waktu")
    String answered_on_time();

    @Message("Median hari kerja sampai dijawab")
    String median_days();

    @Message("Keberatan diajukan")
    String objections();

    @Message("Cara mengajukan permohonan")
    String home_how();

    @Message(
            "Ajukan permohonan secara daring atau di meja layanan PPID, dengan identitas (NIK atau akta badan hukum), rincian informasi yang diminta, dan tujuannya.")
    String home_how_1();

    @Message(
            "Anda menerima nomor registrasi dan batas waktu jawaban: 10 hari kerja, dapat diperpanjang paling lama 7 hari kerja dengan alasan tertulis.")
    String home_how_2();

    @Message(
            "Jika tidak puas dengan jawaban, atau tidak dijawab, Anda dapat mengajukan keberatan kepada Atasan PPID, lalu sengketa ke Komisi Informasi.")
    String home_how_3();

    @Message("Baca panduan lengkap")
    String home_guide_link();

    @Message("Lihat indeks setiap OPD")
    String home_dashboard_link();

    @Message("Indeks keterbukaan per OPD")
    String dashboard_title();

    @Message(
            "Nilai setiap perangkat daerah menurut lima predikat Komisi Informasi. Halaman ini diperbarui sendiri saat indeks berubah.")
    String dashboard_lead();

    @Message("Periode")
    String period();

    @Message("Tampilkan")
    String show();

    @Message("90 hari terakhir")
    String period_rolling();

    @Message("Peringkat OPD, {period}")
    String ranking_caption(String period);

    @Message("Peringkat")
    String rank();

    @Message("OPD")
    String opd();

    @Message("Nilai")
    String score();

    @Message("Predikat")
    String band();

    @Message("Terlambat belum dijawab")
    String overdue();

    @Message("Kota")
    String city();

    @Message("Belum ada data indeks.")
    String no_data();

    @Message("Diperbarui {time}")
    String updated_at(String time);

    @Message("Nilai kota per bulan")
    String city_trend_caption();

    @Message("Bulan")
    String month();

    @Message("Laporan tahunan")
    String nav_report();

    @Message("Laporan layanan informasi publik {year}")
    String report_title(int year);

    @Message(
            "Ringkasan layanan informasi publik Pemerintah Kota Cilegon menurut Pasal 12 UU 14/2008, untuk permohonan yang diterima pada tahun itu.")
    String report_lead();

    @Message("Tahun ini belum selesai: angka masih bertambah (keadaan {date}).")
    String report_incomplete(String date);

    @Message("Indeks keterbukaan tahun ini")
    String report_score();

    @Message("Ditarik pemohon")
    String withdrawn();

    @Message("Dijawab")
    String answered();

    @Message("Dijawab terlambat")
    String answered_late();

    @Message("Belum dijawab")
    String open_requests();

    @Message("Hari kerja sampai dijawab (persentil 90)")
    String p90_days();

    @Message("Jangka waktu diperpanjang")
    String extensions();

    @Message("Dikabulkan seluruhnya atau sebagian")
    String granted();

    @Message("Ditolak")
    String refused();

    @Message("Jawaban menurut jenis keputusan")
    String decisions_caption();

    @Message("Keputusan")
    String decision();

    @Message("Jumlah")
    String count();

    @Message("Alasan penolakan (Pasal 17)")
    String refusals_caption();

    @Message("Dasar")
    String ground();

    @Message("Keberatan dikabulkan")
    String objections_upheld();

    @Message("Keberatan ditolak")
    String objections_rejected();

    @Message("Sengketa ke Komisi Informasi")
    String disputes();

    @Message("Informasi berkala terbit tepat waktu")
    String periodic_on_time();

    @Message("Per bulan penerimaan")
    String months_caption();

    @Message("Unduh CSV")
    String download_csv();

    @Message("Unduh JSON")
    String download_json();

    @Message("Tahun sebelumnya")
    String previous_year();

    @Message("Belum ada jawaban dengan alasan penolakan.")
    String no_refusals();

    @Message(
            "Nilai keterbukaan perangkat daerah ini menurut permohonan yang diterimanya dan informasi berkala yang wajib diterbitkannya.")
    String opd_lead();

    @Message("Indeks keterbukaan, 90 hari terakhir")
    String home_city_score_opd();

    @Message("Dari apa nilai ini dihitung")
    String components_caption();

    @Message("Komponen")
    String component();

    @Message("Bobot")
    String weight();

    @Message("tidak dihitung (belum ada data)")
    String component_not_counted();

    @Message("Ketepatan waktu")
    String component_timeliness();

    @Message(
            "Bagian permohonan yang dijawab paling lambat pada batas waktunya (10 hari kerja, 17 bila diperpanjang), dari yang dijawab dan yang terlambat belum dijawab.")
    String component_timeliness_text();

    @Message("Kelengkapan")
    String component_completeness();

    @Message("Bagian permohonan yang sudah dijawab, dari yang dijawab dan yang terlambat belum dijawab.")
    String component_completeness_text();

    @Message("Keberatan")
    String component_objections();

    @Message("Bagian jawaban yang tidak dibatalkan karena keberatan yang dikabulkan Atasan PPID.")
    String component_objections_text();

    @Message("Keterbukaan proaktif")
    String component_proactive();

    @Message("Bagian informasi berkala yang terbit paling lambat pada tanggal wajibnya.")
    String component_proactive_text();

    @Message("Nilai OPD per bulan")
    String opd_trend_caption();

    @Message("Panduan bagi pemohon informasi")
    String guide_title();

    @Message("Hak Anda")
    String guide_rights();

    @Message(
            "Setiap warga negara Indonesia dan badan hukum Indonesia berhak meminta informasi publik, tanpa harus menjelaskan siapa dirinya selain identitas yang diminta formulir, dan tanpa biaya selain biaya salinan.")
    String guide_rights_text();

    @Message("Batas waktu")
    String guide_deadlines();

    @Message("Badan publik wajib memberi jawaban tertulis paling lambat 10 hari kerja sejak permohonan diterima.")
    String guide_deadline_answer();

    @Message(
            "Jangka itu dapat diperpanjang satu kali, paling lama 7 hari kerja, dengan pemberitahuan tertulis beserta alasannya.")
    String guide_deadline_extension();

    @Message("Hari Sabtu, Minggu dan hari libur nasional tidak dihitung.")
    String guide_deadline_days();

    @Message("Keberatan")
    String guide_objection();

    @Message(
            "Jika permohonan ditolak, tidak dijawab, dijawab tidak sesuai, atau dikenai biaya tidak wajar, Anda dapat mengajukan keberatan tertulis kepada Atasan PPID dalam 30 hari kerja. Atasan PPID wajib menanggapi dalam 30 hari kerja.")
    String guide_objection_text();

    @Message("Komisi Informasi")
    String guide_dispute();

    @Message(
            "Jika tidak puas dengan tanggapan atas keberatan, Anda dapat mengajukan sengketa ke Komisi Informasi dalam 14 hari kerja sejak menerima tanggapan itu.")
    String guide_dispute_text();
}

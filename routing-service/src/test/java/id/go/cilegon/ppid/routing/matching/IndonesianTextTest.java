package id.go.cilegon.ppid.routing.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.junit.jupiter.api.Test;

/** The analysis chain is Lucene's Indonesian one, plus extra stop words, synonyms and no numbers. */
class IndonesianTextTest {

    private final IndonesianText text = IndonesianText.standard();

    @Test
    void withoutTheAdditionsItIsLucenesIndonesianAnalyzer() {
        String sample = "Pembangunan jembatan dan perizinan bangunan gedung di kelurahan Kebonsari";
        try (IndonesianAnalyzer lucene = new IndonesianAnalyzer()) {
            assertEquals(
                    IndonesianText.terms(lucene, sample),
                    IndonesianText.terms(IndonesianText.luceneDefaults().indexAnalyzer(), sample));
        }
        // Stems are crude ("jembatan" -> "jembat") but the same on both sides, which is all matching needs.
        assertEquals(
                List.of("bangun", "jembat", "izin", "gedung", "lurah", "bonsari"),
                IndonesianText.terms(text.indexAnalyzer(), sample));
    }

    @Test
    void boilerplateAndNumbersAreDropped() {
        List<String> terms = IndonesianText.terms(
                text.queryAnalyzer(), "Mohon salinan dokumen data AMDAL tahun 2024 kota Cilegon yg terbaru");
        assertEquals(List.of("amdal"), terms);
        assertTrue(text.isStopWord("Permohonan"));
        assertFalse(text.isStopWord("amdal"));
    }

    @Test
    void informalSpellingsReachTheWordsOfTheDuties() {
        List<String> terms = IndonesianText.terms(text.queryAnalyzer(), "bikin akte & KK, dapet bansos");
        assertTrue(
                terms.containsAll(Set.of("akte", "akta", "kk", "kartu", "luarga", "buat", "bantu", "sosial")),
                terms.toString());
        // Synonyms are for what citizens write, not for the duties.
        assertFalse(IndonesianText.terms(text.indexAnalyzer(), "akte").contains("akta"));
    }

    @Test
    void rankingExplainsAndExcludes() {
        OpdIndex index = OpdIndex.build(
                List.of(
                        new OpdProfile(
                                "DLH",
                                "Dinas Lingkungan Hidup",
                                "DLH",
                                "Dokumen AMDAL, pengelolaan sampah, TPA",
                                List.of("limbah"),
                                List.of()),
                        new OpdProfile(
                                "DPUPR",
                                "Dinas Pekerjaan Umum",
                                "DPUPR",
                                "Jalan, jembatan, drainase, tata ruang",
                                List.of(),
                                List.of(new OpdProfile.RegisterText(
                                        "Kondisi jalan", "Ruas jalan rusak", List.of("aspal"))))),
                text,
                MatchSettings.defaults());
        Ranking ranking = index.rank("jalan rusak berlubang dan aspal mengelupas", "", Set.of());
        assertEquals("DPUPR", ranking.best().orElseThrow().opdCode());
        assertTrue(ranking.best().orElseThrow().matchedTerms().containsAll(List.of("jalan", "rusak", "aspal")));
        assertTrue(index.rank("jalan rusak", "", Set.of("DPUPR")).candidates().isEmpty());
        assertTrue(new RoutingThresholds(0, 0.2).judge(index.rank("sampah", "", Set.of()))
                == RoutingThresholds.Verdict.CONFIDENT);
        assertEquals(
                RoutingThresholds.Verdict.NO_MATCH,
                new RoutingThresholds(0, 0.2).judge(index.rank("mohon data", "", Set.of())));
    }
}

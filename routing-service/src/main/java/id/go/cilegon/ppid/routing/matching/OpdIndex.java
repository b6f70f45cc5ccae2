package id.go.cilegon.ppid.routing.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * An in-memory Lucene index of the active OPDs' profiles, one document per OPD, ranked against request text
 * with BM25. Immutable once built: a change of the directory or of a register builds a new one, and searches
 * in flight keep the one they started with.
 */
public final class OpdIndex {

    /** Distinct request terms used for a query; a long letter must not exceed Lucene's clause limit. */
    static final int MAX_QUERY_TERMS = 200;

    private static final String CODE = "code";
    private static final String DUTIES = "duties";
    private static final String KEYWORDS = "keywords";
    private static final String REGISTER = "register";
    private static final String NAME = "name";

    private final IndonesianText text;
    private final MatchSettings settings;
    private final IndexSearcher searcher;
    private final Map<String, Set<String>> termsByOpd;
    private final Map<String, Integer> documentFrequency;
    private final int size;

    private OpdIndex(
            IndonesianText text,
            MatchSettings settings,
            IndexSearcher searcher,
            Map<String, Set<String>> termsByOpd,
            Map<String, Integer> documentFrequency,
            int size) {
        this.text = text;
        this.settings = settings;
        this.searcher = searcher;
        this.termsByOpd = termsByOpd;
        this.documentFrequency = documentFrequency;
        this.size = size;
    }

    /** Indexes {@code profiles} (the active OPDs) in memory. */
    public static OpdIndex build(Collection<OpdProfile> profiles, IndonesianText text, MatchSettings settings) {
        BM25Similarity similarity = new BM25Similarity((float) settings.k1(), (float) settings.b());
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        Map<String, Set<String>> termsByOpd = new HashMap<>();
        Map<String, Integer> documentFrequency = new HashMap<>();
        IndexWriterConfig config = new IndexWriterConfig(text.indexAnalyzer()).setSimilarity(similarity);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (OpdProfile profile : profiles) {
                String registerText = String.join(
                        ". ",
                        profile.register().stream()
                                .map(OpdProfile.RegisterText::text)
                                .toList());
                String keywords = String.join(", ", profile.keywords());
                String names = profile.name() + ". " + profile.shortName();
                Document document = new Document();
                document.add(new StringField(CODE, profile.code(), Field.Store.YES));
                document.add(new TextField(DUTIES, profile.duties(), Field.Store.NO));
                document.add(new TextField(KEYWORDS, keywords, Field.Store.NO));
                document.add(new TextField(REGISTER, registerText, Field.Store.NO));
                document.add(new TextField(NAME, names, Field.Store.NO));
                writer.addDocument(document);

                Set<String> terms = new HashSet<>();
                for (String field : List.of(profile.duties(), keywords, registerText, names)) {
                    terms.addAll(IndonesianText.terms(text.indexAnalyzer(), field));
                }
                termsByOpd.put(profile.code(), terms);
                terms.forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
            }
            writer.commit();
            IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
            searcher.setSimilarity(similarity);
            return new OpdIndex(
                    text, settings, searcher, Map.copyOf(termsByOpd), Map.copyOf(documentFrequency), profiles.size());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build the OPD index", e);
        }
    }

    /** Number of OPDs indexed. */
    public int size() {
        return size;
    }

    /** The OPD codes in this index. */
    public Set<String> opdCodes() {
        return termsByOpd.keySet();
    }

    /**
     * Ranks the indexed OPDs for a request.
     *
     * @param details  the information requested, in the applicant's words
     * @param purpose  what the applicant will use it for (weaker evidence)
     * @param excluded OPD codes never to propose (e.g. those that already handed the request back)
     */
    public Ranking rank(String details, String purpose, Set<String> excluded) {
        List<String> detailTerms = IndonesianText.terms(text.queryAnalyzer(), details);
        Set<String> detailSet = new HashSet<>(detailTerms);
        Map<String, Double> weights = new java.util.LinkedHashMap<>();
        detailTerms.forEach(term -> weights.put(term, 1.0));
        if (settings.purposeWeight() > 0) {
            for (String term : IndonesianText.terms(text.queryAnalyzer(), purpose)) {
                if (!detailSet.contains(term)) {
                    weights.putIfAbsent(term, settings.purposeWeight());
                }
            }
        }
        List<String> queryTerms = new ArrayList<>(weights.keySet());
        if (queryTerms.size() > MAX_QUERY_TERMS) {
            queryTerms = queryTerms.subList(0, MAX_QUERY_TERMS);
        }
        if (queryTerms.isEmpty() || size == 0) {
            return new Ranking(List.of(), queryTerms);
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : queryTerms) {
            double weight = weights.get(term);
            add(query, DUTIES, term, weight * settings.dutiesWeight());
            add(query, KEYWORDS, term, weight * settings.keywordsWeight());
            add(query, REGISTER, term, weight * settings.registerWeight());
            add(query, NAME, term, weight * settings.nameWeight());
        }
        List<Candidate> candidates = new ArrayList<>();
        try {
            TopDocs top = searcher.search(query.build(), Math.max(1, size));
            for (ScoreDoc hit : top.scoreDocs) {
                String code = searcher.storedFields().document(hit.doc).get(CODE);
                if (hit.score <= 0 || excluded.contains(code)) {
                    continue;
                }
                candidates.add(new Candidate(code, round(hit.score), matched(code, queryTerms)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("OPD index search failed", e);
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::opdCode));
        return new Ranking(candidates, queryTerms);
    }

    private static void add(BooleanQuery.Builder query, String field, String term, double weight) {
        if (weight > 0) {
            query.add(new BoostQuery(new TermQuery(new Term(field, term)), (float) weight), BooleanClause.Occur.SHOULD);
        }
    }

    /** The request terms found in the OPD's profile, rarest across OPDs first (they told the most). */
    private List<String> matched(String code, List<String> queryTerms) {
        Set<String> opdTerms = termsByOpd.getOrDefault(code, Set.of());
        Set<String> matched = new LinkedHashSet<>();
        for (String term : queryTerms) {
            if (opdTerms.contains(term)) {
                matched.add(term);
            }
        }
        List<String> ordered = new ArrayList<>(matched);
        ordered.sort(Comparator.comparingInt((String t) -> documentFrequency.getOrDefault(t, 0)));
        return List.copyOf(ordered);
    }

    private static double round(double score) {
        return Math.round(score * 1000.0) / 1000.0;
    }
}

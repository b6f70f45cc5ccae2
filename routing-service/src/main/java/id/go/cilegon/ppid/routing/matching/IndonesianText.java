package id.go.cilegon.ppid.routing.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The Indonesian text analysis of routing: the chain of Lucene's {@link IndonesianAnalyzer} (standard
 * tokenizer, lower case, stop words, {@link IndonesianStemFilter}) with two additions that citizens' writing
 * needs: extra stop words for request boilerplate ("mohon", "salinan", "data", ...) so they do not decide
 * the match, and query-side synonyms that map informal spellings and abbreviations ("akte", "bansos",
 * "jln") to the words OPD duties use. Pure numbers (years, house numbers) are dropped: they say nothing
 * about which OPD holds the information.
 */
public final class IndonesianText {

    /** Extra stop words, one per line, {@code #} comments. */
    public static final String EXTRA_STOP_WORDS = "routing/stopwords-extra.txt";
    /** Synonym rules in Solr format ({@code akte => akta}), applied to request text only. */
    public static final String SYNONYMS = "routing/synonyms.txt";
    /** Longer "words" are not words (and the events carrying matched terms take at most this many characters). */
    public static final int MAX_TERM_CHARS = 100;

    private final CharArraySet stopWords;
    private final SynonymMap synonyms;
    private final Analyzer indexAnalyzer;
    private final Analyzer queryAnalyzer;

    private IndonesianText(CharArraySet stopWords, SynonymMap synonyms) {
        this.stopWords = CharArraySet.unmodifiableSet(stopWords);
        this.synonyms = synonyms;
        this.indexAnalyzer = new ChainAnalyzer(this.stopWords, null);
        this.queryAnalyzer = new ChainAnalyzer(this.stopWords, synonyms);
    }

    /** The analysis used in production: Lucene's Indonesian stop words plus the extras, and the synonyms. */
    public static IndonesianText standard() {
        CharArraySet stop = new CharArraySet(IndonesianAnalyzer.getDefaultStopSet(), false);
        stop.addAll(readWords(EXTRA_STOP_WORDS));
        return new IndonesianText(stop, readSynonyms(SYNONYMS));
    }

    /** Only what {@link IndonesianAnalyzer} does by itself: the baseline the benchmark compares against. */
    public static IndonesianText luceneDefaults() {
        return new IndonesianText(new CharArraySet(IndonesianAnalyzer.getDefaultStopSet(), false), null);
    }

    /** Analyzer for OPD duties, keywords and register entries. */
    public Analyzer indexAnalyzer() {
        return indexAnalyzer;
    }

    /** Analyzer for request text: as the index analyzer, with the informal-spelling synonyms first. */
    public Analyzer queryAnalyzer() {
        return queryAnalyzer;
    }

    public boolean isStopWord(String word) {
        return stopWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The distinct terms of {@code text} in order of first appearance, 2 to {@link #MAX_TERM_CHARS} long. */
    public static List<String> terms(Analyzer analyzer, String text) {
        Set<String> terms = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return List.of();
        }
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (term.length() > 1 && term.length() <= MAX_TERM_CHARS) {
                    terms.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(terms);
    }

    private static List<String> readWords(String resource) {
        List<String> words = new ArrayList<>();
        try (BufferedReader reader = open(resource)) {
            String line;
            while ((line = reader.readLine()) != null) {
                String word = line.replaceFirst("#.*$", "").strip().toLowerCase(Locale.ROOT);
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        return words;
    }

    private static SynonymMap readSynonyms(String resource) {
        // Rules are parsed with tokenizer and lower case only: stemming happens after the synonyms apply.
        Analyzer ruleAnalyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFilter(source));
            }
        };
        try (Reader reader = open(resource)) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, ruleAnalyzer);
            parser.parse(reader);
            return parser.build();
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("Cannot read synonyms " + resource + ": " + e.getMessage(), e);
        } finally {
            ruleAnalyzer.close();
        }
    }

    private static BufferedReader open(String resource) {
        InputStream in = IndonesianText.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing classpath resource " + resource);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** Same order of filters as {@link IndonesianAnalyzer#createComponents}, plus synonyms and the number filter. */
    private static final class ChainAnalyzer extends Analyzer {

        private final CharArraySet stopWords;
        private final SynonymMap synonyms;

        ChainAnalyzer(CharArraySet stopWords, SynonymMap synonyms) {
            this.stopWords = stopWords;
            this.synonyms = synonyms;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new LowerCaseFilter(source);
            if (synonyms != null) {
                result = new SynonymGraphFilter(result, synonyms, true);
            }
            result = new StopFilter(result, stopWords);
            result = new NoNumbersFilter(result);
            result = new IndonesianStemFilter(result);
            return new TokenStreamComponents(source, result);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }

    /** Drops tokens made only of digits. */
    private static final class NoNumbersFilter extends FilteringTokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        NoNumbersFilter(TokenStream in) {
            super(in);
        }

        @Override
        protected boolean accept() {
            for (int i = 0; i < term.length(); i++) {
                if (!Character.isDigit(term.charAt(i))) {
                    return true;
                }
            }
            return false;
        }
    }
}

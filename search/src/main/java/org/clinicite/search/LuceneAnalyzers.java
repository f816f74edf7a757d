package org.clinicite.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The two analysers of the index. Text: like Lucene's {@code EnglishAnalyzer}
 * (possessives, lower case, stop words, Porter stemming) plus ASCII folding, so
 * "São Paulo" matches "sao paulo" and "reductions" matches "reduction". Names (authors,
 * journals, outlets): the same without stop words and stemming, since "Drugs" in a
 * journal title or "Perl" as a surname are not English words to reduce. Lower case, folding
 * and stop words are one filter at index time ({@link LuceneLowerFoldStopFilter}, the same
 * tokens as Lucene's three, 12 % less analysis CPU), and the text analyser remembers what
 * its filters made of each word ({@link LuceneMemoFilter}); queries normalise with Lucene's
 * own filters.
 */
final class LuceneAnalyzers {
    /**
     * A gap between the values of a multi-valued field, so that a phrase never matches
     * across two outcomes, two findings or two write-ups.
     */
    private static final int VALUE_GAP = 100;

    /**
     * Words each thread's text analyser remembers ({@link LuceneMemoFilter}): in the benchmark's
     * corpus nearly every word is among the 65,536 most frequent; a few MB per indexing thread.
     */
    private static final int MEMO_WORDS = 1 << 16;

    private LuceneAnalyzers() {
    }

    /**
     * What the text analyser does to each word the tokenizer gives: possessives, then lower
     * case, ASCII folding and stop words in one filter, then Porter stemming. Token-local, so
     * {@link LuceneMemoFilter} remembers its answers.
     */
    static TokenStream englishWord(TokenStream in) {
        TokenStream t = new EnglishPossessiveFilter(in);
        t = new LuceneLowerFoldStopFilter(t, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        return new PorterStemFilter(t);
    }

    static Analyzer text() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source,
                        new LuceneMemoFilter(source, LuceneAnalyzers::englishWord, MEMO_WORDS));
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }

            @Override
            public int getPositionIncrementGap(String field) {
                return VALUE_GAP;
            }
        };
    }

    static Analyzer names() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream t = new LuceneLowerFoldStopFilter(source, CharArraySet.EMPTY_SET); // lower case and folding
                return new TokenStreamComponents(source, t);
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }

            @Override
            public int getPositionIncrementGap(String field) {
                return VALUE_GAP;
            }
        };
    }

    /** Names for the name fields, text for everything else (keyword fields are not analysed at all). */
    static Analyzer perField() {
        Analyzer names = names();
        return new PerFieldAnalyzerWrapper(text(), Map.of(
                LuceneSchema.AUTHOR, names, LuceneSchema.JOURNAL, names, LuceneSchema.OUTLET, names));
    }
}

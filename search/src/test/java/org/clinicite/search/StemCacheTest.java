package org.clinicite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/** The text analyser with its stem cache gives exactly the tokens of the plain Porter chain. */
class StemCacheTest {
    /** The chain without the cache, as it was. */
    private static Analyzer reference() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream t = new EnglishPossessiveFilter(source);
                t = new LowerCaseFilter(t);
                t = new ASCIIFoldingFilter(t);
                t = new StopFilter(t, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                t = new PorterStemFilter(t);
                return new TokenStreamComponents(source, t);
            }
        };
    }

    private static List<String> tokens(Analyzer a, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream(LuceneSchema.ABSTRACT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "/" + inc.getPositionIncrement() + "/" + off.startOffset() + "-" + off.endOffset());
            }
            ts.end();
        }
        return out;
    }

    @Test
    void sameTokensAsPorterOnTheSampleRecords() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("..", "..", "shared", "data"))) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                texts.add(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
            }
        }
        texts.add("Reductions in the patients' depressive symptoms: São Paulo's relational generalized sedation");
        assertTrue(texts.size() > 5, "sample records found");
        Analyzer cached = LuceneAnalyzers.text();
        Analyzer plain = reference();
        long tokens = 0;
        for (int round = 0; round < 2; round++) { // the second round is answered from the cache
            for (String text : texts) {
                List<String> expected = tokens(plain, text);
                assertEquals(expected, tokens(cached, text));
                tokens += expected.size();
            }
        }
        assertTrue(tokens > 10_000, "enough words compared: " + tokens);
    }

    @Test
    void aFullCacheStillStems() throws IOException {
        Analyzer cached = LuceneAnalyzers.text();
        Analyzer plain = reference();
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < StemCache.MAX_WORDS + 1_000; i++) {
            words.append("relational").append(Integer.toString(i, 26).replaceAll("[0-9]", "x")).append("s ");
        }
        String text = words + " generalized sedation relational reductions";
        assertEquals(tokens(plain, text), tokens(cached, text));
        assertEquals(tokens(plain, text), tokens(cached, text));
    }
}

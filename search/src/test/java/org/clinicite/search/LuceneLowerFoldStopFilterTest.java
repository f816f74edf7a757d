package org.clinicite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;

/**
 * The index's analysers give exactly the tokens of Lucene's own filters in the order they
 * replace (lower case, ASCII folding, stop words): terms, positions, offsets and types, on
 * hand-picked edge cases, seeded random text mixing scripts, and the shared sample records;
 * also when the text analyser answers from its memory of words ({@link LuceneMemoFilter}),
 * and when that memory is small enough to start over every few words.
 */
class LuceneLowerFoldStopFilterTest {
    private static final Analyzer TEXT = LuceneAnalyzers.text();
    private static final Analyzer NAMES = LuceneAnalyzers.names();
    /** The text analyser with a memory of 8 words, which starts over every few words. */
    private static final Analyzer TEXT_SMALL_MEMO = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new LuceneMemoFilter(source, LuceneAnalyzers::englishWord, 8));
        }
    };

    /** The text analyser as it was, with Lucene's filters. */
    private static final Analyzer TEXT_REFERENCE = new Analyzer() {
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

    /** The names analyser as it was. */
    private static final Analyzer NAMES_REFERENCE = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
        }
    };

    @Test
    void edgeCases() {
        List<String> cases = List.of("", "The", "THE end of THE", "São Paulo's", "Straße ÆSIR Œuvre", "thé",
                "İstanbul ΑΘΗΝΑ Ω", "naïve café's résumé", "𝐀𝐁𝐂 abc 𝑥", "MDMA-assisted psychotherapy, 2021",
                "ﬁne ﬂow ＦＵＬＬＷＩＤＴＨ", "It Is NOT such a THING", "they'll won't o'neil", "a", "ẞ Ǆ ǅ",
                "x".repeat(300) + " Über" + "É".repeat(100));
        for (String s : cases) {
            assertSameTokens(s);
        }
        assertEquals(List.of("sao|1|0|3", "paulo|1|4|11"), tokens(TEXT, "São Paulo's").subList(0, 2));
        assertEquals(List.of("end|2|4|7"), tokens(TEXT, "THE end of THE").subList(0, 1));
    }

    @Test
    void randomTextOfManyScripts() {
        String pool = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789      .,;'’-_/()\"àáâãäåçèéêëìíîïñòóôõöùúûüýÿ"
                + "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝßæÆœŒøØıİſΣσςΑαЖжĲĳﬀﬁ＠Ａａ①²½™€—–…\u0301\u0308";
        String[] words = {"the", "The", "THE", "and", "AND", "of", "to", "with", "their", "There", "these", "such", "into",
            "will", "was", "not", "no", "it", "is", "be", "but", "by"};
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 3_000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + r.nextInt(80);
            for (int k = 0; k < n; k++) {
                if (r.nextInt(6) == 0) {
                    sb.append(' ').append(words[r.nextInt(words.length)]).append(' ');
                } else if (r.nextInt(40) == 0) {
                    sb.appendCodePoint(0x1D400 + r.nextInt(52)); // mathematical letters, outside the BMP
                } else {
                    sb.append(pool.charAt(r.nextInt(pool.length())));
                }
            }
            assertSameTokens(sb.toString());
        }
    }

    @Test
    void sharedSampleRecords() throws IOException {
        String prop = System.getProperty("clinicite.shared.data");
        Path records = prop == null ? null : Path.of(prop, "records");
        if (records == null || !Files.isDirectory(records)) {
            return; // the random and edge cases above still run
        }
        int files = 0;
        try (Stream<Path> all = Files.walk(records)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                assertSameTokens(read(p));
                files++;
            }
        }
        assertTrue(files > 0);
    }

    private static String read(Path p) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(p))).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertSameTokens(String text) {
        List<String> reference = tokens(TEXT_REFERENCE, text);
        assertEquals(reference, tokens(TEXT, text), () -> "text: " + text);
        assertEquals(reference, tokens(TEXT_SMALL_MEMO, text), () -> "text, small memory: " + text);
        assertEquals(tokens(NAMES_REFERENCE, text), tokens(NAMES, text), () -> "names: " + text);
    }

    /** Each token as term|position increment|start|end|length|type, then the end state. */
    private static List<String> tokens(Analyzer a, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "|" + inc.getPositionIncrement() + "|" + off.startOffset() + "|" + off.endOffset()
                        + (len.getPositionLength() == 1 ? "" : "|" + len.getPositionLength())
                        + (type.type().equals("<ALPHANUM>") ? "" : "|" + type.type()));
            }
            ts.end();
            out.add("end|" + inc.getPositionIncrement() + "|" + off.endOffset());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}

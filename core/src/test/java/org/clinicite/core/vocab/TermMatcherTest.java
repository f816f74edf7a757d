package org.clinicite.core.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.clinicite.core.model.TermKind;
import org.clinicite.core.testing.SharedData;
import org.clinicite.core.text.TextKeys;
import org.junit.jupiter.api.Test;

/**
 * The word scanner and the matcher give what the regular-expression matcher they replaced
 * gave (kept here as the reference): on every synonym and abbreviation of the shipped
 * vocabulary in running text, on random text, and on the real records of the shared data.
 */
class TermMatcherTest {
    private static final Vocabulary VOCABULARY = Vocabulary.shipped();
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");
    private static final Pattern GAP = Pattern.compile("[\\s\\-‐–/,'’]*");

    /** The matcher as it was before the word scanner: regex words, each n-gram joined afresh. */
    private static List<Mention> reference(TermKind kind, String text) {
        List<int[]> words = new ArrayList<>();
        List<String> folded = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
            folded.add(TextKeys.fold(m.group()));
        }
        Map<String, Term> synonyms = VOCABULARY.synonymIndex(kind);
        Map<String, Term> abbreviations = VOCABULARY.abbreviationIndex(kind);
        Set<String> starts = VOCABULARY.phraseWords(kind).keySet();
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int matched = 0;
            int longest = starts.contains(folded.get(i)) ? Math.min(8, words.size() - i) : 1;
            for (int n = longest; n >= 1 && matched == 0; n--) {
                int start = words.get(i)[0];
                int end = words.get(i + n - 1)[1];
                Term t = n == 1 ? abbreviations.get(text.substring(start, end)) : null;
                if (t == null) {
                    t = synonyms.get(n == 1 ? folded.get(i) : String.join(" ", folded.subList(i, i + n)));
                }
                boolean contiguous = true;
                for (int k = i; k < i + n - 1; k++) {
                    String gap = text.substring(words.get(k)[1], words.get(k + 1)[0]);
                    contiguous &= gap.length() <= 3 && GAP.matcher(gap).matches();
                }
                if (t != null && !t.isClass() && contiguous) {
                    out.add(new Mention(t, start, end, text.substring(start, end)));
                    matched = n;
                }
            }
            i += Math.max(1, matched);
        }
        return out;
    }

    private static void assertSameAsReference(String text) {
        for (TermKind kind : TermKind.values()) {
            assertEquals(reference(kind, text), VOCABULARY.find(kind, text), () -> kind + " in: " + text);
            assertEquals(reference(kind, text), VOCABULARY.find(kind, TextWords.of(text)), () -> kind + " in: " + text);
        }
    }

    @Test
    void wordsAreTheRegexWords() {
        Random random = new Random(3);
        String alphabet = "ab Zé'’-x9²ⅷ,.𝒜ß\u0301 ";
        for (int k = 0; k < 20_000; k++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(14);
            for (int i = 0; i < n; i++) {
                sb.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                        random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            }
            String s = sb.toString();
            TextWords w = TextWords.of(s);
            Matcher m = WORD.matcher(s);
            int i = 0;
            while (m.find()) {
                int at = i;
                assertEquals(m.group(), s.substring(w.starts[at], w.ends[at]), () -> "word " + at + " of '" + s + "'");
                i++;
            }
            assertEquals(i, w.size(), () -> "'" + s + "'");
        }
    }

    @Test
    void everySynonymAndAbbreviationInRunningTextMatchesAsBefore() {
        int texts = 0;
        for (Term t : VOCABULARY.all()) {
            List<String> names = new ArrayList<>(t.synonyms());
            names.add(t.name());
            names.addAll(t.abbreviations());
            for (String name : names) {
                assertSameAsReference("Patients given " + name + " (or " + name.toUpperCase(java.util.Locale.ROOT)
                        + ") and " + name.replace(' ', '-') + " improved; " + name + ".");
                texts++;
            }
        }
        assertEquals(true, texts > 500, "the vocabulary's names: " + texts);
    }

    @Test
    void realRecordsMatchAsBefore() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SharedData.dir())) {
            files = walk.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(xml|txt|json|ris|nbib|bib)"))
                    .sorted().toList();
        }
        for (Path f : files) {
            String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
            for (int from = 0; from < text.length(); from += 2000) {
                assertSameAsReference(text.substring(from, Math.min(text.length(), from + 2400)));
            }
        }
        assertEquals(true, files.size() > 50, "shared data files: " + files.size());
    }
}

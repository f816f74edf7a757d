package org.clinicite.core.vocab;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicite.core.model.TermKind;
import org.clinicite.core.text.TextKeys;

/**
 * Finds vocabulary terms in running text: folded word n-grams against the synonym
 * index (longest first), and exact tokens against the abbreviation index.
 */
final class TermMatcher {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");
    private static final Pattern GAP = Pattern.compile("[\\s\\-‐–/,'’]*");
    private static final int MAX_WORDS = 8;
    private final Vocabulary vocabulary;

    TermMatcher(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    List<Mention> find(TermKind kind, String text) {
        List<int[]> words = new ArrayList<>();
        List<String> folded = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
            folded.add(TextKeys.fold(m.group()));
        }
        Map<String, Term> synonyms = vocabulary.synonymIndex(kind);
        Map<String, Term> abbreviations = vocabulary.abbreviationIndex(kind);
        java.util.Set<String> starts = vocabulary.phraseStarts(kind);
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int matched = 0;
            // each word is folded once; a span's key is its folded words joined, as TextKeys.fold would give
            int longest = starts.contains(folded.get(i)) ? Math.min(MAX_WORDS, words.size() - i) : 1;
            for (int n = longest; n >= 1 && matched == 0; n--) {
                int start = words.get(i)[0];
                int end = words.get(i + n - 1)[1];
                Term t = n == 1 ? abbreviations.get(text.substring(start, end)) : null;
                if (t == null) {
                    t = synonyms.get(n == 1 ? folded.get(i) : String.join(" ", folded.subList(i, i + n)));
                }
                if (t != null && !t.isClass() && spanIsContiguous(text, words, i, n)) {
                    out.add(new Mention(t, start, end, text.substring(start, end)));
                    matched = n;
                }
            }
            i += Math.max(1, matched);
        }
        return out;
    }

    /** Words joined only by spaces, hyphens, slashes, commas or apostrophes: not across sentences. */
    private static boolean spanIsContiguous(String text, List<int[]> words, int i, int n) {
        for (int k = i; k < i + n - 1; k++) {
            String gap = text.substring(words.get(k)[1], words.get(k + 1)[0]);
            if (gap.length() > 3 || !GAP.matcher(gap).matches()) {
                return false;
            }
        }
        return true;
    }
}

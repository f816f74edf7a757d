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
    private static final int MAX_WORDS = 8;
    private final Vocabulary vocabulary;

    TermMatcher(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    List<Mention> find(TermKind kind, String text) {
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        Map<String, Term> synonyms = vocabulary.synonymIndex(kind);
        Map<String, Term> abbreviations = vocabulary.abbreviationIndex(kind);
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int matched = 0;
            for (int n = Math.min(MAX_WORDS, words.size() - i); n >= 1 && matched == 0; n--) {
                int start = words.get(i)[0];
                int end = words.get(i + n - 1)[1];
                String span = text.substring(start, end);
                Term t = n == 1 ? abbreviations.get(span) : null;
                if (t == null) {
                    t = synonyms.get(TextKeys.fold(span));
                }
                if (t != null && !t.isClass() && spanIsContiguous(text, words, i, n)) {
                    out.add(new Mention(t, start, end, span));
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
            if (gap.length() > 3 || !gap.matches("[\\s\\-‐–/,'’]*")) {
                return false;
            }
        }
        return true;
    }
}

package org.clinicite.core.vocab;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clinicite.core.model.TermKind;

/**
 * Finds vocabulary terms in running text: folded word n-grams against the synonym
 * index (longest first), and exact tokens against the abbreviation index. The text is
 * split and folded once ({@link TextWords}); n-grams are tried only from a word that
 * starts a multi-word synonym, and no longer than that word's longest synonym; their
 * keys are built incrementally in one buffer.
 */
final class TermMatcher {
    private static final int MAX_WORDS = 8;
    /** The longest gap between two words of a term. */
    private static final int MAX_GAP = 3;
    private final Vocabulary vocabulary;

    TermMatcher(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    List<Mention> find(TermKind kind, String text) {
        return find(kind, TextWords.of(text));
    }

    List<Mention> find(TermKind kind, TextWords w) {
        Map<String, Term> synonyms = vocabulary.synonymIndex(kind);
        Map<String, Term> abbreviations = vocabulary.abbreviationIndex(kind);
        Map<String, Integer> phraseWords = vocabulary.phraseWords(kind);
        List<Mention> out = new ArrayList<>();
        StringBuilder key = null;
        int[] keyEnds = null;
        int i = 0;
        while (i < w.size) {
            int matched = 0;
            Integer most = phraseWords.get(w.folded[i]);
            int longest = most == null ? 1 : Math.min(Math.min(MAX_WORDS, most), w.size - i);
            if (longest > 1) {
                // the keys of the n-grams from word i, as TextKeys.fold would give the span: folded words joined
                if (key == null) {
                    key = new StringBuilder(64);
                    keyEnds = new int[MAX_WORDS + 1];
                }
                key.setLength(0);
                key.append(w.folded[i]);
                keyEnds[1] = key.length();
                for (int n = 2; n <= longest; n++) {
                    key.append(' ').append(w.folded[i + n - 1]);
                    keyEnds[n] = key.length();
                }
            }
            for (int n = longest; n >= 1 && matched == 0; n--) {
                Term t;
                if (n == 1) {
                    t = abbreviations.get(w.raw[i]);
                    if (t == null) {
                        t = synonyms.get(w.folded[i]);
                    }
                } else {
                    t = synonyms.get(key.substring(0, keyEnds[n]));
                }
                if (t != null && !t.isClass() && spanIsContiguous(w, i, n)) {
                    int start = w.starts[i];
                    int end = w.ends[i + n - 1];
                    out.add(new Mention(t, start, end, w.text.substring(start, end)));
                    matched = n;
                }
            }
            i += Math.max(1, matched);
        }
        return out;
    }

    /** Words joined only by spaces, hyphens, slashes, commas or apostrophes: not across sentences. */
    private static boolean spanIsContiguous(TextWords w, int i, int n) {
        for (int k = i; k < i + n - 1; k++) {
            int from = w.ends[k];
            int to = w.starts[k + 1];
            if (to - from > MAX_GAP) {
                return false;
            }
            for (int c = from; c < to; c++) {
                if (!isGapChar(w.text.charAt(c))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** {@code [\s\-‐–/,'’]} of java.util.regex (where {@code \s} is ASCII white space). */
    private static boolean isGapChar(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '-'
                || c == '‐' || c == '–' || c == '/' || c == ',' || c == '\'' || c == '’';
    }
}

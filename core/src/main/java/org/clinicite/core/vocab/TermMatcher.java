package org.clinicite.core.vocab;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clinicite.core.model.TermKind;

/**
 * Finds vocabulary terms in running text: folded word n-grams against the synonym
 * index (longest first), and exact tokens against the abbreviation index. The text is
 * split and folded once ({@link TextWords}), and each word's synonyms and phrase lengths
 * of every kind are found in one look-up ({@link Vocabulary#word}, kept with the words for
 * the next kind); the abbreviation index is asked only for a word whose first char starts
 * an abbreviation. N-grams are tried only from a word that
 * starts a multi-word synonym, no longer than that word's longest synonym, and only as long
 * as the n-gram still begins some synonym ({@link Vocabulary#phrasePrefixes}); their keys are
 * built incrementally in one buffer.
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
        Vocabulary.WordEntry[] entries = w.entries(vocabulary);
        int k = kind.ordinal();
        Set<String> prefixes = vocabulary.phrasePrefixes(kind);
        boolean[] abbreviationStarts = vocabulary.abbreviationFirstChars(kind);
        List<Mention> out = new ArrayList<>();
        StringBuilder key = null;
        String[] keys = null;
        int i = 0;
        while (i < w.size) {
            int matched = 0;
            Vocabulary.WordEntry entry = entries[i];
            int most = entry == null ? 0 : entry.phraseWords[k];
            int longest = most == 0 ? 1 : Math.min(Math.min(MAX_WORDS, most), w.size - i);
            if (longest > 1) {
                // the keys of the n-grams from word i, as TextKeys.fold would give the span: folded words joined,
                // built only while they are still the start of some synonym (a longer one cannot match otherwise)
                if (key == null) {
                    key = new StringBuilder(64);
                    keys = new String[MAX_WORDS + 1];
                }
                key.setLength(0);
                key.append(w.folded[i]);
                int feasible = 1;
                for (int n = 2; n <= longest; n++) {
                    key.append(' ').append(w.folded[i + n - 1]);
                    String ngram = key.toString();
                    if (!prefixes.contains(ngram)) {
                        break;
                    }
                    keys[n] = ngram;
                    feasible = n;
                }
                longest = feasible;
            }
            for (int n = longest; n >= 1 && matched == 0; n--) {
                Term t;
                if (n == 1) {
                    String raw = w.raw[i];
                    char first = raw.charAt(0);
                    t = abbreviationStarts[first < abbreviationStarts.length ? first : 0] ? abbreviations.get(raw) : null;
                    if (t == null && entry != null) {
                        t = entry.synonyms[k]; // synonyms.get(w.folded[i])
                    }
                } else {
                    t = synonyms.get(keys[n]);
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

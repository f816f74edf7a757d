package org.clinicite.core.vocab;

import org.clinicite.core.text.TextKeys;

/**
 * A text split into words once, each word folded once ({@link TextKeys#fold}), so that
 * terms of every kind can be found in it ({@link Vocabulary#find(org.clinicite.core.model.TermKind, TextWords)})
 * without splitting and folding it again per kind. A word is a run of letters and digits,
 * with an apostrophe and the letters after it ("Parkinson's"); it is found by a scanner
 * over the characters, not a regular expression. Immutable (but for the vocabulary entries of
 * its words, looked up once and kept).
 */
public final class TextWords {
    final String text;
    final int[] starts;
    final int[] ends;
    /** The words as written (for the exact-case abbreviation index). */
    final String[] raw;
    final String[] folded;
    final int size;
    /** The words' {@link Vocabulary#word} entries, found once for all kinds; with the vocabulary they are of. */
    private volatile Entries entries;

    private record Entries(Vocabulary vocabulary, Vocabulary.WordEntry[] of) {
    }

    private TextWords(String text, int[] starts, int[] ends, String[] raw, String[] folded, int size) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.raw = raw;
        this.folded = folded;
        this.size = size;
    }

    /** The words of the text (none for null). */
    public static TextWords of(String text) {
        String t = text == null ? "" : text;
        int capacity = Math.max(4, t.length() / 6);
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        String[] raw = new String[capacity];
        String[] folded = new String[capacity];
        int size = 0;
        int n = t.length();
        int i = 0;
        while (i < n) {
            int cp = codePointAt(t, i);
            if (!isLetterOrNumber(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n && isLetterOrNumber(cp = codePointAt(t, i))) {
                i += Character.charCount(cp);
            }
            i = afterApostrophe(t, i);
            if (size == starts.length) {
                int grown = size * 2;
                starts = java.util.Arrays.copyOf(starts, grown);
                ends = java.util.Arrays.copyOf(ends, grown);
                raw = java.util.Arrays.copyOf(raw, grown);
                folded = java.util.Arrays.copyOf(folded, grown);
            }
            String word = t.substring(start, i);
            starts[size] = start;
            ends[size] = i;
            raw[size] = word;
            folded[size] = TextKeys.fold(word);
            size++;
        }
        return new TextWords(t, starts, ends, raw, folded, size);
    }

    /** {@code t.codePointAt(i)}, with the char itself when it is not a surrogate (the usual case). */
    private static int codePointAt(String t, int i) {
        char c = t.charAt(i);
        return Character.isSurrogate(c) ? t.codePointAt(i) : c;
    }

    /** The end of "'s" or "’t" after a word (an apostrophe and at least one letter), else {@code i}. */
    private static int afterApostrophe(String t, int i) {
        int n = t.length();
        if (i + 1 >= n) {
            return i;
        }
        char c = t.charAt(i);
        if (c != '\'' && c != '’') {
            return i;
        }
        int j = i + 1;
        int cp;
        while (j < n && Character.isLetter(cp = t.codePointAt(j))) {
            j += Character.charCount(cp);
        }
        return j > i + 1 ? j : i;
    }

    /** {@code [\p{L}\p{N}]} of java.util.regex: a letter, or a decimal, letter or other number. */
    static boolean isLetterOrNumber(int cp) {
        if (cp < 128) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        }
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** The vocabulary's entry of each folded word (null where it has none), looked up at the first call. */
    Vocabulary.WordEntry[] entries(Vocabulary vocabulary) {
        Entries e = entries;
        if (e == null || e.vocabulary() != vocabulary) {
            Vocabulary.WordEntry[] of = new Vocabulary.WordEntry[size];
            for (int i = 0; i < size; i++) {
                of[i] = vocabulary.word(folded[i]);
            }
            e = new Entries(vocabulary, of);
            entries = e;
        }
        return e.of();
    }

    /** The number of words. */
    public int size() {
        return size;
    }
}

package org.clinicite.importer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a paragraph into sentences at a full stop, question or exclamation mark (with
 * any closing quotes or brackets) followed by a space and a capital, digit or opening
 * quote, except after abbreviations ("Dr.", "et al.", "vs.", "U.S.", single initials).
 */
public final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of("dr", "prof", "mr", "mrs", "ms", "st", "vs", "al",
            "e.g", "i.e", "etc", "approx", "no", "fig", "u.s", "u.k", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "inc", "ltd", "co", "jr", "sr", "ph.d", "m.d", "cf", "ca");

    private Sentences() {
    }

    /**
     * The sentences of the paragraph. A boundary is what {@code [.!?…][”"’')\]]*\s+(?=[“"‘(]?[\p{Lu}\p{N}])}
     * matches, found by a scanner over the characters.
     */
    public static List<String> split(String paragraph) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = paragraph.length();
        int i = 0;
        while (i < n) {
            char c = paragraph.charAt(i);
            int end = c == '.' || c == '!' || c == '?' || c == '…' ? boundaryEnd(paragraph, i) : -1;
            if (end < 0) {
                i++;
                continue;
            }
            if (!endsWithAbbreviation(paragraph, start, i + 1)) {
                out.add(paragraph.substring(start, end).strip());
                start = end;
            }
            i = end;
        }
        String rest = paragraph.substring(start).strip();
        if (!rest.isEmpty()) {
            out.add(rest);
        }
        return out;
    }

    /** The end of the boundary whose stop is at {@code stop} (after its closing quotes and spaces), else -1. */
    private static int boundaryEnd(String p, int stop) {
        int n = p.length();
        int j = stop + 1;
        while (j < n && isClosing(p.charAt(j))) {
            j++;
        }
        int k = j;
        while (k < n && isSpace(p.charAt(k))) {
            k++;
        }
        if (k == j || k == n) {
            return -1;
        }
        int next = k;
        char open = p.charAt(next);
        if (open == '“' || open == '"' || open == '‘' || open == '(') {
            next++;
        }
        if (next >= n) {
            return -1;
        }
        int type = Character.getType(p.codePointAt(next));
        boolean capitalOrNumber = type == Character.UPPERCASE_LETTER || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
        return capitalOrNumber ? k : -1;
    }

    private static boolean isClosing(char c) {
        return c == '”' || c == '"' || c == '’' || c == '\'' || c == ')' || c == ']';
    }

    /** {@code \s} of java.util.regex: ASCII white space. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Words separated by white space. */
    public static int wordCount(String text) {
        String s = text.strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }

    /** Whether {@code text[from, to)}, the sentence up to its stop, ends with an abbreviation's full stop. */
    private static boolean endsWithAbbreviation(String text, int from, int to) {
        if (to <= from || text.charAt(to - 1) != '.') {
            return false;
        }
        // the letters and full stops before the final one, as "([\\p{L}.]+)\\.$" would find them (scanned back, no regex)
        int end = to - 1;
        int start = end;
        while (start > from) {
            int cp = text.codePointBefore(start);
            if (cp != '.' && !Character.isLetter(cp)) {
                break;
            }
            start -= Character.charCount(cp);
        }
        if (start == end) {
            return false;
        }
        String word = text.substring(start, end).toLowerCase(Locale.ROOT);
        return word.length() == 1 && Character.isLetter(word.charAt(0)) || ABBREVIATIONS.contains(word);
    }
}

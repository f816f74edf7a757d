package org.clinicite.core.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalised keys for matching: case, punctuation, diacritics and spacing folded, so
 * "Perceived Benefits of MDMA-Assisted Psychotherapy" and "perceived benefits of
 * mdma assisted psychotherapy." give the same key.
 */
public final class TextKeys {
    /** Keys are indexed; PostgreSQL B-tree entries must stay well under 2,700 bytes. */
    public static final int MAX_KEY_LENGTH = 500;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TextKeys() {
    }

    /** Diacritics removed, lower case, every run of non-alphanumerics one space. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        return isAscii(text) ? foldAscii(text) : foldUnicode(text);
    }

    private static boolean isAscii(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /**
     * The fold of an all-ASCII text in one pass: there is nothing to decompose, letters and
     * digits are the alphanumerics. Returns the text itself when it is already folded
     * (a lower-case word), so most words of running text cost no allocation.
     */
    private static String foldAscii(String text) {
        int n = text.length();
        char[] out = null;
        int len = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean lower = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            boolean upper = c >= 'A' && c <= 'Z';
            if (!lower && !upper) {
                pendingSpace = len > 0;
                if (out == null) {
                    out = copy(text, i);
                    len = i;
                    pendingSpace = len > 0;
                }
                continue;
            }
            if (out == null) {
                if (lower) {
                    continue; // still the same as the text
                }
                out = copy(text, i);
                len = i;
            }
            if (pendingSpace) {
                out[len++] = ' ';
                pendingSpace = false;
            }
            out[len++] = upper ? (char) (c + ('a' - 'A')) : c;
        }
        return out == null ? text : new String(out, 0, len);
    }

    private static char[] copy(String text, int upTo) {
        char[] out = new char[text.length()];
        text.getChars(0, upTo, out, 0);
        return out;
    }

    /** The general fold: NFKD, marks removed, lower case, non-alphanumerics one space (package-private for tests). */
    static String foldUnicode(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.replace('ß', 's').replace('ø', 'o').replace('Ø', 'o').replace('ł', 'l').replace('Ł', 'l');
        s = NON_ALNUM.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ");
        return s.strip();
    }

    /** Key of a whole title. */
    public static String titleKey(String title) {
        String k = fold(title);
        return k.length() > MAX_KEY_LENGTH ? k.substring(0, MAX_KEY_LENGTH) : k;
    }

    /** Key of the title before a subtitle (the part before the first colon, question or full stop). */
    public static String mainTitleKey(String title) {
        if (title == null) {
            return "";
        }
        String main = title.split("[:?.]\\s", 2)[0];
        return titleKey(main);
    }

    /** Key of a surname: "Mitsunaga-Whitten" and "mitsunaga whitten" agree. */
    public static String nameKey(String family) {
        return fold(family).replace(" ", "");
    }
}

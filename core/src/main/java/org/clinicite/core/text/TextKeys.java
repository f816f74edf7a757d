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

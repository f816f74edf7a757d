package org.clinicite.importer.news;

import java.util.regex.Pattern;

/**
 * Normalises the characters copied pages are full of, so patterns can be written once:
 * non-breaking and other odd spaces become a space, soft hyphens and zero-width
 * characters go, runs of spaces become one. Quotes and dashes are kept as written
 * (patterns accept both the curly and the straight forms).
 */
final class TextCleaner {
    private static final Pattern ODD_SPACE = Pattern.compile("[\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000\\t]");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]");
    private static final Pattern SPACES = Pattern.compile(" {2,}");

    private TextCleaner() {
    }

    /** One line cleaned and stripped. */
    static String clean(String line) {
        String s = ODD_SPACE.matcher(line).replaceAll(" ");
        s = INVISIBLE.matcher(s).replaceAll("");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }
}

package org.clinicite.importer.ctgov;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Coded values as the three shapes spell them ("NON_RANDOMIZED", "Non-Randomized",
 * "PLACEBO_COMPARATOR", "Placebo Comparator") made comparable, and numbers written as text.
 */
final class Codes {
    private static final Pattern NON_ALNUM = Pattern.compile("[^A-Z0-9]+");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,9}");

    private Codes() {
    }

    /** "Non-Randomized" and "NON_RANDOMIZED" both give "NON_RANDOMIZED"; null gives "". */
    static String key(String value) {
        if (value == null) {
            return "";
        }
        String k = NON_ALNUM.matcher(value.strip().toUpperCase(Locale.ROOT)).replaceAll("_");
        int start = k.startsWith("_") ? 1 : 0;
        int end = k.endsWith("_") && k.length() > start ? k.length() - 1 : k.length();
        return k.substring(start, Math.max(start, end));
    }

    /** A code in lower-case words: "PARALLEL_ASSIGNMENT" and "Parallel Assignment" give "parallel assignment". */
    static String words(String value) {
        return value == null ? null : value.strip().replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    /** "63" gives 63; anything but a plain non-negative whole number ("NA", "5.5", "-1") gives null. */
    static Integer wholeNumber(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        return WHOLE.matcher(v).matches() ? Integer.valueOf(v) : null;
    }

    /** The first value that is not null or blank, else null. */
    static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}

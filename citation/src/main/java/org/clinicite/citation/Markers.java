package org.clinicite.citation;

/**
 * Private-use characters that clinicite threads through citeproc-java to do what citeproc-java 3.x does not
 * (see {@link StyleRewriter} and {@link MarkedRegions}). They never reach the output: every format removes them.
 *
 * <ul>
 *   <li>Region markers, put around an element's rendering as affixes by {@link StyleRewriter}: the text between
 *       an opener and its closer is title-cased, capitalised, has its periods stripped, its numeric range
 *       delimited, its page range formatted as citeproc-js does or its label made plural; the first names of a bibliography entry may be replaced by the subsequent-author-substitute.</li>
 *   <li>Markup markers, put into field values by {@link RichText} in place of the HTML-like tags CSL-JSON
 *       allows ({@code <i>}, {@code <b>}, {@code <sup>}, {@code <sub>}, {@code <sc>}, {@code <span class="nocase">}):
 *       they guard nocase spans from title case and become markup (or nothing) in the output.</li>
 * </ul>
 */
final class Markers {
    static final char TITLE_OPEN = '\uE000';
    static final char TITLE_CLOSE = '\uE001';
    static final char STRIP_OPEN = '\uE002';
    static final char STRIP_CLOSE = '\uE003';
    static final char CAPITALIZE_FIRST_OPEN = '\uE004';
    static final char CAPITALIZE_FIRST_CLOSE = '\uE005';
    static final char NAMES_OPEN = '\uE006';
    static final char NAMES_CLOSE = '\uE007';
    static final char RANGE_OPEN = '\uE008';
    static final char RANGE_CLOSE = '\uE009';
    static final char PAGE_OPEN = '\uE00A';
    static final char PAGE_CLOSE = '\uE00B';
    static final char LABEL_VOLUME_OPEN = '\uE00C';
    static final char LABEL_VOLUME_CLOSE = '\uE00D';
    static final char LABEL_ISSUE_OPEN = '\uE00E';
    static final char LABEL_ISSUE_CLOSE = '\uE00F';

    /** Around the family name of the last author kept by et-al-use-last ({@link EtAlUseLast}). */
    static final char LAST_NAME_OPEN = '\uE020';
    static final char LAST_NAME_CLOSE = '\uE021';

    static final char ITALIC_OPEN = '\uE010';
    static final char ITALIC_CLOSE = '\uE011';
    static final char BOLD_OPEN = '\uE012';
    static final char BOLD_CLOSE = '\uE013';
    static final char SUP_OPEN = '\uE014';
    static final char SUP_CLOSE = '\uE015';
    static final char SUB_OPEN = '\uE016';
    static final char SUB_CLOSE = '\uE017';
    static final char SMALL_CAPS_OPEN = '\uE018';
    static final char SMALL_CAPS_CLOSE = '\uE019';
    static final char NOCASE_OPEN = '\uE01A';
    static final char NOCASE_CLOSE = '\uE01B';

    private Markers() {
    }

    static boolean isRegionMarker(char c) {
        return c >= TITLE_OPEN && c <= LABEL_ISSUE_CLOSE || c == LAST_NAME_OPEN || c == LAST_NAME_CLOSE;
    }

    static boolean isMarkupMarker(char c) {
        return c >= ITALIC_OPEN && c <= NOCASE_CLOSE;
    }

    static boolean isMarker(char c) {
        return isRegionMarker(c) || isMarkupMarker(c);
    }

    /** Markup markers whose content title case leaves alone, as citeproc-js does (sub, sup, small caps, nocase). */
    static boolean protectsCase(char open) {
        return open == SUP_OPEN || open == SUB_OPEN || open == SMALL_CAPS_OPEN || open == NOCASE_OPEN;
    }

    /** The closer of a markup opener. */
    static char closerOf(char open) {
        return (char) (open + 1);
    }

    static boolean isMarkupOpener(char c) {
        return isMarkupMarker(c) && (c - ITALIC_OPEN) % 2 == 0;
    }

    /** The text without any marker. */
    static String strip(String s) {
        if (s.chars().noneMatch(c -> isMarker((char) c))) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (!isMarker(s.charAt(i))) {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }
}

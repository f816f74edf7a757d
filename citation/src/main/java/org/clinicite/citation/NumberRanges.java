package org.clinicite.citation;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numeric ranges in volume, issue, number and edition ("2-3"): citeproc-js renders them with the locale's
 * page-range-delimiter (an en dash in English, a hyphen in AMA, which redefines the term); citeproc-java 3.5.2
 * prints them as given. The data keeps its hyphen, which citeproc-java needs to take the range for a number
 * ({@code is-numeric}); {@link StyleRewriter} marks where these variables are rendered and {@link MarkedRegions}
 * puts the delimiter in the output.
 */
final class NumberRanges {
    static final Set<String> VARIABLES = Set.of("volume", "issue", "number", "edition");
    private static final Pattern RANGE = Pattern.compile("^(\\d+)\\s*-\\s*(\\d+)$");

    private NumberRanges() {
    }

    /** The value with the delimiter if it is a numeric range, else the value itself. */
    static String range(String value, String delimiter) {
        Matcher m = RANGE.matcher(value.trim());
        return m.matches() ? m.group(1) + delimiter + m.group(2) : value;
    }
}

package org.clinicite.citation;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numeric ranges in volume, issue, number and edition ("2-3"): citeproc-js renders them with the locale's
 * page-range-delimiter (an en dash in English, a hyphen in AMA, which redefines the term); citeproc-java 3.5.2
 * prints them as given. The data keeps its hyphen, which citeproc-java needs to take the range for a number
 * ({@code is-numeric}); {@link StyleRewriter} marks where these variables are rendered and {@link MarkedRegions}
 * puts the delimiter in the output. Page ranges are formatted by citeproc-java; {@link #page} corrects the two
 * cases where it differs from citeproc-js.
 */
final class NumberRanges {
    static final Set<String> VARIABLES = Set.of("volume", "issue", "number", "edition");
    private static final Pattern RANGE = Pattern.compile("^(\\d+)\\s*-\\s*(\\d+)$");
    private static final Pattern EN_DASH_RANGE = Pattern.compile("^(\\d+)\\s*\u2013\\s*(\\d+)$");
    private static final Pattern PLURAL = Pattern.compile("\\d\\s*(?:[-\u2013&,]|\\band\\b)\\s*\\d");

    private NumberRanges() {
    }

    /**
     * A page range as citeproc-js writes it where citeproc-java 3.5.2 differs, else what citeproc-java rendered:
     * a range with equal ends ("176-176") is kept, not collapsed to "176", whatever the page-range-format; and
     * minimal-two keeps two digits of the second number ("102-108" → "102–08", not "102–8").
     *
     * @param raw      the item's page as given
     * @param rendered what citeproc-java rendered for it
     */
    static String page(String raw, String rendered, String pageRangeFormat, String delimiter) {
        Matcher m = raw == null ? null : RANGE.matcher(raw.trim().replace('\u2013', '-'));
        if (m == null || !m.matches()) {
            return rendered;
        }
        String first = m.group(1);
        String last = m.group(2);
        if (first.equals(last)) {
            return first + delimiter + last;
        }
        if ("minimal-two".equals(pageRangeFormat)) {
            String expanded = last.length() < first.length()
                    ? first.substring(0, first.length() - last.length()) + last : last;
            if (expanded.length() == first.length() && expanded.compareTo(first) > 0) {
                return first + delimiter + minimal(first, expanded, 2);
            }
        }
        return rendered;
    }

    /** citeproc-js's minimize: leading digits the two numbers share are dropped, keeping at least {@code keep}. */
    static String minimal(String first, String last, int keep) {
        int drop = 0;
        while (drop < first.length() && first.charAt(drop) == last.charAt(drop) && last.length() - drop > keep) {
            drop++;
        }
        return last.substring(drop);
    }

    /** More than one number ("1-2", "1–2", "1 & 3", "1, 3"): citeproc-js then writes the label plural ("nos."). */
    static boolean isPlural(String value) {
        return value != null && PLURAL.matcher(value).find();
    }

    /**
     * The item with a volume or issue range written with an en dash ("400–401", as Crossref writes it) given with a
     * hyphen: citeproc-java 3.5.2 takes only the hyphen for a number ({@code is-numeric}; MLA then drops "vols."),
     * citeproc-js takes both. The output is the same as citeproc-js's: {@link #range} puts the style's delimiter in.
     */
    static CSLItemData hyphenate(CSLItemData item) {
        String volume = hyphenated(item.getVolume());
        String issue = hyphenated(item.getIssue());
        if (Objects.equals(volume, item.getVolume()) && Objects.equals(issue, item.getIssue())) {
            return item;
        }
        return new CSLItemDataBuilder(item).volume(volume).issue(issue).build();
    }

    private static String hyphenated(String value) {
        if (value == null || value.indexOf('\u2013') < 0) {
            return value;
        }
        Matcher m = EN_DASH_RANGE.matcher(value.trim());
        return m.matches() ? m.group(1) + "-" + m.group(2) : value;
    }

    /** The value with the delimiter if it is a numeric range, else the value itself. */
    static String range(String value, String delimiter) {
        Matcher m = RANGE.matcher(value.trim());
        return m.matches() ? m.group(1) + delimiter + m.group(2) : value;
    }
}

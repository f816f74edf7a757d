package org.clinicite.importer.ctgov;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicite.core.model.PartialDate;

/**
 * Registry dates as the shapes write them: ISO {@code 2008-10-01} / {@code 2006-11} (API v2)
 * and {@code April 9, 2003} / {@code November 2017} (API v1 and the XML). Only the parts
 * given are kept.
 */
final class RegistryDates {
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
    private static final Pattern WRITTEN = Pattern.compile("(\\p{L}+)\\.?\\s+(?:(\\d{1,2}),?\\s+)?(\\d{4})");
    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        for (Month m : Month.values()) {
            MONTHS.put(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), m.getValue());
            MONTHS.put(m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT), m.getValue());
        }
        MONTHS.put("sept", 9);
    }

    private RegistryDates() {
    }

    /** The date, or empty when the text is not a date in one of those forms. */
    static Optional<PartialDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        Matcher iso = ISO.matcher(t);
        if (iso.matches()) {
            return date(iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher written = WRITTEN.matcher(t);
        if (written.matches()) {
            Integer month = MONTHS.get(written.group(1).toLowerCase(Locale.ROOT));
            return month == null ? Optional.empty() : date(written.group(3), month.toString(), written.group(2));
        }
        return Optional.empty();
    }

    private static Optional<PartialDate> date(String year, String month, String day) {
        try {
            return Optional.of(new PartialDate(Integer.valueOf(year), month == null ? null : Integer.valueOf(month),
                    day == null ? null : Integer.valueOf(day)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

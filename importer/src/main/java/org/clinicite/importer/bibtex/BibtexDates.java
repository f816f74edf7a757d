package org.clinicite.importer.bibtex;

import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicite.core.model.PartialDate;

/**
 * The publication date of an entry: biblatex {@code date} ({@code 2019-03-23},
 * {@code 2016-03}, a range {@code 2018-12-03/2018-12-06} gives its start) or BibTeX
 * {@code year} with {@code month} ({@code jan} ... as jbibtex resolves the standard
 * macros, "3", "July 30th", "2 sep") and {@code day}.
 */
final class BibtexDates {
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?(?:[/T\\s].*)?");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");

    private BibtexDates() {
    }

    /** The date from the decoded field values (each may be null); unreadable values are warned about. */
    static PartialDate of(String date, String year, String month, String day, Consumer<String> warn) {
        if (date != null) {
            Optional<PartialDate> d = iso(date);
            if (d.isPresent()) {
                return d.get();
            }
            warn.accept("date '" + date + "' is not a date (YYYY-MM-DD); ignored");
        }
        if (year == null) {
            return null;
        }
        Matcher y = YEAR.matcher(year);
        if (!y.find()) {
            warn.accept("year '" + year + "' has no four-digit year; ignored");
            return null;
        }
        return withMonth(Integer.parseInt(y.group(1)), month, day, warn);
    }

    private static Optional<PartialDate> iso(String date) {
        Matcher m = ISO.matcher(date.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Integer month = m.group(2) == null ? null : range(Integer.parseInt(m.group(2)), 12);
        Integer day = month == null || m.group(3) == null ? null : range(Integer.parseInt(m.group(3)), 31);
        return Optional.of(new PartialDate(Integer.parseInt(m.group(1)), month, day));
    }

    private static PartialDate withMonth(int year, String monthText, String dayText, Consumer<String> warn) {
        if (monthText == null) {
            return PartialDate.ofYear(year);
        }
        Integer month = null;
        Integer day = null;
        String[] tokens = monthText.strip().split("[^\\p{L}\\p{N}]+");
        for (String token : tokens) {
            Integer named = monthName(token);
            if (named != null && month == null) {
                month = named;
            } else if (token.matches("\\d{1,2}\\p{L}*") && day == null) {
                day = Integer.valueOf(token.replaceAll("\\D", ""));
            }
        }
        if (month == null && day != null && tokens.length == 1) {
            month = range(day, 12);
            day = null;
        }
        if (month == null) {
            warn.accept("month '" + monthText + "' is not a month; only the year is kept");
            return PartialDate.ofYear(year);
        }
        if (day == null && dayText != null && dayText.strip().matches("\\d{1,2}")) {
            day = Integer.valueOf(dayText.strip());
        }
        return new PartialDate(year, month, day == null ? null : range(day, 31));
    }

    private static Integer monthName(String token) {
        if (token.length() < 3 || !token.chars().allMatch(Character::isLetter)) {
            return null;
        }
        String t = token.toUpperCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.name().startsWith(t)) {
                return m.getValue();
            }
        }
        return null;
    }

    private static Integer range(int value, int max) {
        return value >= 1 && value <= max ? value : null;
    }
}

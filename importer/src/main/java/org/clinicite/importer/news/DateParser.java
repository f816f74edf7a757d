package org.clinicite.importer.news;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as news pages print them: "March 23, 2020", "Mar. 23, 2020", "23 March 2020",
 * "Monday 23rd March 2020", "2020-03-23" (also inside an ISO timestamp). Slash forms
 * ("03/04/2020") are ambiguous between US and European order and are not read.
 */
final class DateParser {
    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final Pattern MONTH_FIRST = Pattern.compile("\\b" + MONTH + "\\s+" + DAY + ",?\\s+(\\d{4})\\b");
    private static final Pattern DAY_FIRST = Pattern.compile("\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b");
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern TIME = Pattern.compile("\\b\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,5})?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_WORDS = Pattern.compile(
            "(?i)\\b(?:published|updated|posted|last|modified|date|on|at|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\b");
    private static final int MAX_OTHER_CHARS = 12;

    private DateParser() {
    }

    /** The first date written anywhere in the text. */
    static Optional<DateMatch> find(String text) {
        DateMatch best = null;
        for (DateMatch m : new DateMatch[] {monthFirst(text), dayFirst(text), iso(text)}) {
            if (m != null && (best == null || m.start() < best.start())) {
                best = m;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A line that is only a date (with perhaps "Published", a weekday or a time): a dateline. */
    static Optional<LocalDate> dateLine(String line) {
        if (line.length() > 80) {
            return Optional.empty();
        }
        Optional<DateMatch> m = find(line);
        if (m.isEmpty()) {
            return Optional.empty();
        }
        String rest = line.substring(0, m.get().start()) + " " + line.substring(m.get().end());
        rest = TIME.matcher(rest).replaceAll(" ");
        rest = DATE_WORDS.matcher(rest).replaceAll(" ").replaceAll("[\\s,:|•·–—()-]+", "");
        return rest.length() <= MAX_OTHER_CHARS ? Optional.of(m.get().date()) : Optional.empty();
    }

    private static DateMatch monthFirst(String text) {
        Matcher m = MONTH_FIRST.matcher(text);
        return m.find() ? match(m, m.group(3), month(m.group(1)), m.group(2)) : null;
    }

    private static DateMatch dayFirst(String text) {
        Matcher m = DAY_FIRST.matcher(text);
        return m.find() ? match(m, m.group(3), month(m.group(2)), m.group(1)) : null;
    }

    private static DateMatch iso(String text) {
        Matcher m = ISO.matcher(text);
        return m.find() ? match(m, m.group(1), Integer.parseInt(m.group(2)), m.group(3)) : null;
    }

    private static DateMatch match(Matcher m, String year, int month, String day) {
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
            return new DateMatch(d, m.start(), m.end());
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int month(String name) {
        String m = name.toLowerCase(Locale.ROOT).substring(0, 3);
        return "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(m) / 3 + 1;
    }

    /** A date and where it was written. */
    record DateMatch(LocalDate date, int start, int end) {
    }
}

package org.clinicite.importer.pubmed;

import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicite.core.model.PartialDate;

/**
 * Publication dates as PubMed writes them: "2018 May 17", "2018 05 17", "2019 Mar-Apr"
 * (a range: its first month), "1999 Spring" (a season: the year only), "2018 Dec-2019 Jan",
 * "2000-2001", "20160419". Never invents a part: a range or season gives no month or day
 * that the source does not state.
 */
final class MedlineDates {
    private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:-.*)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ONE_OR_TWO_DIGITS = Pattern.compile("\\d{1,2}");
    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december"};

    private MedlineDates() {
    }

    /** The date the text states, empty when it names no year. */
    static Optional<PartialDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String[] tokens = SPACES.split(text.strip());
        Matcher compact = COMPACT.matcher(tokens[0]);
        if (compact.matches()) {
            return Optional.of(date(Integer.parseInt(compact.group(1)), Integer.parseInt(compact.group(2)),
                    Integer.parseInt(compact.group(3))));
        }
        Matcher y = YEAR.matcher(tokens[0]);
        if (!y.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(y.group(1));
        if (tokens[0].contains("-") || tokens.length < 2) {
            return Optional.of(PartialDate.ofYear(year));
        }
        Integer month = month(tokens[1].split("-", 2)[0]);
        if (month == null) {
            return Optional.of(PartialDate.ofYear(year));
        }
        boolean range = tokens[1].contains("-");
        Integer day = !range && tokens.length > 2 && ONE_OR_TWO_DIGITS.matcher(tokens[2]).matches() ? Integer.valueOf(tokens[2]) : null;
        return Optional.of(date(year, month, day));
    }

    /** The date of structured parts (XML {@code Year}, {@code Month}, {@code Day}), any of them null. */
    static Optional<PartialDate> of(String year, String month, String day) {
        if (year == null) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder(year.strip());
        if (month != null) {
            sb.append(' ').append(month.strip());
            if (day != null) {
                sb.append(' ').append(day.strip());
            }
        }
        return parse(sb.toString());
    }

    /** "Mar", "March", "Sept", "03" or "3" as 1 to 12; null for anything else (a season, "Spring"). */
    static Integer month(String token) {
        String t = token.strip().toLowerCase(Locale.ROOT).replace(".", "");
        if (ONE_OR_TWO_DIGITS.matcher(t).matches()) {
            int m = Integer.parseInt(t);
            return m >= 1 && m <= 12 ? m : null;
        }
        if (t.length() >= 3) {
            for (int i = 0; i < MONTHS.length; i++) {
                if (MONTHS[i].startsWith(t)) {
                    return i + 1;
                }
            }
        }
        return null;
    }

    /** A date with the day dropped when the month has no such day, and the month when it is out of range. */
    private static PartialDate date(int year, Integer month, Integer day) {
        if (month == null || month < 1 || month > 12) {
            return PartialDate.ofYear(year);
        }
        if (day == null || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return new PartialDate(year, month, null);
        }
        return new PartialDate(year, month, day);
    }
}

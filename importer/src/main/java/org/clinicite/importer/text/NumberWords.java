package org.clinicite.importer.text;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Numbers as news text writes them: "19", "2,000", "nineteen", "Twenty-one". */
public final class NumberWords {
    /** A regex alternative matching a number in digits or words (up to ninety-nine). */
    public static final String PATTERN;
    private static final List<String> UNITS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen");
    private static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety");

    static {
        List<String> longestFirst = new java.util.ArrayList<>(UNITS.subList(1, UNITS.size()));
        java.util.Collections.reverse(longestFirst);
        String units = String.join("|", longestFirst);
        String tens = String.join("|", TENS.subList(2, TENS.size()));
        PATTERN = "(?:\\d{1,3}(?:,\\d{3})+|\\d+|(?i:(?:" + tens + ")(?:[- ](?:" + String.join("|", UNITS.subList(1, 10))
                + "))?|" + units + ")\\b)";
    }

    private NumberWords() {
    }

    /** The value of a number written in digits or words. */
    public static Optional<Integer> parse(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT).replace(",", "");
        if (s.matches("\\d{1,9}")) {
            return Optional.of(Integer.parseInt(s));
        }
        int unit = UNITS.indexOf(s);
        if (unit >= 0) {
            return Optional.of(unit);
        }
        String[] parts = s.split("[- ]");
        int tens = TENS.indexOf(parts[0]);
        if (tens < 2) {
            return Optional.empty();
        }
        int rest = parts.length > 1 ? UNITS.indexOf(parts[1]) : 0;
        return rest < 0 || rest > 9 ? Optional.empty() : Optional.of(tens * 10 + rest);
    }

    /** "1 week", "12 months": the unit singular for one. */
    static String quantity(int n, String unit) {
        return n + " " + (n == 1 ? unit : unit + "s");
    }
}

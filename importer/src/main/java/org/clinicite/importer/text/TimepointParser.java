package org.clinicite.importer.text;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time point a result sentence names, normalised: "One year after" gives
 * "12 months", "at week 6" and "after six weeks" give "6 weeks", "a three-month
 * follow-up" gives "3 months". Years are given in months, as trial reports do.
 */
final class TimepointParser {
    private static final String NUM = "(" + NumberWords.PATTERN + "|a|an)";
    private static final String UNIT = "(day|week|month|year)s?";
    private static final Pattern AFTER = Pattern.compile(
            "(?i)\\b" + NUM + "[- ]" + UNIT + "\\s+(?:after|later|post|following|on)\\b");
    private static final Pattern AT = Pattern.compile(
            "(?i)\\b(?:at|after|by|over|within|up to|through)\\s+(?:the\\s+|a\\s+)?" + NUM + "[- ]" + UNIT
            + "(?:\\s+(?:mark|point|follow-?up))?\\b");
    private static final Pattern UNIT_FIRST = Pattern.compile(
            "(?i)\\b(?:at|by|until|through)\\s+(day|week|month|year)\\s+(\\d+)\\b");
    private static final Pattern FOLLOW_UP = Pattern.compile("(?i)\\b" + NUM + "[- ]" + UNIT + "\\s+follow-?up\\b");

    private static final Pattern PHRASE = Pattern.compile("(?i),?\\s*(?:(?:at|after|by|over|within|up to|through)\\s+"
            + "(?:the\\s+|a\\s+)?" + NUM + "[- ]" + UNIT + "(?:\\s+(?:mark|point|follow-?up))?|" + NUM + "[- ]" + UNIT
            + "\\s+(?:after|later|post|following)(?:\\s+(?:treatment|dosing|the (?:trial|treatment|study|session|dose"
            + "|last session|intervention)))?|(?:at|by|until|through)\\s+(?:day|week|month|year)\\s+\\d+)\\b");

    private TimepointParser() {
    }

    /** The text with its time-point phrases ("at 12 months", "three months after treatment") removed. */
    static String remove(String text) {
        return PHRASE.matcher(text).replaceAll("").replaceAll("\\s{2,}", " ").strip();
    }

    /** The first time point in the sentence. */
    static Optional<String> find(String sentence) {
        Timepoint best = null;
        for (Pattern p : new Pattern[] {AFTER, AT, FOLLOW_UP}) {
            Matcher m = p.matcher(sentence);
            if (m.find() && (best == null || m.start() < best.start)) {
                best = new Timepoint(m.start(), m.group(1), m.group(2));
            }
        }
        Matcher m = UNIT_FIRST.matcher(sentence);
        if (m.find() && (best == null || m.start() < best.start)) {
            best = new Timepoint(m.start(), m.group(2), m.group(1));
        }
        return best == null ? Optional.empty() : best.normalised();
    }

    private record Timepoint(int start, String number, String unit) {
        Optional<String> normalised() {
            String n = number.toLowerCase(Locale.ROOT);
            Optional<Integer> value = n.equals("a") || n.equals("an") ? Optional.of(1) : NumberWords.parse(n);
            String u = unit.toLowerCase(Locale.ROOT);
            return value.map(v -> u.equals("year") ? NumberWords.quantity(v * 12, "month") : NumberWords.quantity(v, u));
        }
    }
}

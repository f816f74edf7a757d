package org.clinicite.importer.text;

import java.util.List;
import java.util.Set;

/**
 * What a sentence contains, found in one pass over its characters, so that the finders
 * run a regular expression only on sentences where it can match: each flag is a
 * necessary condition of a pattern (a number in digits or words for every count; a
 * people noun for "120 participants were randomised"; "=" for "n = 120"; a percent sign,
 * "percent" or "point" for rate and change comparisons). Words are runs of ASCII letters,
 * compared without case, as the patterns' {@code (?i)} does.
 */
final class SentenceSignals {
    /** Number words of {@link NumberWords#PATTERN}. */
    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");
    /** The last word of each people noun of {@link SampleSizeFinder} ("first responders" ends in "responders"). */
    private static final Set<String> PEOPLE = Set.of("participants", "patients", "people", "persons", "adults",
            "volunteers", "subjects", "individuals", "veterans", "men", "women", "children", "adolescents", "teenagers",
            "students", "respondents", "smokers", "users", "responders", "officers", "firefighters", "members",
            "outpatients", "inpatients");
    private static final Set<String> PASSIVE_VERBS = Set.of("were", "was", "been");
    private static final int LONGEST_WORD = 12;
    /** [length][first letter]: whether a word of the sets has it, so other words are not looked up. */
    private static final boolean[][] CANDIDATE = new boolean[LONGEST_WORD + 1][26];

    static {
        for (Set<String> set : List.of(NUMBER_WORDS, PEOPLE, PASSIVE_VERBS, Set.of("of"))) {
            for (String w : set) {
                CANDIDATE[w.length()][w.charAt(0) - 'a'] = true;
            }
        }
    }

    /** Signals that allow every pattern (the finders then behave as if there were no signals). */
    static final SentenceSignals ANY = new SentenceSignals(true, true, true, true, true, true, true);

    final boolean digit;
    final boolean equalsSign;
    /** "%", "percent", "per cent" or "point": a rate or a change in points can be stated. */
    final boolean rateOrPoints;
    final boolean numberWord;
    final boolean people;
    final boolean of;
    final boolean passiveVerb;

    private SentenceSignals(boolean digit, boolean equalsSign, boolean rateOrPoints, boolean numberWord, boolean people,
            boolean of, boolean passiveVerb) {
        this.digit = digit;
        this.equalsSign = equalsSign;
        this.rateOrPoints = rateOrPoints;
        this.numberWord = numberWord;
        this.people = people;
        this.of = of;
        this.passiveVerb = passiveVerb;
    }

    static SentenceSignals of(String s) {
        int n = s.length();
        char[] lower = new char[n];
        boolean digit = false;
        boolean equalsSign = false;
        boolean percent = false;
        boolean numberWord = false;
        boolean people = false;
        boolean of = false;
        boolean passive = false;
        int wordStart = -1;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? s.charAt(i) : ' ';
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            if (i < n) {
                lower[i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
                digit |= c >= '0' && c <= '9';
                equalsSign |= c == '=';
                percent |= c == '%';
            }
            if (letter) {
                if (wordStart < 0) {
                    wordStart = i;
                }
            } else if (wordStart >= 0) {
                int len = i - wordStart;
                if (len >= 2 && len <= LONGEST_WORD && CANDIDATE[len][lower[wordStart] - 'a']) {
                    String w = new String(lower, wordStart, len);
                    numberWord |= NUMBER_WORDS.contains(w);
                    people |= PEOPLE.contains(w);
                    of |= w.equals("of");
                    passive |= PASSIVE_VERBS.contains(w);
                }
                wordStart = -1;
            }
        }
        if (!percent) {
            String l = new String(lower);
            percent = l.contains("percent") || l.contains("per cent") || l.contains("point");
        }
        return new SentenceSignals(digit, equalsSign, percent, numberWord, people, of, passive);
    }

    /** A number in digits or words. */
    boolean number() {
        return digit || numberWord;
    }
}

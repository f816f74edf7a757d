package org.clinicite.importer.text;

import java.util.List;
import java.util.Set;

/**
 * What a sentence contains, found in one pass over its characters, so that the finders
 * run a regular expression only on sentences where it can match: each flag is a
 * necessary condition of a pattern (a number in digits or words for every count; a
 * people noun, "were" / "was" / "been" and a participle such as "randomised" for "120
 * participants were randomised"; "=" for "n = 120"; a percent sign,
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
    /** The participles that end {@link SampleSizeFinder}'s passive pattern, in lower case. */
    private static final List<String> PARTICIPLES = List.of("randomised", "randomized", "assigned", "allocated",
            "enrolled", "recruited", "included", "studied", "followed", "surveyed", "treated", "given", "dosed");
    private static final int SHORTEST_PARTICIPLE = 5;
    /** [first letter]: the participles starting with it. */
    private static final String[][] PARTICIPLES_BY_FIRST = new String[26][];
    private static final int LONGEST_WORD = 12;
    /** [length][first letter]: whether a word of the sets has it, so other words are not looked up. */
    private static final boolean[][] CANDIDATE = new boolean[LONGEST_WORD + 1][26];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            char first = c;
            PARTICIPLES_BY_FIRST[c - 'a'] = PARTICIPLES.stream().filter(p -> p.charAt(0) == first).toArray(String[]::new);
        }
        for (Set<String> set : List.of(NUMBER_WORDS, PEOPLE, PASSIVE_VERBS, Set.of("of"))) {
            for (String w : set) {
                CANDIDATE[w.length()][w.charAt(0) - 'a'] = true;
            }
        }
    }

    /** Signals that allow every pattern (the finders then behave as if there were no signals). */
    static final SentenceSignals ANY = new SentenceSignals(true, true, true, true, true, true, true, true);

    final boolean digit;
    final boolean equalsSign;
    /** "%", "percent", "per cent" or "point": a rate or a change in points can be stated. */
    final boolean rateOrPoints;
    final boolean numberWord;
    final boolean people;
    final boolean of;
    final boolean passiveVerb;
    /**
     * A word that starts with a participle of "120 participants were randomised"
     * ({@link #PARTICIPLES}: the pattern ends on one without a word boundary, after white space).
     */
    final boolean participle;

    private SentenceSignals(boolean digit, boolean equalsSign, boolean rateOrPoints, boolean numberWord, boolean people,
            boolean of, boolean passiveVerb, boolean participle) {
        this.digit = digit;
        this.equalsSign = equalsSign;
        this.rateOrPoints = rateOrPoints;
        this.numberWord = numberWord;
        this.people = people;
        this.of = of;
        this.passiveVerb = passiveVerb;
        this.participle = participle;
    }

    static SentenceSignals of(String s) {
        int n = s.length();
        boolean digit = false;
        boolean equalsSign = false;
        boolean percent = false;
        boolean numberWord = false;
        boolean people = false;
        boolean of = false;
        boolean passive = false;
        boolean participle = false;
        int wordStart = -1;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? s.charAt(i) : ' ';
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            digit |= c >= '0' && c <= '9';
            equalsSign |= c == '=';
            percent |= c == '%';
            if (!percent && (c == 'p' || c == 'P')) {
                percent = startsWithIgnoringAsciiCase(s, i, "percent") || startsWithIgnoringAsciiCase(s, i, "per cent")
                        || startsWithIgnoringAsciiCase(s, i, "point");
            }
            if (letter) {
                if (wordStart < 0) {
                    wordStart = i;
                }
            } else if (wordStart >= 0) {
                int len = i - wordStart;
                if (len >= 2 && len <= LONGEST_WORD && CANDIDATE[len][lower(s.charAt(wordStart)) - 'a']) {
                    String w = lowerWord(s, wordStart, len);
                    numberWord |= NUMBER_WORDS.contains(w);
                    people |= PEOPLE.contains(w);
                    of |= w.equals("of");
                    passive |= PASSIVE_VERBS.contains(w);
                }
                if (!participle && len >= SHORTEST_PARTICIPLE) {
                    for (String p : PARTICIPLES_BY_FIRST[lower(s.charAt(wordStart)) - 'a']) {
                        if (len >= p.length() && startsWithIgnoringAsciiCase(s, wordStart, p)) {
                            participle = true;
                            break;
                        }
                    }
                }
                wordStart = -1;
            }
        }
        return new SentenceSignals(digit, equalsSign, percent, numberWord, people, of, passive, participle);
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** The word of ASCII letters at {@code start}, in lower case. */
    private static String lowerWord(String s, int start, int len) {
        char[] w = new char[len];
        for (int k = 0; k < len; k++) {
            w[k] = lower(s.charAt(start + k));
        }
        return new String(w);
    }

    /** Whether the lower-case ASCII word is at {@code at}, its letters in any case. */
    private static boolean startsWithIgnoringAsciiCase(String s, int at, String word) {
        if (at + word.length() > s.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (lower(s.charAt(at + k)) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** A number in digits or words. */
    boolean number() {
        return digit || numberWord;
    }
}

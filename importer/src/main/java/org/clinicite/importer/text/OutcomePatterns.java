package org.clinicite.importer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicite.core.model.Claim;
import org.clinicite.core.model.Outcome;

/**
 * Results as write-ups state them, one sentence at a time:
 * <ul>
 *   <li>counts: "15 of 19 participants showed significant (&gt; 30%) reduction in symptoms",
 *       "five out of the 12 patients were in remission": responders, total, threshold,
 *       description, time point; these are also the write-up's {@link Claim}s;</li>
 *   <li>rates compared: "67% ... compared with 32% ...", "response rates were 70% vs 48%":
 *       the clause as written becomes the description (no counts are derived from
 *       percentages);</li>
 *   <li>changes compared: "scores fell by 12.0 points in the 25 mg group and by 6.8 points in
 *       the 1 mg group": the clause as written;</li>
 *   <li>a rate of the participants: "29% of patients in the 25 mg group were in remission".</li>
 * </ul>
 * A p value in the sentence ("P &lt; 0.001", "p = .17") is kept on the outcome.
 */
public final class OutcomePatterns {
    private static final String NUM = "(" + NumberWords.PATTERN + ")";
    private static final Pattern COUNT = Pattern.compile(
            "(?<![\\d.,])" + NUM + "\\s+(?:of|out of)\\s+(?:the\\s+|all\\s+|these\\s+|those\\s+)?" + NUM + "(?![\\d%])");
    /** A percentage, not the level of a confidence interval ("95% CI", "95% confidence interval"). */
    private static final String PERCENT = "\\d+(?:\\.\\d+)?\\s*(?:%|percent|per cent)(?!\\s*(?:CI\\b|confidence|credible))";
    private static final Pattern COMPARED = Pattern.compile(
            "(?i)" + PERCENT + ".{0,160}?\\b(?:vs\\.?|versus|compared (?:with|to)|against|relative to|than)\\s.{0,80}?"
            + PERCENT);
    private static final Pattern RATE_OF_PARTICIPANTS = Pattern.compile(
            "(?i)" + PERCENT + "\\s+of\\s+(?:the\\s+)?(?:participants|patients|people|volunteers|those|subjects|"
            + "respondents|veterans|adults)\\b");
    private static final String POINTS = "\\d+(?:\\.\\d+)?\\s+points?";
    private static final Pattern POINTS_COMPARED = Pattern.compile("(?i)" + POINTS + ".{0,120}?\\b(?:and|vs\\.?|versus|"
            + "compared (?:with|to)|than)\\b.{0,80}?" + POINTS);
    private static final Pattern CLAUSE_SPLIT = Pattern.compile("\\s*(?:;|,\\s+and\\s+|,\\s+while\\s+|,\\s+whereas\\s+)\\s*");
    private static final Pattern P_VALUE = Pattern.compile("(?i)\\bp\\s*([<=>≤]\\s*0?\\.\\d+)");
    private static final Pattern LEADING_TIME = Pattern.compile(
            "(?i)^(?:(?:one|two|three|four|five|six|a|an|\\d+)[- ](?:day|week|month|year)s?\\s+(?:after|later)[^,]*"
            + "|(?:at|after|by|over)\\s+[^,]{1,40}),\\s*");

    private OutcomePatterns() {
    }

    /** Every result stated in the sentence. */
    public static List<OutcomeMatch> find(String sentence) {
        return find(sentence, SentenceSignals.of(sentence));
    }

    /** The same, with the sentence's signals already found. */
    static List<OutcomeMatch> find(String sentence, SentenceSignals signals) {
        List<OutcomeMatch> out = new ArrayList<>();
        if (signals.number() && signals.of) {
            Matcher counts = COUNT.matcher(sentence);
            while (counts.find()) {
                countOutcome(sentence, counts).ifPresent(out::add);
            }
        }
        if (out.isEmpty() && signals.digit && signals.rateOrPoints) {
            out.addAll(rateOutcomes(sentence));
        }
        return out;
    }

    private static Optional<OutcomeMatch> countOutcome(String sentence, Matcher m) {
        Optional<Integer> responders = NumberWords.parse(m.group(1));
        Optional<Integer> total = NumberWords.parse(m.group(2));
        if (responders.isEmpty() || total.isEmpty() || responders.get() > total.get() || total.get() < 2) {
            return Optional.empty();
        }
        ResultClause clause = ResultClause.after(sentence.substring(m.end()));
        if (!clause.namesParticipants()) {
            return Optional.empty();
        }
        Outcome o = new Outcome(clause.description(), responders.get(), total.get(), clause.threshold(),
                TimepointParser.find(sentence).orElse(null));
        decorate(o, sentence);
        return Optional.of(new OutcomeMatch(o, new Claim(sentence, responders.get(), total.get())));
    }

    /** One outcome per clause that compares rates or changes, or gives a rate of the participants. */
    private static List<OutcomeMatch> rateOutcomes(String sentence) {
        List<OutcomeMatch> out = new ArrayList<>();
        int colon = sentence.indexOf(':');
        for (String part : CLAUSE_SPLIT.split(sentence.substring(colon + 1))) {
            // each pattern only where it can match: two percentages to compare, two "N points", one rate
            int rates = occurrences(part, "%") + occurrences(part, "percent") + occurrences(part, "per cent");
            if (rates >= 2 && COMPARED.matcher(part).find()
                    || occurrences(part, "point") >= 2 && POINTS_COMPARED.matcher(part).find()
                    || rates >= 1 && RATE_OF_PARTICIPANTS.matcher(part).find()) {
                String clause = withoutLeadingTime(part.strip().replaceAll("[.!]+[”\"’]?$", "").strip());
                Outcome o = new Outcome(clause, null, null, null, TimepointParser.find(sentence).orElse(null));
                decorate(o, sentence);
                out.add(new OutcomeMatch(o, null));
            }
        }
        return out;
    }

    /** How often the lower-case ASCII word occurs in the text, its ASCII letters in any case (as {@code (?i)}). */
    private static int occurrences(String text, String word) {
        int count = 0;
        for (int i = 0, last = text.length() - word.length(); i <= last; i++) {
            int k = 0;
            while (k < word.length() && lowerAscii(text.charAt(i + k)) == word.charAt(k)) {
                k++;
            }
            if (k == word.length()) {
                count++;
            }
        }
        return count;
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** "At the end of the study, 18 weeks after baseline, 67% …" gives "67% …". */
    private static String withoutLeadingTime(String clause) {
        String previous;
        String s = clause;
        do {
            previous = s;
            s = LEADING_TIME.matcher(s).replaceFirst("");
        } while (!s.equals(previous));
        return s;
    }

    private static void decorate(Outcome o, String sentence) {
        o.setSourceSentence(sentence);
        Matcher p = P_VALUE.matcher(sentence);
        if (p.find()) {
            o.setPValue(p.group(1).replaceAll("\\s+", " "));
        }
    }
}

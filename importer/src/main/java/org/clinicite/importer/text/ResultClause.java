package org.clinicite.importer.text;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words after a count ("15 of 19 ..."): who the count is of ("participants"), the
 * threshold ("(&gt; 30%)", "at least 50%") and what they showed, reduced to a description
 * ("reduction in symptoms") by dropping the verb, hedges and time-point phrases.
 */
final class ResultClause {
    private static final Pattern CLAUSE_END = Pattern.compile(
            "(?i)(?:;|,?\\s+(?:compared (?:with|to)|versus|vs\\.?|while|whereas|but|although)\\s|,\\s+and\\s+(?=\\d)"
            + "|,\\s+and\\s+(?:the|a|an|this|that|it|they|there|no|all|most|none)\\b|[.!?][”\"’]?\\s*$)");
    private static final Pattern VERB = Pattern.compile("(?i)\\b(?:showed|shows?|had|ha[sv]e|experienced|achieved|reported|"
            + "met|no longer|were|was|are|is|responded|saw|demonstrated|exhibited|remained|still|maintained|continued|"
            + "displayed|described|improved|became|qualified|did|reached|attained|completed|dropped|stopped|quit|"
            + "relapsed|rated|scored|went|entered)\\b");
    private static final Pattern PARTICIPANTS = Pattern.compile("(?i)\\b(?:participants?|patients?|people|persons|"
            + "veterans|volunteers|subjects|respondents|individuals|adults|men|women|children|adolescents|students|"
            + "those|them|smokers|users|responders)\\b");
    private static final Pattern THRESHOLD_BRACKETED = Pattern.compile("\\(\\s*([<>≥≤]=?)\\s*(\\d+(?:\\.\\d+)?)\\s*%\\s*\\)");
    private static final Pattern THRESHOLD_WORDED = Pattern.compile(
            "(?i)\\b(?:a\\s+)?((?:at least|more than|greater than|over|≥|>)\\s*\\d+(?:\\.\\d+)?\\s*(?:%|percent)"
            + "|\\d+(?:\\.\\d+)?\\s*(?:%|percent)\\s+or\\s+(?:greater|more))");
    private static final Pattern LEADING_FILLER = Pattern.compile("(?i)^(?:(?:showed|shows?|had|ha[sv]e|experienced|"
            + "achieved|saw|demonstrated|exhibited|displayed|reported(?! that)|were|was|are|is|still|also|significant|"
            + "significantly|clinically|meaningful|marked|substantial|notable|considerable|an?|the)\\b\\s*)+");
    /** The count's share in brackets, as abstracts write it: "15 of 19 (79%) responded". */
    private static final Pattern SHARE = Pattern.compile("\\s*\\(\\s*\\d+(?:\\.\\d+)?\\s*%\\s*\\)");
    private static final int MAX_SUBJECT_WORDS = 8;

    private final String subject;
    private final String predicate;
    private final String threshold;

    private ResultClause(String subject, String predicate, String threshold) {
        this.subject = subject;
        this.predicate = predicate;
        this.threshold = threshold;
    }

    /** Reads the clause that follows a count. */
    static ResultClause after(String text) {
        Matcher share = SHARE.matcher(text);
        if (share.lookingAt()) {
            text = text.substring(share.end());
        }
        Matcher end = CLAUSE_END.matcher(text);
        String clause = end.find() ? text.substring(0, end.start()) : text;
        Matcher verb = VERB.matcher(clause);
        if (!verb.find()) {
            return new ResultClause(clause.strip(), "", null);
        }
        String subject = clause.substring(0, verb.start()).strip();
        String predicate = clause.substring(verb.start()).strip();
        String threshold = null;
        Matcher t = THRESHOLD_BRACKETED.matcher(predicate);
        if (t.find()) {
            threshold = t.group(1) + " " + t.group(2) + "%";
            predicate = predicate.substring(0, t.start()) + predicate.substring(t.end());
        } else if ((t = THRESHOLD_WORDED.matcher(predicate)).find()) {
            threshold = t.group(1).strip();
            predicate = predicate.substring(0, t.start()) + predicate.substring(t.end());
        }
        return new ResultClause(subject, predicate, threshold);
    }

    /** Whether the count is of people ("participants", "patients", or no noun at all: "15 of 19 showed"). */
    boolean namesParticipants() {
        int words = Sentences.wordCount(subject);
        return !predicate.isEmpty() && words <= MAX_SUBJECT_WORDS
                && (words == 0 || PARTICIPANTS.matcher(subject.toLowerCase(Locale.ROOT)).find());
    }

    String threshold() {
        return threshold;
    }

    /** What was observed, without the verb, hedges or time point; null when nothing is left. */
    String description() {
        String d = TimepointParser.remove(predicate.replaceAll("\\s{2,}", " ").strip());
        d = LEADING_FILLER.matcher(d).replaceFirst("").replaceAll("[\\s,]+$", "").strip();
        return d.isEmpty() ? null : d;
    }
}

package org.clinicite.importer.news;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicite.importer.text.NumberWords;

/**
 * Who a study was done in, as the write-up words it: a list of population nouns
 * ("veterans, police officers, and firefighters"), perhaps with a modifier ("older
 * adults", "healthy volunteers") and a condition ("adults with treatment-resistant
 * depression"). Generic nouns ("people", "patients", "participants") count only with
 * "with …". The best phrase is the one in a sentence about the study itself, preceded by
 * a number, listing most groups.
 */
final class PopulationFinder {
    private static final String MODIFIER = "(?:(?:military|older|young|younger|healthy|adult|college|university|"
            + "pregnant|female|male|elderly|middle-aged|active-duty|retired|former|U\\.S\\.|American|British|"
            + "Canadian|Australian|cancer|terminally ill)\\s+)";
    private static final String SPECIFIC = "(?:veterans|first responders|police officers|firefighters|fire fighters|"
            + "adults|adolescents|children|teenagers|youths?|infants|women|men|students|healthy volunteers|volunteers|"
            + "nurses|physicians|doctors|health ?care workers|smokers|drinkers|service members|soldiers|"
            + "survivors|caregivers|couples|twins)";
    private static final String GENERIC = "(?:people|patients|participants|individuals|persons|subjects)";
    private static final String CONDITION_TAIL = "(?:\\s+(?:with|who have|who had|suffering from|living with|diagnosed with)"
            + "\\s+[\\p{L}\\p{N}’'()-]+(?:(?:\\s+|,\\s+(?=\\p{L}+-))(?!who\\b|were\\b|was\\b|in\\b|at\\b|from\\b|after\\b|to\\b|and\\b|received\\b|"
            + "took\\b|had\\b|showed\\b|reported\\b|described\\b)[\\p{L}\\p{N}’'()-]+){0,5})";
    private static final String GROUP = "(?:" + MODIFIER + "*" + SPECIFIC + CONDITION_TAIL + "?|" + MODIFIER + "*"
            + GENERIC + CONDITION_TAIL + ")";
    private static final Pattern LIST = Pattern.compile("(?i)(?<![\\p{L}-])" + GROUP + "(?:,\\s+" + GROUP + ")*"
            + "(?:,?\\s+(?:and|or)\\s+" + GROUP + ")?(?![\\p{L}-])");
    private static final Pattern NUMBER_BEFORE = Pattern.compile("(?i)(?:\\d|" + NumberWords.PATTERN + ")\\s+$");
    private static final Pattern ABOUT_STUDY = Pattern.compile("(?i)\\b(?:the study|this study|the trial|this trial|"
            + "researchers|participants|enrolled|recruited|randomi[sz]ed|found that|sample|involving|published)\\b");

    private PopulationFinder() {
    }

    /** The population phrase of the sentences; the headline is the fallback. */
    static Optional<String> find(List<String> sentences, String headline) {
        Candidate best = null;
        for (String s : sentences) {
            Matcher m = LIST.matcher(s);
            while (m.find()) {
                Candidate c = new Candidate(m.group().strip(), score(s, m));
                best = best == null || c.score() > best.score() ? c : best;
            }
        }
        if (best == null && headline != null) {
            Matcher m = LIST.matcher(headline);
            return m.find() ? Optional.of(m.group().strip()) : Optional.empty();
        }
        return Optional.ofNullable(best).map(Candidate::phrase);
    }

    private static int score(String sentence, Matcher m) {
        int groups = m.group().split(",|\\band\\b|\\bor\\b").length;
        boolean counted = NUMBER_BEFORE.matcher(sentence.substring(0, m.start())).find();
        boolean aboutStudy = ABOUT_STUDY.matcher(sentence).find();
        return groups + (counted ? 3 : 0) + (aboutStudy ? 2 : 0);
    }

    private record Candidate(String phrase, int score) {
    }
}

package org.clinicite.importer.news;

import java.util.regex.Pattern;

/**
 * Sentences about harms ("Side effects such as headache …", "adverse events", "was
 * well tolerated"): what they name are not conditions the study is about, nor findings.
 */
final class SideEffects {
    private static final Pattern HARMS = Pattern.compile("(?i)\\b(?:side[- ]effects?|adverse (?:events?|effects?|"
            + "reactions?)|safety|tolerated|tolerability)\\b");

    private SideEffects() {
    }

    static boolean mentions(String sentence) {
        return HARMS.matcher(sentence).find();
    }
}

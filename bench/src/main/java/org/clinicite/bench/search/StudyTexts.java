package org.clinicite.bench.search;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Titles, abstracts, findings and news write-ups from templates: the study's substance,
 * condition, design and size in the places a real abstract names them, and sentences of
 * Zipf-drawn research words with the usual small words between them in between. ASCII
 * only, so neither engine's accent folding matters.
 */
final class StudyTexts {
    /** Small words between content words: stop words to both engines (or to PostgreSQL only: "after", "between"). */
    private static final List<String> GLUE = List.of("the", "of", "and", "in", "with", "to", "for", "was", "were",
            "after", "between", "than", "by", "on", "a");
    private static final Weighted<String> QUALIFIER = Weighted.of(
            List.of("", "treatment-resistant ", "treatment resistant ", "chronic ", "severe ", "moderate to severe ",
                    "refractory ", "early ", "comorbid "),
            60, 6, 4, 8, 7, 5, 3, 3, 4);
    private static final List<String> VERBS = List.of("reduced", "improved", "predicted", "attenuated",
            "enhanced", "increased", "modulated", "did not change");

    private final Weighted<String> words;

    StudyTexts(Weighted<String> words) {
        this.words = words;
    }

    String title(SplittableRandom r, String s, String s2, String c, String design) {
        String q = QUALIFIER.next(r);
        switch (r.nextInt(8)) {
            case 0: return cap(s) + " for " + q + c + ": " + a(design);
            case 1: return "Efficacy and safety of " + s + " in " + q + c;
            case 2: return cap(s) + "-assisted therapy for " + c + ": " + (3 + r.nextInt(22)) + "-month follow-up";
            case 3: return "Effects of " + s + " on " + word(r) + " " + word(r) + " in patients with " + q + c;
            case 4: return cap(word(r)) + " " + word(r) + " and " + word(r) + " after " + s + " in " + c;
            case 5: return cap(s) + " versus " + s2 + " for " + q + c + ": " + a(design);
            case 6: return cap(word(r)) + " of " + word(r) + " " + word(r) + " in " + c + ": results from " + a(design);
            default: return cap(a(design)) + " of " + s + " in adults with " + q + c;
        }
    }

    String abstractText(SplittableRandom r, String s, String c, String design, Integer n, List<String> results) {
        StringBuilder b = new StringBuilder(1600);
        b.append("Background: ");
        fillers(b, r, 2 + r.nextInt(3));
        b.append("Methods: We enrolled ").append(n == null ? "" : n + " ").append("participants with ")
                .append(QUALIFIER.next(r)).append(c).append(" in ").append(a(design)).append(" of ").append(s)
                .append(r.nextInt(3) == 0 ? " versus placebo. " : ". ");
        fillers(b, r, 1 + r.nextInt(3));
        b.append("Results: ");
        results.forEach(x -> b.append(x).append(' '));
        fillers(b, r, 1 + r.nextInt(4));
        b.append("Conclusions: ").append(cap(s)).append(' ').append(VERBS.get(r.nextInt(VERBS.size())))
                .append(' ').append(word(r)).append(' ').append(word(r)).append(" in ").append(c).append(". ");
        fillers(b, r, 1);
        return b.toString().strip();
    }

    String finding(SplittableRandom r, String s, String c) {
        if (r.nextBoolean()) {
            return cap(s) + " was associated with " + word(r) + " " + word(r) + " in " + c + ".";
        }
        return cap(word(r)) + " " + word(r) + " " + VERBS.get(r.nextInt(VERBS.size())) + " " + word(r) + " "
                + word(r) + " among participants with " + c + ".";
    }

    String headline(SplittableRandom r, String s, String c) {
        switch (r.nextInt(4)) {
            case 0: return cap(s) + " " + VERBS.get(r.nextInt(VERBS.size())) + " " + word(r) + " in people with "
                    + c + ", study finds";
            case 1: return "New study: " + s + "-assisted therapy shows promise for " + c;
            case 2: return "Scientists link " + s + " to " + word(r) + " " + word(r);
            default: return "What a " + word(r) + " trial of " + s + " tells us about " + c;
        }
    }

    String body(SplittableRandom r, String s, String c, String journal, Integer n) {
        StringBuilder b = new StringBuilder(900);
        b.append("A new study published in ").append(journal).append(" suggests that ").append(s)
                .append(" may help people with ").append(c).append(". ");
        fillers(b, r, 3 + r.nextInt(4));
        if (n != null) {
            b.append("The researchers followed ").append(n).append(" participants. ");
        }
        fillers(b, r, 1 + r.nextInt(3));
        return b.toString().strip();
    }

    private void fillers(StringBuilder b, SplittableRandom r, int sentences) {
        for (int i = 0; i < sentences; i++) {
            int length = 6 + r.nextInt(10);
            b.append(cap(word(r)));
            for (int w = 1; w < length; w++) {
                b.append(' ');
                if (r.nextInt(4) == 0) {
                    b.append(GLUE.get(r.nextInt(GLUE.size()))).append(' ');
                }
                b.append(word(r));
            }
            b.append(". ");
        }
    }

    /** "a cohort study", "an open-label trial". */
    private static String a(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    private String word(SplittableRandom r) {
        return words.next(r);
    }

    private static String cap(String s) {
        return s.isEmpty() || Character.isUpperCase(s.charAt(0)) ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

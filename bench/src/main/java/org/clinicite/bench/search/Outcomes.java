package org.clinicite.bench.search;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * 0-3 outcomes of a study, each as the index sees it: the summary line
 * ({@code "15/19 (79%) MADRS total score (>= 50% reduction), 6 weeks"}, the shape of
 * {@code Outcome.summaryLine()}), the measure, the threshold and the sentence it was read
 * from. Four in five carry responders of total (they make {@code has:results}).
 */
public final class Outcomes {
    private static final Weighted<Integer> COUNT = Weighted.of(List.of(0, 1, 2, 3), 35, 35, 20, 10);
    private static final Weighted<String> MEASURES = Weighted.zipf(List.of("MADRS total score", "clinical response",
            "remission", "CAPS-5 total score", "HAM-D 17 score", "PHQ-9 score", "GAD-7 score", "BDI-II score",
            "CGI-S score", "heavy drinking days", "QIDS-SR16 score", "PCL-5 score", "STAI state anxiety",
            "relapse", "PSQI global score", "ISI score", "Y-BOCS score", "PANSS total score", "YMRS score",
            "percent days abstinent", "cigarettes per day", "pain intensity on the NRS", "WHOQOL-BREF score",
            "suicidal ideation on the C-SSRS"), 0.8);
    private static final List<String> THRESHOLDS = List.of(">= 50% reduction", "> 30% reduction in symptoms",
            "score <= 10", "no relapse", "CGI-I of 1 or 2", "clinically meaningful change");
    private static final List<String> TIMEPOINTS = List.of("1 week", "4 weeks", "6 weeks", "8 weeks", "12 weeks",
            "6 months", "12 months", "24 months");

    /**
     * One outcome: what the index's outcome text and outcome lines get, and the columns a
     * database row needs ({@code responders} and {@code total} null without numbers).
     */
    public record Generated(String line, String measure, String threshold, String sentence, boolean numbers,
            Integer responders, Integer total, String timepoint) {
    }

    private Outcomes() {
    }

    static List<Generated> draw(SplittableRandom r, Integer n) {
        int count = COUNT.next(r);
        List<Generated> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(one(r, n));
        }
        return out;
    }

    private static Generated one(SplittableRandom r, Integer n) {
        String measure = MEASURES.next(r);
        String threshold = THRESHOLDS.get(r.nextInt(THRESHOLDS.size()));
        String time = TIMEPOINTS.get(r.nextInt(TIMEPOINTS.size()));
        if (n == null || n < 2 || r.nextInt(5) == 0) {
            return new Generated(measure + " (" + threshold + "), " + time, measure, threshold,
                    "Change in " + measure + " was assessed at " + time + ".", false, null, null, time);
        }
        int total = Math.max(1, (int) Math.round(n * (0.6 + 0.4 * r.nextDouble())));
        int responders = r.nextInt(total + 1);
        long pct = Math.round(100.0 * responders / total);
        return new Generated(responders + "/" + total + " (" + pct + "%) " + measure + " (" + threshold + "), " + time,
                measure, threshold, "At " + time + ", " + responders + " of " + total + " participants met the "
                        + threshold + " criterion on the " + measure + ".", true, responders, total, time);
    }
}

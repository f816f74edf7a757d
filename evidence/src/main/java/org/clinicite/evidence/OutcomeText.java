package org.clinicite.evidence;

import org.clinicite.core.model.Outcome;

/** The "what was counted" part of an outcome, without numbers or time point. */
final class OutcomeText {
    private OutcomeText() {
    }

    /** "CAPS-IV total: &gt; 30% reduction in symptoms", as {@link Outcome#summaryLine()} words it. */
    static String measure(Outcome o) {
        String what = o.getDescription() != null ? o.getDescription() : o.getMeasure();
        String threshold = o.getThreshold();
        if (threshold != null && (what == null || !what.contains(threshold))) {
            boolean bare = threshold.strip().matches("[<>≥≤=]+\\s*[\\d.,]+\\s*%?");
            what = what == null ? threshold : bare ? threshold + " " + what : what + " (" + threshold + ")";
        }
        if (o.getMeasure() != null && o.getDescription() != null && !what.contains(o.getMeasure())) {
            what = o.getMeasure() + ": " + what;
        }
        return what == null ? "" : what;
    }
}

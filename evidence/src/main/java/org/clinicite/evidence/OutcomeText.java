package org.clinicite.evidence;

import org.clinicite.core.model.Outcome;

/** The "what was counted" part of an outcome, without numbers or time point. */
final class OutcomeText {
    private OutcomeText() {
    }

    /** "CAPS-IV total: &gt; 30% reduction in symptoms", as {@link Outcome#summaryLine()} words it. */
    static String measure(Outcome o) {
        String what = o.what();
        if (o.getMeasure() != null && o.getDescription() != null && !what.contains(o.getMeasure())) {
            what = o.getMeasure() + ": " + what;
        }
        return what == null ? "" : what;
    }
}

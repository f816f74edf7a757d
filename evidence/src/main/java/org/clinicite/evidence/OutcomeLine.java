package org.clinicite.evidence;

/**
 * One row of the outcome table: a study's numeric outcome with its proportion and Wilson
 * interval.
 *
 * @param studyId   the study's id (see {@link StudyLabels#id})
 * @param citation  "Barone et al. (n.d.)"
 * @param design    the design's label, or null
 * @param n         the study's sample size (analysed, else enrolled), or null
 * @param measure   what was counted, e.g. "&gt; 30% reduction in symptoms"
 * @param count     responders of total
 * @param ci        the Wilson score interval of the proportion
 * @param timepoint e.g. "12 months", or null
 * @param kind      the comparable group the line belongs to
 * @param pooled    false when another line of the same study represents it in its group
 */
public record OutcomeLine(String studyId, String citation, String design, Integer n, String measure, Count count,
        Interval ci, String timepoint, OutcomeKind kind, boolean pooled) {

    public double proportion() {
        return count.proportion();
    }

    OutcomeLine notPooled() {
        return new OutcomeLine(studyId, citation, design, n, measure, count, ci, timepoint, kind, false);
    }
}

package org.clinicite.evidence;

import java.util.List;

/**
 * The outcome lines of one kind across studies, and their pooled proportion when at least
 * two studies report it.
 *
 * @param lines  the lines of this kind, in study order; those with {@code pooled} make up k
 * @param pooled the random-effects result, null when k = 1
 * @param level  the confidence level of the lines' and the pooled intervals
 */
public record OutcomeGroup(OutcomeKind kind, List<OutcomeLine> lines, PooledProportion pooled, double level) {
    public OutcomeGroup {
        lines = List.copyOf(lines);
    }

    /** The lines that enter the analysis: one per study. */
    public List<OutcomeLine> pooledLines() {
        return lines.stream().filter(OutcomeLine::pooled).toList();
    }

    /** The number of studies. */
    public int k() {
        return pooledLines().size();
    }

    /** One study only: its proportion is shown as it is, not pooled. */
    public boolean isSingle() {
        return pooled == null;
    }

    /** The sum of the totals of the studies' lines. */
    public int totalN() {
        return pooledLines().stream().mapToInt(l -> l.count().total()).sum();
    }
}

package org.clinicite.evidence;

import java.util.List;

/**
 * A pooled proportion: random-effects meta-analysis of logit-transformed proportions
 * (DerSimonian–Laird), back-transformed to the proportion scale, with the total n.
 *
 * @param logit      the analysis on the logit scale (estimates, Q, τ², I², H²)
 * @param proportion the random-effects proportion and its interval
 * @param common     the common-effect (fixed) proportion and its interval, for reference
 * @param totalN     the sum of the studies' totals
 * @param events     the sum of the studies' events
 */
public record PooledProportion(MetaAnalysis logit, Estimate.Transformed proportion, Estimate.Transformed common,
        int totalN, int events) {

    public static PooledProportion of(List<Count> counts) {
        return of(counts, 0.95);
    }

    public static PooledProportion of(List<Count> counts, double level) {
        MetaAnalysis m = RandomEffects.pool(counts.stream().map(Proportions::logit).toList(), level);
        return new PooledProportion(m, m.random().transform(Proportions::expit),
                m.common().transform(Proportions::expit),
                counts.stream().mapToInt(Count::total).sum(), counts.stream().mapToInt(Count::events).sum());
    }

    public int k() {
        return logit.k();
    }
}

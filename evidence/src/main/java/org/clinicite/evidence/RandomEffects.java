package org.clinicite.evidence;

import java.util.List;

/**
 * DerSimonian–Laird random-effects meta-analysis of effects with known variances, as
 * metafor's {@code rma(yi, vi, method="DL")} and meta's {@code method.tau="DL"} compute it.
 */
public final class RandomEffects {
    private RandomEffects() {
    }

    /** Pools at 95 %. */
    public static MetaAnalysis pool(List<Effect> effects) {
        return pool(effects, 0.95);
    }

    /**
     * w = 1/v; common = Σwy/Σw; Q = Σw(y − common)²; τ² = max(0, (Q − (k−1)) / (Σw − Σw²/Σw));
     * w* = 1/(v + τ²); random = Σw*y/Σw* with SE 1/√Σw*; I² = max(0, (Q − (k−1))/Q)·100;
     * H² = Q/(k−1) when Q &gt; k−1, else 1.
     */
    public static MetaAnalysis pool(List<Effect> effects, double level) {
        return pool(effects, level, Double.NaN);
    }

    /**
     * Pools with a given between-study variance instead of estimating it: metafor's
     * {@code rma(yi, vi, tau2=...)} and meta's {@code tau.preset} (τ = √τ²). Used, for
     * example, to pool subgroups with one τ² common to all of them. Q, I² and H² are still
     * computed from the data; the random-effects weights are 1/(v + τ²).
     *
     * @param tau2 the between-study variance, &ge; 0
     */
    public static MetaAnalysis poolWithTau2(List<Effect> effects, double tau2, double level) {
        if (!(tau2 >= 0) || Double.isInfinite(tau2)) {
            throw new IllegalArgumentException("tau² must be a finite number >= 0, got " + tau2);
        }
        return pool(effects, level, tau2);
    }

    private static MetaAnalysis pool(List<Effect> effects, double level, double presetTau2) {
        int k = effects.size();
        if (k < 2) {
            throw new IllegalArgumentException("pooling needs at least two effects, got " + k);
        }
        double z = Normal.critical(level);
        double sw = 0;
        double sw2 = 0;
        double swy = 0;
        for (Effect e : effects) {
            sw += e.weight();
            sw2 += e.weight() * e.weight();
            swy += e.weight() * e.estimate();
        }
        double common = swy / sw;
        double q = 0;
        for (Effect e : effects) {
            q += e.weight() * square(e.estimate() - common);
        }
        int df = k - 1;
        double tau2 = Double.isNaN(presetTau2) ? Math.max(0, (q - df) / (sw - sw2 / sw)) : presetTau2;
        double i2 = q > df ? 100 * (q - df) / q : 0;
        double h2 = q > df ? q / df : 1;
        return new MetaAnalysis(k, Estimate.of(common, Math.sqrt(1 / sw), z), randomEstimate(effects, tau2, z),
                q, tau2, i2, h2, level);
    }

    private static Estimate randomEstimate(List<Effect> effects, double tau2, double z) {
        double sw = 0;
        double swy = 0;
        for (Effect e : effects) {
            double w = 1 / (e.variance() + tau2);
            sw += w;
            swy += w * e.estimate();
        }
        return Estimate.of(swy / sw, Math.sqrt(1 / sw), z);
    }

    private static double square(double x) {
        return x * x;
    }
}

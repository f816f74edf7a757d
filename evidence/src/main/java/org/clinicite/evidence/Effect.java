package org.clinicite.evidence;

/**
 * One study's effect on the scale where it is pooled (e.g. a logit), with its sampling
 * variance: the {@code yi} and {@code vi} of metafor.
 */
public record Effect(double estimate, double variance) {
    public Effect {
        if (!Double.isFinite(estimate) || !(variance > 0) || !Double.isFinite(variance)) {
            throw new IllegalArgumentException("effect needs a finite estimate and a positive variance: "
                    + estimate + ", " + variance);
        }
    }

    /** The weight of a common-effect (inverse-variance) analysis, 1 / v. */
    public double weight() {
        return 1 / variance;
    }
}

package org.clinicite.evidence;

/**
 * The result of pooling k effects: the common-effect (fixed, inverse-variance) and the
 * random-effects (DerSimonian–Laird) estimates, Cochran's Q, τ², I² (percent) and H².
 */
public record MetaAnalysis(int k, Estimate common, Estimate random, double q, double tau2, double i2,
        double h2, double level) {

    /** Degrees of freedom of Q: k − 1. */
    public int df() {
        return k - 1;
    }

    public double tau() {
        return Math.sqrt(tau2);
    }

    /** H = √H². */
    public double h() {
        return Math.sqrt(h2);
    }
}

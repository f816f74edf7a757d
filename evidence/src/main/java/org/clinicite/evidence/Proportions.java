package org.clinicite.evidence;

/**
 * The single proportion: Wilson score interval, logit transform with its variance and
 * continuity correction, and the back-transform. Formulas and references in
 * {@code package-info}.
 */
public final class Proportions {
    /** Added to events and non-events when either is zero (metafor's {@code add=1/2, to="only0"}). */
    public static final double CONTINUITY_CORRECTION = 0.5;

    private Proportions() {
    }

    /** Wilson score interval at 95 %. */
    public static Interval wilson(Count c) {
        return wilson(c, 0.95);
    }

    /**
     * Wilson (1927) score interval: (x + z²/2 ± z √(x(n−x)/n + z²/4)) / (n + z²). Stays in
     * [0, 1] and is not degenerate at x = 0 or x = n. At x = 0 the lower limit is exactly 0
     * and at x = n the upper limit exactly 1 (the closed form; floating-point subtraction
     * would leave about 1e-17 there).
     */
    public static Interval wilson(Count c, double level) {
        double z = Normal.critical(level);
        double n = c.total();
        double x = c.events();
        double z2 = z * z;
        double centre = (x + z2 / 2) / (n + z2);
        double half = z / (n + z2) * Math.sqrt(x * (n - x) / n + z2 / 4);
        double lower = c.events() == 0 ? 0 : Math.max(0, centre - half);
        double upper = c.events() == c.total() ? 1 : Math.min(1, centre + half);
        return new Interval(lower, upper);
    }

    /** Whether the logit needs the continuity correction: no events or no non-events. */
    public static boolean needsCorrection(Count c) {
        return c.events() == 0 || c.events() == c.total();
    }

    /**
     * The log odds ln(x / (n − x)) with variance 1/x + 1/(n − x); when x = 0 or x = n,
     * 0.5 is first added to x and to n − x (metafor {@code escalc(measure="PLO")} default).
     */
    public static Effect logit(Count c) {
        double add = needsCorrection(c) ? CONTINUITY_CORRECTION : 0;
        double a = c.events() + add;
        double b = c.total() - c.events() + add;
        return new Effect(Math.log(a / b), 1 / a + 1 / b);
    }

    /** ln(p / (1 − p)). */
    public static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    /** The back-transform 1 / (1 + e^−x). */
    public static double expit(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}

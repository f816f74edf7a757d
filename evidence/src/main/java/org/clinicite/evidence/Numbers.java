package org.clinicite.evidence;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/** Number formatting shared by the renderers: fixed decimals, dot as separator, whatever the locale. */
final class Numbers {
    private Numbers() {
    }

    /** e.g. fixed(0.78947, 3) = "0.789". */
    static String fixed(double x, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", x);
    }

    /** "[0.567, 0.915]". */
    static String interval(Interval i, int decimals) {
        return "[" + fixed(i.lower(), decimals) + ", " + fixed(i.upper(), decimals) + "]";
    }

    /** Rounded for JSON and CSV (4 decimals: more than any report prints, stable across platforms). */
    static double round(double x) {
        return Math.round(x * 1e4) / 1e4;
    }

    /**
     * A proportion rounded for JSON and CSV: 4 decimals, except that a proportion below 0.001
     * (rare events: a prevalence of 0.000424) keeps 3 significant digits instead of becoming
     * 0.0004 or 0.0.
     */
    static double roundProportion(double p) {
        if (p == 0 || Math.abs(p) >= 0.001 || !Double.isFinite(p)) {
            return round(p);
        }
        return new BigDecimal(p).round(new MathContext(3, RoundingMode.HALF_EVEN)).doubleValue();
    }

    /**
     * How many decimals to print a proportion (and its interval) with: {@code decimals}, or more
     * when the proportion is not 0 but would print as all zeros, so that it shows 2 significant
     * digits (a prevalence of 0.000424 with 3 decimals would read "0.000"; it gets 5:
     * "0.00042"). At most 10. Only the estimate decides, so ordinary rows keep their width.
     */
    static int decimalsFor(int decimals, double proportion) {
        double p = Math.abs(proportion);
        if (p == 0 || !Double.isFinite(p) || p >= 0.5 * Math.pow(10, -decimals)) {
            return decimals;
        }
        return Math.min(10, Math.max(decimals, 1 - (int) Math.floor(Math.log10(p))));
    }

    /** A proportion and its interval, "0.789 [0.567, 0.915]", with {@link #decimalsFor} decimals. */
    static String proportion(double p, Interval ci, int decimals) {
        int d = decimalsFor(decimals, p);
        return fixed(p, d) + " " + interval(ci, d);
    }

    /** "95 %" for 0.95. */
    static String percent(double level) {
        double p = level * 100;
        return (p == Math.rint(p) ? String.valueOf((long) p) : fixed(p, 1)) + " %";
    }
}

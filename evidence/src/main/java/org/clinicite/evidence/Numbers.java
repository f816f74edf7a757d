package org.clinicite.evidence;

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

    /** "95 %" for 0.95. */
    static String percent(double level) {
        double p = level * 100;
        return (p == Math.rint(p) ? String.valueOf((long) p) : fixed(p, 1)) + " %";
    }
}

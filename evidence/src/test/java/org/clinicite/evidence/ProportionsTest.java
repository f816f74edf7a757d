package org.clinicite.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProportionsTest {
    private static final double PRINTED = 0.00005; // values printed to 4 decimals

    @Test
    void normalQuantilesAgreeWithTables() {
        assertEquals(1.959963984540054, Normal.critical(0.95), 1e-12);
        assertEquals(2.5758293035489004, Normal.critical(0.99), 1e-12);
        assertEquals(0.8416212335729143, Normal.quantile(0.8), 1e-12); // central branch
        assertEquals(-3.090232306167813, Normal.quantile(0.001), 1e-12);
        // far-tail branch (r > 5): check x = quantile(1e-16) through the asymptotic series of the
        // normal tail, Φ(x) ≈ φ(x)/|x| · (1 − 1/x² + 3/x⁴ − 15/x⁶)
        double x = Normal.quantile(1e-16);
        double tail = Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI) / -x
                * (1 - 1 / (x * x) + 3 / Math.pow(x, 4) - 15 / Math.pow(x, 6));
        assertEquals(1e-16, tail, 1e-20);
        assertEquals(-Normal.quantile(0.3), Normal.quantile(0.7), 1e-15);
        assertEquals(0, Normal.quantile(0.5), 0);
        assertThrows(IllegalArgumentException.class, () -> Normal.critical(1));
    }

    /**
     * R package binom (Dorai-Raj), {@code binom.confint(x, n, tol=1e-8)}, method "wilson", as
     * printed to 16 digits and stored in statsmodels' test results
     * ({@code statsmodels/stats/tests/results/results_proportion.py}, {@code res_binom[(x, n)]},
     * last of the 11 methods). Held to 3 decimals as the issue asks, and to 1e-12, since the
     * formula is closed and both use the same normal quantile (R's {@code qnorm}, AS 241).
     */
    @Test
    void wilsonMatchesRBinomConfint() {
        double[][] printed = {
            // x, n, lower, upper
            {18, 20, 0.6989663547715128, 0.972133518786232},
            {4, 20, 0.0806576625797981, 0.4160174322518935},
            {4, 200, 0.00780442641634947, 0.05028708690582643},
            {190, 200, 0.910421851861224, 0.972617354399236},
            {1, 30, 5.908590e-03, 0.16670391},
            {29, 30, 0.8332961, 0.9940914},
            {0, 30, 0, 0.11351339},
            {30, 30, 0.8864866, 1},
        };
        for (double[] r : printed) {
            Interval ci = Proportions.wilson(new Count((int) r[0], (int) r[1]));
            String what = (int) r[0] + "/" + (int) r[1];
            assertEquals(r[2], ci.lower(), 0.0005, what + " lower, 3 decimals");
            assertEquals(r[3], ci.upper(), 0.0005, what + " upper, 3 decimals");
            // the rows for n = 30 are printed to 7-8 significant digits only
            double tol = r[1] == 30 ? 5e-8 : 1e-12;
            assertEquals(r[2], ci.lower(), tol, what + " lower");
            assertEquals(r[3], ci.upper(), tol, what + " upper");
        }
    }

    /**
     * Newcombe RG (1998), Two-sided confidence intervals for the single proportion:
     * comparison of seven methods. Stat Med 17:857-872: the worked examples (a) 81/263,
     * (b) 15/148, (c) 0/20 and (d) 1/29, score method without continuity correction, printed to
     * 4 decimals. Only the article's first page could be read from a stored copy, so these
     * values are not re-verified from the article itself; they agree with the R binom check
     * above to the printed digits (the same values are quoted by other projects' tests).
     */
    @Test
    void wilsonMatchesNewcombe1998() {
        assertInterval(0.2553, 0.3662, Proportions.wilson(new Count(81, 263)));
        assertInterval(0.0624, 0.1605, Proportions.wilson(new Count(15, 148)));
        assertInterval(0.0000, 0.1611, Proportions.wilson(new Count(0, 20)));
        assertInterval(0.0061, 0.1718, Proportions.wilson(new Count(1, 29)));
    }

    @Test
    void wilsonLevelWidensTheIntervalAndHasTheClosedFormAtZero() {
        Count c = new Count(15, 19);
        Interval i95 = Proportions.wilson(c, 0.95);
        Interval i99 = Proportions.wilson(c, 0.99);
        assertTrue(i99.lower() < i95.lower() && i99.upper() > i95.upper());
        // x = 0: lower 0, upper z² / (n + z²)
        double z = Normal.critical(0.90);
        Interval zero = Proportions.wilson(new Count(0, 12), 0.90);
        assertEquals(0, zero.lower(), 0);
        assertEquals(z * z / (12 + z * z), zero.upper(), 1e-12);
        // x = n mirrors x = 0
        Interval all = Proportions.wilson(new Count(12, 12), 0.90);
        assertEquals(1 - zero.upper(), all.lower(), 1e-12);
        assertEquals(1, all.upper(), 0);
        // exact at the ends for any n (the subtraction alone leaves about 1e-17 for 0/20, 0/30)
        for (int n : new int[] {1, 19, 20, 30, 263, 2_616_439}) {
            assertEquals(0, Proportions.wilson(new Count(0, n)).lower(), 0, "0/" + n);
            assertEquals(1, Proportions.wilson(new Count(n, n)).upper(), 0, n + "/" + n);
        }
    }

    @Test
    void logitAndItsVariance() {
        Effect e = Proportions.logit(new Count(15, 19));
        assertEquals(Math.log(15.0 / 4), e.estimate(), 1e-12);
        assertEquals(1.0 / 15 + 1.0 / 4, e.variance(), 1e-12);
        assertFalse(Proportions.needsCorrection(new Count(15, 19)));
        assertEquals(15.0 / 19, Proportions.expit(e.estimate()), 1e-12);
        assertEquals(0.3, Proportions.expit(Proportions.logit(0.3)), 1e-12);
    }

    /**
     * metafor escalc(): with to="only0" (default) and add=1/2, 1/2 is added to xi and
     * mi = ni - xi "only for studies where xi or mi is equal to 0" (man/escalc.Rd, section
     * (3b), metafor 4.x).
     */
    @Test
    void continuityCorrectionOnlyForZeroCells() {
        Effect none = Proportions.logit(new Count(0, 10));
        assertEquals(Math.log(0.5 / 10.5), none.estimate(), 1e-12);
        assertEquals(1 / 0.5 + 1 / 10.5, none.variance(), 1e-12);
        Effect all = Proportions.logit(new Count(10, 10));
        assertEquals(Math.log(10.5 / 0.5), all.estimate(), 1e-12);
        assertEquals(none.variance(), all.variance(), 1e-12);
        assertTrue(Proportions.needsCorrection(new Count(10, 10)));
    }

    @Test
    void countsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new Count(20, 19));
        assertThrows(IllegalArgumentException.class, () -> new Count(0, 0));
        assertFalse(Count.isValid(3, null));
        assertTrue(Count.isValid(0, 1));
    }

    private static void assertInterval(double lower, double upper, Interval actual) {
        assertEquals(lower, actual.lower(), PRINTED, "lower");
        assertEquals(upper, actual.upper(), PRINTED, "upper");
    }
}

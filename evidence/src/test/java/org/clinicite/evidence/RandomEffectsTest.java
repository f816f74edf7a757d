package org.clinicite.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The DerSimonian–Laird computation checked against published worked examples.
 *
 * <p>Source: metafor (W. Viechtbauer), tests/testthat/test_misc_metan_vs_rma.uni_with_dat.bcg.r
 * (github.com/wviechtb/metafor), which checks {@code rma(yi, vi, method="DL")} against Stata's
 * {@code metan} on dat.bcg (Colditz et al. 1994, BCG vaccine trials, 13 studies); numbers are
 * printed there to 4 decimals. The DL odds-ratio summary (se 0.1923, H² 13.60, Q 163.1649) is
 * also printed by {@code summary(rma(..., measure="OR", method="DL"))} output of metafor.
 *
 * <p>The log odds ratio of a trial is the difference of the two arms' logits,
 * logit(tpos/n1) − logit(cpos/n2), with variance the sum of the arms' logit variances
 * 1/x + 1/(n−x); so these tests run {@link Proportions#logit} as well as the pooling.
 *
 * <p>The logit-proportion path ({@code measure="PLO"}, DL) is checked against a published
 * tutorial's data and printed τ² and estimates in {@link PublishedProportionExamplesTest}
 * (Wang 2023, J Behav Data Sci); the back-transformed interval also on an example derived by
 * hand ({@link #pooledProportionDerivedByHand()}).
 */
class RandomEffectsTest {
    private static final double TOL = 0.0005;

    /** dat.bcg: tpos, tneg, cpos, cneg (metafor / metadat). */
    private static final int[][] BCG = {
        {4, 119, 11, 128}, {6, 300, 29, 274}, {3, 228, 11, 209}, {62, 13536, 248, 12619},
        {33, 5036, 47, 5761}, {180, 1361, 372, 1079}, {8, 2537, 10, 619}, {505, 87886, 499, 87892},
        {29, 7470, 45, 7232}, {17, 1699, 65, 1600}, {186, 50448, 141, 27197}, {5, 2493, 3, 2338},
        {27, 16886, 29, 17825},
    };

    @Test
    void logOddsRatiosOfDatBcgMatchMetaforAndMetan() {
        MetaAnalysis m = RandomEffects.pool(logOddsRatios());
        assertEquals(13, m.k());
        // common effect: metan tpos tneg cpos cneg, fixedi nograph or log
        assertEquals(-0.4361, m.common().value(), TOL);
        assertEquals(-0.5190, m.common().ci().lower(), TOL);
        assertEquals(-0.3533, m.common().ci().upper(), TOL);
        assertEquals(-10.3190, m.common().value() / m.common().se(), TOL);
        assertEquals(163.1649, m.q(), TOL);
        // random effects, DL: metan ..., randomi nograph or log
        assertEquals(-0.7474, m.random().value(), TOL);
        assertEquals(0.1923, m.random().se(), TOL);
        assertEquals(-1.1242, m.random().ci().lower(), TOL);
        assertEquals(-0.3706, m.random().ci().upper(), TOL);
        assertEquals(-3.8873, m.random().value() / m.random().se(), TOL);
        assertEquals(0.3663, m.tau2(), TOL);
        assertEquals(92.6455, m.i2(), TOL);
        assertEquals(13.5971, m.h2(), TOL);
        assertEquals(12, m.df());
        // back-transformed: metan ..., randomi nograph or
        Estimate.Transformed or = m.random().transform(Math::exp);
        assertEquals(0.4736, or.value(), TOL);
        assertEquals(0.3249, or.ci().lower(), TOL);
        assertEquals(0.6903, or.ci().upper(), TOL);
        Estimate.Transformed orCommon = m.common().transform(Math::exp);
        assertEquals(0.6465, orCommon.value(), TOL);
        assertEquals(0.5951, orCommon.ci().lower(), TOL);
        assertEquals(0.7024, orCommon.ci().upper(), TOL);
    }

    @Test
    void logRiskRatiosOfDatBcgMatchMetaforAndMetan() {
        List<Effect> effects = new ArrayList<>();
        for (int[] t : BCG) {
            double n1 = t[0] + t[1];
            double n2 = t[2] + t[3];
            effects.add(new Effect(Math.log(t[0] / n1) - Math.log(t[2] / n2),
                    1.0 / t[0] - 1 / n1 + 1.0 / t[2] - 1 / n2));
        }
        MetaAnalysis m = RandomEffects.pool(effects);
        assertEquals(-0.4303, m.common().value(), TOL);
        assertEquals(-0.5097, m.common().ci().lower(), TOL);
        assertEquals(-0.3509, m.common().ci().upper(), TOL);
        assertEquals(152.2330, m.q(), TOL);
        assertEquals(-0.7141, m.random().value(), TOL);
        assertEquals(-1.0644, m.random().ci().lower(), TOL);
        assertEquals(-0.3638, m.random().ci().upper(), TOL);
        assertEquals(-3.9952, m.random().value() / m.random().se(), TOL);
        assertEquals(0.3088, m.tau2(), TOL);
        assertEquals(92.1173, m.i2(), TOL);
        Estimate.Transformed rr = m.random().transform(Math::exp);
        assertEquals(0.4896, rr.value(), TOL);
        assertEquals(0.3449, rr.ci().lower(), TOL);
        assertEquals(0.6950, rr.ci().upper(), TOL);
    }

    /**
     * Derived by hand: 1/5 and 4/5. Logits ∓ln 4, variances 1 + 1/4 = 1.25, weights 0.8.
     * Common estimate 0 with SE √(1/1.6); Q = 2 · 0.8 · (ln 4)² = 1.6 (ln 4)²;
     * C = 1.6 − 1.28/1.6 = 0.8; τ² = (Q − 1)/0.8 = 2 (ln 4)² − 1.25; I² = 1 − 1/Q; H² = Q.
     * Random-effects weights 1/(1.25 + τ²) = 1/(2 (ln 4)²), so the random SE is exactly ln 4,
     * the estimate is 0 (proportion 0.5) and the 95 % CI on the proportion scale is
     * [1/(1 + 4^z), 4^z/(1 + 4^z)] with z = 1.959964 (≈ [0.0620, 0.9380]).
     */
    @Test
    void pooledProportionDerivedByHand() {
        PooledProportion p = PooledProportion.of(List.of(new Count(1, 5), new Count(4, 5)));
        double ln4 = Math.log(4);
        double z = Normal.critical(0.95);
        MetaAnalysis m = p.logit();
        assertEquals(0, m.common().value(), 1e-12);
        assertEquals(Math.sqrt(1 / 1.6), m.common().se(), 1e-12);
        assertEquals(1.6 * ln4 * ln4, m.q(), 1e-12);
        assertEquals(2 * ln4 * ln4 - 1.25, m.tau2(), 1e-12);
        assertEquals(100 * (1 - 1 / m.q()), m.i2(), 1e-10);
        assertEquals(m.q(), m.h2(), 1e-12);
        assertEquals(ln4, m.random().se(), 1e-12);
        assertEquals(0.5, p.proportion().value(), 1e-12);
        double upper = Math.pow(4, z) / (1 + Math.pow(4, z));
        assertEquals(1 - upper, p.proportion().ci().lower(), 1e-12);
        assertEquals(upper, p.proportion().ci().upper(), 1e-12);
        assertEquals(0.0620, p.proportion().ci().lower(), 0.0001);
        assertEquals(10, p.totalN());
        assertEquals(5, p.events());
    }

    @Test
    void homogeneousStudiesGiveZeroTauAndEqualEstimates() {
        PooledProportion p = PooledProportion.of(List.of(new Count(6, 10), new Count(12, 20), new Count(30, 50)));
        assertEquals(0, p.logit().q(), 1e-12);
        assertEquals(0, p.logit().tau2(), 0);
        assertEquals(0, p.logit().i2(), 0);
        assertEquals(1, p.logit().h2(), 0);
        assertEquals(0.6, p.proportion().value(), 1e-12);
        assertEquals(p.common().ci(), p.proportion().ci());
    }

    @Test
    void zeroCellStudiesArePooledWithTheCorrection() {
        PooledProportion p = PooledProportion.of(List.of(new Count(0, 10), new Count(10, 10)));
        // symmetric: logits ∓ln 21 with equal variances, so the estimate is 1/2
        assertEquals(0.5, p.proportion().value(), 1e-12);
        assertEquals(2 * Math.log(21) * Math.log(21) / (2 + 1 / 10.5), p.logit().q(), 1e-9);
    }

    @Test
    void oneStudyIsNotAMetaAnalysis() {
        assertThrows(IllegalArgumentException.class, () -> PooledProportion.of(List.of(new Count(15, 19))));
    }

    private static List<Effect> logOddsRatios() {
        List<Effect> effects = new ArrayList<>();
        for (int[] t : BCG) {
            Effect treated = Proportions.logit(new Count(t[0], t[0] + t[1]));
            Effect control = Proportions.logit(new Count(t[2], t[2] + t[3]));
            effects.add(new Effect(treated.estimate() - control.estimate(), treated.variance() + control.variance()));
        }
        return effects;
    }
}

package org.clinicite.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.clinicite.core.model.Outcome;
import org.clinicite.core.model.Study;
import org.clinicite.core.model.StudyDesign;
import org.junit.jupiter.api.Test;

/**
 * The logit-proportion path (metafor {@code escalc(measure="PLO")}, DerSimonian–Laird τ²,
 * random-effects estimates) checked against a published meta-analysis of proportions.
 *
 * <p><b>Source.</b> Wang N. (2023), "Conducting meta-analyses of proportions in R", Journal of
 * Behavioral Data Science 3(2):64–126, doi:10.35566/jbds/v3n2/wang, and its supplementary
 * files (github.com/wnk4242/meta-analysis-of-proportion). The data are {@code data.csv} there
 * (17 studies of the prevalence of congenital cataract, from Wu, Long, Lin &amp; Liu 2016),
 * stored unchanged as {@code src/test/resources/published/wang2023-congenital-cataract.csv}.
 * The tutorial's model is exactly clinicite's: {@code escalc(xi=cases, ni=total,
 * measure="PLO")} then {@code rma(yi, vi, method="DL")} ({@code code_tutorial.R}); no study
 * has 0 or all events, so the 0.5 correction does not enter.
 *
 * <p><b>Printed values checked.</b> The tutorial's subgroup analysis by study design
 * ({@code demo/demo_logit.Rmd}, comments beside the code that printed them) states: the DL τ²
 * of the birth-cohort studies is 0.93224 and of the other studies 0.24743; the τ² common to
 * both subgroups (meta-regression {@code rma(yi, vi, mods=~studydesign, method="DL")}) is
 * 0.4427; with it the birth-cohort summary logit is −7.9742, the coefficient of "Others" 0.3452
 * and so the others' summary logit −7.629. The values are printed to 4–5 decimals; the tests
 * hold clinicite to half a unit of the last printed digit, stricter than the 3 decimals asked.
 *
 * <p>The tutorial's overall (all 17 studies) estimate, I² and back-transformed proportion are
 * printed only in the article's output listings, of which no stored copy could be read; the
 * overall analysis is therefore checked here for its inputs (total n and events) and for the
 * identities that tie it to the printed subgroup values, and I² and the back-transformed CI are
 * checked against published figures in {@link RandomEffectsTest} (Stata {@code metan} on
 * dat.bcg) instead.
 */
class PublishedProportionExamplesTest {
    private static final String WANG_2023 = "/published/wang2023-congenital-cataract.csv";

    @Test
    void subgroupTau2MatchWang2023() throws IOException {
        List<Row> rows = wang2023();
        MetaAnalysis birthCohort = RandomEffects.pool(logits(rows, "Birth cohort"));
        MetaAnalysis others = RandomEffects.pool(logits(rows, "Others"));
        assertEquals(6, birthCohort.k());
        assertEquals(11, others.k());
        assertEquals(0.93224, birthCohort.tau2(), 0.000005);
        assertEquals(0.24743, others.tau2(), 0.000005);
    }

    /**
     * The DL τ² of a meta-regression on one categorical moderator is
     * (Q₁ + Q₂ − (k − 2)) / (C₁ + C₂), where Q_g is the subgroup's Cochran Q and
     * C_g = Σw − Σw²/Σw its DL scaling constant, recovered here as (Q_g − df_g) / τ²_g.
     * Within each subgroup the moderator model's fitted value is then the random-effects mean
     * with weights 1/(v + τ²) for that common τ², which {@link RandomEffects#poolWithTau2} gives.
     */
    @Test
    void commonTau2AndSubgroupEstimatesMatchWang2023() throws IOException {
        List<Row> rows = wang2023();
        List<Effect> bc = logits(rows, "Birth cohort");
        List<Effect> ot = logits(rows, "Others");
        MetaAnalysis b = RandomEffects.pool(bc);
        MetaAnalysis o = RandomEffects.pool(ot);
        double cB = (b.q() - b.df()) / b.tau2();
        double cO = (o.q() - o.df()) / o.tau2();
        double common = (b.q() + o.q() - b.df() - o.df()) / (cB + cO);
        assertEquals(0.4427, common, 0.00005);

        MetaAnalysis bCommon = RandomEffects.poolWithTau2(bc, common, 0.95);
        MetaAnalysis oCommon = RandomEffects.poolWithTau2(ot, common, 0.95);
        assertEquals(common, bCommon.tau2(), 0);
        assertEquals(-7.9742, bCommon.random().value(), 0.00005);
        assertEquals(0.3452, oCommon.random().value() - bCommon.random().value(), 0.00005);
        assertEquals(-7.629, oCommon.random().value(), 0.0005);
        // a preset τ² leaves the data's own heterogeneity statistics alone
        assertEquals(b.q(), bCommon.q(), 1e-9);
        assertEquals(b.i2(), bCommon.i2(), 1e-9);
        assertEquals(b.common(), bCommon.common());
    }

    @Test
    void overallPoolingKeepsTheTutorialsInputsAndTotals() throws IOException {
        List<Row> rows = wang2023();
        assertEquals(17, rows.size());
        PooledProportion p = PooledProportion.of(rows.stream().map(Row::count).toList());
        assertEquals(17, p.k());
        assertEquals(8_302_708, p.totalN());
        assertEquals(2_159, p.events());
        MetaAnalysis m = p.logit();
        // the overall Q splits into the subgroups' Qs plus the between-subgroup Q of their
        // common-effect means: Q = Q₁ + Q₂ + Σ_g W_g (ȳ_g − ȳ)²
        MetaAnalysis b = RandomEffects.pool(logits(rows, "Birth cohort"));
        MetaAnalysis o = RandomEffects.pool(logits(rows, "Others"));
        double wB = 1 / (b.common().se() * b.common().se());
        double wO = 1 / (o.common().se() * o.common().se());
        double between = wB * square(b.common().value() - m.common().value())
                + wO * square(o.common().value() - m.common().value());
        assertEquals(m.q(), b.q() + o.q() + between, 1e-6 * m.q());
        // the pooled proportion is the back-transformed random-effects logit, inside the range
        // of the study proportions
        assertEquals(Proportions.expit(m.random().value()), p.proportion().value(), 1e-15);
        double min = rows.stream().mapToDouble(r -> r.count().proportion()).min().orElseThrow();
        double max = rows.stream().mapToDouble(r -> r.count().proportion()).max().orElseThrow();
        assertTrue(p.proportion().ci().lower() > min && p.proportion().ci().upper() < max);
    }

    /** What {@code clinicite summarize} shows for the tutorial's studies: one group, k and n. */
    @Test
    void summaryShowsKAndTotalNOfTheTutorialsStudies() throws IOException {
        List<Study> studies = new ArrayList<>();
        for (Row r : wang2023()) {
            Study s = new Study();
            s.setTitle("Congenital cataract prevalence: " + r.authorYear());
            s.setDesign(StudyDesign.COHORT);
            s.setAnalysed(r.count().total());
            s.addOutcome(new Outcome("congenital cataract", r.count().events(), r.count().total(), null, null));
            studies.add(s);
        }
        Summary summary = Summary.of(studies);
        assertEquals(1, summary.groups().size());
        OutcomeGroup g = summary.groups().get(0);
        assertEquals(17, g.k());
        assertEquals(8_302_708, g.totalN());
        assertNotNull(g.pooled());
        assertEquals(PooledProportion.of(wang2023().stream().map(Row::count).toList()), g.pooled());
        StringBuilder text = new StringBuilder();
        SummaryText.write(summary, text);
        assertTrue(text.toString().contains("k=17"), text.toString());
        assertTrue(text.toString().contains("n=8302708"), text.toString());
        // a prevalence of 4 in 10,000 keeps 2 significant digits instead of reading 0.000
        assertTrue(text.toString().contains("0.00042 [0.00032, 0.00057]"), text.toString());
        assertTrue(text.toString().contains("773/2616439"), text.toString());
    }

    private record Row(String authorYear, String design, Count count) {
    }

    private static List<Row> wang2023() throws IOException {
        try (InputStream in = PublishedProportionExamplesTest.class.getResourceAsStream(WANG_2023)) {
            assertNotNull(in, WANG_2023);
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            List<Row> rows = new ArrayList<>();
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                    .parse(reader)) {
                rows.add(new Row(r.get("authoryear"), r.get("studydesign"),
                        new Count(Integer.parseInt(r.get("cases")), Integer.parseInt(r.get("total")))));
            }
            return rows;
        }
    }

    private static List<Effect> logits(List<Row> rows, String design) {
        return rows.stream().filter(r -> r.design().toLowerCase(Locale.ROOT).equals(design.toLowerCase(Locale.ROOT)))
                .map(r -> Proportions.logit(r.count())).toList();
    }

    private static double square(double x) {
        return x * x;
    }
}

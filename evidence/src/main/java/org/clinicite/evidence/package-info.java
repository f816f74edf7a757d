/**
 * Evidence at a glance: outcome tables, pooled proportions, forest plots and coverage views,
 * computed from core {@link org.clinicite.core.model.Study} objects (detached or loaded; no
 * database, no printing: every renderer writes to an {@link java.lang.Appendable} or a path
 * the caller gives).
 *
 * <h2>Entry points</h2>
 * <table>
 * <caption>What the commands call</caption>
 * <tr><th>command</th><th>build</th><th>render</th></tr>
 * <tr><td>{@code summarize QUERY}</td><td>{@link org.clinicite.evidence.Summary#of(java.util.List)}</td>
 *     <td>{@link org.clinicite.evidence.SummaryText#write}, {@code --json}
 *     {@link org.clinicite.evidence.SummaryJson#toJson}, {@code --csv}
 *     {@link org.clinicite.evidence.SummaryCsv#write}</td></tr>
 * <tr><td>{@code --plot forest.svg|.png}</td><td>{@link org.clinicite.evidence.ForestPlot#of(OutcomeGroup)}
 *     for a group of {@code summary.groups()}</td><td>{@link org.clinicite.evidence.ChartImage#write}</td></tr>
 * <tr><td>studies per year</td><td>{@link org.clinicite.evidence.StudiesPerYearChart#of(String, java.util.List)}</td>
 *     <td>{@link org.clinicite.evidence.ChartImage#write}</td></tr>
 * <tr><td>{@code coverage QUERY}</td><td>{@link org.clinicite.evidence.CoverageView#of(java.util.List)}</td>
 *     <td>{@link org.clinicite.evidence.CoverageText#write}, {@link org.clinicite.evidence.CoverageJson#toJson}</td></tr>
 * </table>
 * The statistics can be used alone: {@link org.clinicite.evidence.Proportions},
 * {@link org.clinicite.evidence.RandomEffects} (any effects with known variances) and
 * {@link org.clinicite.evidence.PooledProportion}.
 *
 * <h2>Statistics</h2>
 * <p><b>Proportion and Wilson interval.</b> For x responders of n, p = x/n and, with z the
 * (1 + level)/2 normal quantile ({@link org.clinicite.evidence.Normal}, algorithm AS 241 as in R's
 * {@code qnorm}), the Wilson (1927) score interval is
 * (x + z²/2 ± z √(x(n−x)/n + z²/4)) / (n + z²). It stays in [0, 1] and is not degenerate at
 * x = 0 or x = n (exactly 0 at x = 0 and 1 at x = n). Checked against R's
 * {@code binom.confint(method="wilson")} output (3 decimals and 1e-12) and Newcombe (1998).
 *
 * <p><b>Logit.</b> Each study enters as y = ln(x / (n − x)) with sampling variance
 * v = 1/x + 1/(n − x). When x = 0 or x = n, 0.5 is first added to x and to n − x (continuity
 * correction), only in that study: metafor's {@code escalc(measure="PLO")} default
 * ({@code add=1/2, to="only0"}). The back-transform is expit(y) = 1 / (1 + e^−y).
 *
 * <p><b>Pooling (DerSimonian &amp; Laird 1986).</b> With weights w = 1/v:
 * common (fixed) effect ȳ = Σwy/Σw with SE 1/√Σw; Cochran's Q = Σw(y − ȳ)² on k − 1 df;
 * τ² = max(0, (Q − (k − 1)) / (Σw − Σw²/Σw)); random-effects weights w* = 1/(v + τ²),
 * estimate Σw*y/Σw* with SE 1/√Σw* and CI estimate ± z·SE, back-transformed to a proportion;
 * I² = max(0, (Q − (k − 1))/Q) · 100 % and H² = Q/(k − 1) (1 when Q &le; k − 1) (Higgins &amp;
 * Thompson 2002; for DL these equal metafor's τ²-based definitions). Pooling needs k &ge; 2;
 * a group of one study shows that study's proportion and Wilson interval, flagged "single".
 * {@link org.clinicite.evidence.RandomEffects#poolWithTau2} pools with a given τ² instead
 * (metafor {@code rma(tau2=)}, meta {@code tau.preset}), e.g. one τ² common to subgroups.
 * Checked against the data and printed DL τ² and estimates of a published tutorial on
 * meta-analysis of proportions (Wang 2023, J Behav Data Sci 3(2):64; 17 studies, 4–5
 * decimals), to 4 decimals against metafor's comparison with Stata {@code metan} on dat.bcg
 * (tests/testthat/test_misc_metan_vs_rma.uni_with_dat.bcg.r) and on an example derived by hand.
 * The model, formulas, sources and what could not be verified: {@code docs/statistics.md}.
 *
 * <p><b>Printing.</b> Text and plot labels show proportions to 3 (plot: 2) decimals, more for a
 * non-zero proportion that would print as all zeros (rare events: 2 significant digits); JSON and
 * CSV round to 4 decimals, proportions below 0.001 to 3 significant digits. Counts and n are
 * never cut short in the text table.
 *
 * <h2>Outcome groups</h2>
 * <p>Only comparable outcomes are pooled. {@link org.clinicite.evidence.OutcomeKind#of} reads an
 * outcome's measure, description and threshold (case and punctuation folded) and applies, in order:
 * <ol>
 * <li>"remission", "remitted", "remitters" → <b>remission</b>;</li>
 * <li>"no longer met / meets / fulfils / qualifies / has", "loss of diagnosis", "lost the diagnosis",
 *     "did not meet the … criteria", "diagnosis free" → <b>loss of diagnosis</b>;</li>
 * <li>a reduction, decrease, improvement, drop or decline with a percentage ("&gt; 30% reduction in
 *     symptoms", description "reduction in symptoms" with threshold "&gt; 30%") → <b>reduction ≥ N%</b>,
 *     except N = 50 → <b>response</b> (the usual definition); "&gt;" and "≥" are not told apart, as
 *     reports use them loosely; a stated threshold wins over the word "response";</li>
 * <li>"response", "responder(s)", "responded" → <b>response</b>;</li>
 * <li>anything else → a group of its own text (folded), e.g. "Abstinent at follow-up".</li>
 * </ol>
 * An outcome whose measure or description names a control arm (placebo, control, comparator,
 * waitlist, sham, usual care, treatment as usual) goes to the same kind suffixed "(control arm)",
 * so treatment and control arms are never pooled together. The time point does not split groups
 * (the table shows it). Within a group each study counts once: when a study has several lines of
 * one kind (e.g. time points) the one with the largest total is pooled and the others are shown,
 * marked not pooled. Groups are ordered by k, largest first.
 *
 * <p>Nothing is dropped silently: a study with no outcome, or with outcomes but no counts, and an
 * outcome whose counts are inconsistent (responders &gt; total, total 0) are listed in
 * {@link org.clinicite.evidence.Summary#withoutNumbers()} with the reason.
 *
 * <h2>Plots</h2>
 * <p>Both charts are JFreeChart charts wrapped in {@link org.clinicite.evidence.ChartImage}
 * (1240 px wide: A4 width at 150 dpi; text 20 px ≈ 8 pt printed), written as SVG through
 * JFreeSVG (text stays {@code <text>}, no DOCTYPE) or PNG. AWT is made headless on first use
 * unless {@code java.awt.headless} was set.
 * <ul>
 * <li>{@link org.clinicite.evidence.ForestPlot}: an XYPlot, one row per study (labels on the left,
 *     "x/N  p [lo, hi]" in a monospaced column on the right), squares whose side grows with √n,
 *     CI whiskers, a blank row, the pooled diamond (random effects, CI as its width) and a dashed
 *     vertical line at the pooled value; proportion axis 0–1.</li>
 * <li>{@link org.clinicite.evidence.StudiesPerYearChart}: stacked bars of studies per publication
 *     year by first intervention substance ({@link org.clinicite.evidence.YearCounts}); a numeric
 *     year axis, so gaps are to scale and labels thin out over long spans; studies without a year
 *     are counted in the subtitle.</li>
 * </ul>
 *
 * <h2>Coverage</h2>
 * <p>{@link org.clinicite.evidence.CoverageView} lists for each study its write-ups (oldest
 * first: outlet, date, headline, how linked) and checks every number a write-up states against
 * the study's outcomes with core's {@link org.clinicite.core.model.ClaimCheck}. Build it inside the
 * session for loaded studies: coverage links are lazy.
 *
 * <h2>References</h2>
 * DerSimonian R, Laird N (1986) Control Clin Trials 7:177. Higgins JPT, Thompson SG (2002) Stat Med
 * 21:1539. Newcombe RG (1998) Stat Med 17:857. Wilson EB (1927) JASA 22:209. Wichura MJ (1988) Appl
 * Stat 37:477. Viechtbauer W (2010) metafor, J Stat Softw 36(3). Wang N (2023) J Behav Data Sci
 * 3(2):64.
 */
package org.clinicite.evidence;

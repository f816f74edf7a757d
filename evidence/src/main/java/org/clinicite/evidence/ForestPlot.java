package org.clinicite.evidence;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYPolygonAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * A forest plot (JFreeChart XYPlot): one row per study with its proportion as a square sized
 * by n and its confidence interval as whiskers; study labels on the left, "x/N  p [lo, hi]" on
 * the right; the pooled random-effects estimate as a diamond with a dashed vertical line.
 */
public final class ForestPlot {
    static {
        Headless.ensure();
    }

    private static final int ROW_HEIGHT = 50;
    private static final int CHROME_HEIGHT = 240;
    static final Color STUDY = new Color(0x00, 0x4C, 0x99);
    private static final Color POOLED = new Color(0xB2, 0x22, 0x22);

    private ForestPlot() {
    }

    /** The plot of a group: its pooled lines and, when k &ge; 2, the diamond. */
    public static ChartImage of(OutcomeGroup group) {
        return of(capitalised(group.kind().label()), group.pooledLines(), group.pooled(), group.level());
    }

    /**
     * @param pooled the pooled result to draw as a diamond, or null for none
     * @param level  the confidence level of the intervals (for the axis title)
     */
    public static ChartImage of(String title, List<OutcomeLine> lines, PooledProportion pooled, double level) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a forest plot needs at least one line");
        }
        int rows = lines.size() + (pooled == null ? 0 : 2);
        XYPlot plot = new XYPlot(dataset(lines), proportionAxis(level),
                rowAxis(leftLabels(lines, pooled), rows), new SizedSquareRenderer(lines));
        plot.setRangeAxis(1, rowAxis(rightLabels(lines, pooled), rows));
        plot.setRangeAxisLocation(0, AxisLocation.TOP_OR_LEFT);
        plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
        plot.getRangeAxis(1).setTickLabelFont(ChartStyle.MONO);
        style(plot);
        if (pooled != null) {
            addPooled(plot, pooled, lines.size() + 1);
        }
        JFreeChart chart = new JFreeChart(null, null, plot, false);
        ChartStyle.titles(chart, title, subtitle(lines, pooled));
        return new ChartImage(chart, ChartStyle.WIDTH, CHROME_HEIGHT + ROW_HEIGHT * rows);
    }

    private static XYIntervalSeriesCollection dataset(List<OutcomeLine> lines) {
        XYIntervalSeries s = new XYIntervalSeries("studies", false, true); // item i = line i: no sorting
        for (int i = 0; i < lines.size(); i++) {
            OutcomeLine l = lines.get(i);
            s.add(l.proportion(), l.ci().lower(), l.ci().upper(), i, i, i);
        }
        XYIntervalSeriesCollection d = new XYIntervalSeriesCollection();
        d.addSeries(s);
        return d;
    }

    private static NumberAxis proportionAxis(double level) {
        NumberAxis x = new NumberAxis("Proportion (" + Numbers.percent(level) + " CI)");
        x.setRange(0, 1);
        x.setTickUnit(new NumberTickUnit(0.1));
        ChartStyle.axis(x);
        return x;
    }

    /** A row axis: row 0 at the top, labels as ticks. */
    private static SymbolAxis rowAxis(String[] labels, int rows) {
        SymbolAxis y = new SymbolAxis(null, labels);
        y.setRange(-0.7, rows - 1 + 0.7);
        y.setInverted(true);
        y.setGridBandsVisible(false);
        y.setTickMarksVisible(false);
        y.setAxisLineVisible(false);
        ChartStyle.axis(y);
        return y;
    }

    private static String[] leftLabels(List<OutcomeLine> lines, PooledProportion pooled) {
        List<String> labels = new ArrayList<>();
        lines.forEach(l -> labels.add(l.citation()));
        if (pooled != null) {
            labels.add("");
            labels.add("Random effects (k = " + pooled.k() + ")");
        }
        return labels.toArray(String[]::new);
    }

    private static String[] rightLabels(List<OutcomeLine> lines, PooledProportion pooled) {
        List<String> labels = new ArrayList<>();
        int width = lines.stream().mapToInt(l -> ratio(l.count().events(), l.count().total()).length()).max()
                .orElse(0);
        if (pooled != null) {
            width = Math.max(width, ratio(pooled.events(), pooled.totalN()).length());
        }
        for (OutcomeLine l : lines) {
            labels.add(rightLabel(ratio(l.count().events(), l.count().total()), width, l.proportion(), l.ci()));
        }
        if (pooled != null) {
            labels.add("");
            Estimate.Transformed p = pooled.proportion();
            labels.add(rightLabel(ratio(pooled.events(), pooled.totalN()), width, p.value(), p.ci()));
        }
        return labels.toArray(String[]::new);
    }

    /** "  15/19  0.79 [0.57, 0.92]": set in a monospaced font, so the columns line up. */
    static String rightLabel(String ratio, int width, double p, Interval ci) {
        return " ".repeat(width - ratio.length()) + ratio + "  " + Numbers.proportion(p, ci, 2);
    }

    private static String ratio(int events, int total) {
        return events + "/" + total;
    }

    private static void style(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(ChartStyle.GRID);
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlinesVisible(false);
        plot.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
    }

    private static void addPooled(XYPlot plot, PooledProportion pooled, int row) {
        Estimate.Transformed p = pooled.proportion();
        double h = 0.34;
        plot.addAnnotation(new XYPolygonAnnotation(new double[] {
            p.ci().lower(), row, p.value(), row - h, p.ci().upper(), row, p.value(), row + h,
        }, new BasicStroke(1.5f), POOLED, POOLED));
        ValueMarker line = new ValueMarker(p.value(), POOLED, new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {8f, 6f}, 0f));
        plot.addDomainMarker(line);
    }

    private static String subtitle(List<OutcomeLine> lines, PooledProportion pooled) {
        int n = lines.stream().mapToInt(l -> l.count().total()).sum();
        if (pooled == null) {
            return lines.size() == 1 ? "one study (n = " + n + "): not pooled; Wilson interval"
                    : lines.size() + " studies, n = " + n + "; Wilson intervals";
        }
        MetaAnalysis m = pooled.logit();
        return "k = " + m.k() + ", n = " + n + "; random effects (DerSimonian–Laird, logit); τ² = "
                + Numbers.fixed(m.tau2(), 3) + ", I² = " + Numbers.fixed(m.i2(), 0) + " %; squares sized by n";
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

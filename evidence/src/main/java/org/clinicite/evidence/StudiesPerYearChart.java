package org.clinicite.evidence;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Rectangle;
import java.text.DecimalFormat;
import java.util.List;
import org.clinicite.core.model.Study;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;

/**
 * Studies per publication year, stacked by substance (JFreeChart stacked XY bars). The year
 * axis is numeric, so its labels thin out by themselves over long spans and gaps stay to scale.
 */
public final class StudiesPerYearChart {
    static {
        Headless.ensure();
    }

    private static final int HEIGHT = 720;

    private StudiesPerYearChart() {
    }

    public static ChartImage of(String title, List<Study> studies) {
        return of(title, YearCounts.of(studies));
    }

    public static ChartImage of(String title, YearCounts counts) {
        StackedXYBarRenderer bars = renderer(counts);
        XYPlot plot = new XYPlot(dataset(counts), yearAxis(), studiesAxis(), bars);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        JFreeChart chart = new JFreeChart(null, null, plot, true);
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(ChartStyle.TICK);
        legend.setPosition(RectangleEdge.RIGHT);
        String subtitle = counts.dated() + " studies by first intervention substance"
                + (counts.undated() > 0 ? "; " + counts.undated() + " without a year not shown" : "");
        ChartStyle.titles(chart, title, subtitle);
        return new ChartImage(chart, ChartStyle.WIDTH, HEIGHT);
    }

    private static DefaultTableXYDataset dataset(YearCounts counts) {
        DefaultTableXYDataset d = new DefaultTableXYDataset();
        for (String substance : counts.counts().keySet()) {
            XYSeries s = new XYSeries(substance, true, false);
            for (int year : counts.years()) {
                s.add(year, counts.count(substance, year));
            }
            d.addSeries(s);
        }
        return d;
    }

    private static NumberAxis yearAxis() {
        NumberAxis x = new NumberAxis("Publication year");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setNumberFormatOverride(new DecimalFormat("0")); // 2021, not 2,021
        x.setAutoRangeIncludesZero(false);
        x.setLowerMargin(0.02);
        x.setUpperMargin(0.02);
        ChartStyle.axis(x);
        return x;
    }

    private static NumberAxis studiesAxis() {
        NumberAxis y = new NumberAxis("Studies");
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        ChartStyle.axis(y);
        return y;
    }

    private static StackedXYBarRenderer renderer(YearCounts counts) {
        StackedXYBarRenderer r = new StackedXYBarRenderer(0.15);
        r.setBarPainter(new StandardXYBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(true);
        r.setDefaultOutlinePaint(Color.WHITE);
        r.setLegendBar(new Rectangle(-9, -9, 18, 18));
        for (int i = 0; i < counts.counts().size(); i++) {
            r.setSeriesPaint(i, ChartStyle.PALETTE[i % ChartStyle.PALETTE.length]);
            r.setSeriesOutlinePaint(i, Color.WHITE);
        }
        return r;
    }
}

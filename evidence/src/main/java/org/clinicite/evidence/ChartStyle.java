package org.clinicite.evidence;

import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.title.TextTitle;

/**
 * Fonts and colours sized to stay readable when the chart is printed at A4 width: charts are
 * 1240 px wide (A4 at 150 dpi), so 20 px text prints at about 8 pt.
 */
final class ChartStyle {
    static {
        Headless.ensure(); // before the first Font
    }

    static final int WIDTH = 1240;
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 28);
    static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 20);
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 22);
    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 20);
    static final Font MONO = new Font(Font.MONOSPACED, Font.PLAIN, 19);
    static final Color INK = new Color(0x22, 0x22, 0x22);
    static final Color GRID = new Color(0xC8, 0xC8, 0xC8);
    /** Okabe–Ito: distinguishable with common colour-vision deficiencies and in grey print. */
    static final Color[] PALETTE = {
        new Color(0x00, 0x72, 0xB2), new Color(0xE6, 0x9F, 0x00), new Color(0x00, 0x9E, 0x73),
        new Color(0xCC, 0x79, 0xA7), new Color(0x56, 0xB4, 0xE9), new Color(0xD5, 0x5E, 0x00),
        new Color(0xF0, 0xE4, 0x42), new Color(0x00, 0x00, 0x00),
    };

    private ChartStyle() {
    }

    static void titles(JFreeChart chart, String title, String subtitle) {
        chart.setTitle(new TextTitle(title, TITLE));
        if (subtitle != null) {
            chart.addSubtitle(new TextTitle(subtitle, SUBTITLE));
        }
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
    }

    static void axis(Axis axis) {
        axis.setLabelFont(LABEL);
        axis.setTickLabelFont(TICK);
        axis.setLabelPaint(INK);
        axis.setTickLabelPaint(INK);
    }
}

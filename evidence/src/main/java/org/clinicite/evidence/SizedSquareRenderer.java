package org.clinicite.evidence;

import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.renderer.xy.XYErrorRenderer;

/** Draws each study as a filled square whose side grows with √n, with horizontal CI whiskers. */
final class SizedSquareRenderer extends XYErrorRenderer {
    private static final long serialVersionUID = 1L;
    private static final double MIN_SIDE = 9;
    private static final double MAX_SIDE = 26;
    private final double[] sides;

    SizedSquareRenderer(List<OutcomeLine> lines) {
        int max = lines.stream().mapToInt(l -> l.count().total()).max().orElse(1);
        sides = lines.stream()
                .mapToDouble(l -> MIN_SIDE + (MAX_SIDE - MIN_SIDE) * Math.sqrt((double) l.count().total() / max))
                .toArray();
        setDrawYError(false);
        setDrawXError(true);
        setCapLength(10);
        setErrorStroke(new BasicStroke(2.2f));
        setErrorPaint(ForestPlot.STUDY);
        setSeriesPaint(0, ForestPlot.STUDY);
        setSeriesShapesFilled(0, true);
        setSeriesLinesVisible(0, false);
    }

    @Override
    public Shape getItemShape(int series, int item) {
        double s = sides[item];
        return new Rectangle2D.Double(-s / 2, -s / 2, s, s);
    }
}

package org.clinicite.evidence;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * A chart with the size it is designed for (pixels; 1240 wide is A4 width at 150 dpi), written
 * as SVG (JFreeSVG: text stays text) or PNG.
 */
public record ChartImage(JFreeChart chart, int width, int height) {
    static {
        Headless.ensure();
    }

    /** Writes SVG for a ".svg" path and PNG for a ".png" path. */
    public void write(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".svg")) {
            writeSvg(file);
        } else if (name.endsWith(".png")) {
            writePng(file);
        } else {
            throw new IllegalArgumentException("unknown image type (use .svg or .png): " + file);
        }
    }

    public void writePng(Path file) throws IOException {
        ChartUtils.saveChartAsPNG(file.toFile(), chart, width, height);
    }

    /** A standalone SVG file, UTF-8, without DOCTYPE (SVG 2 has none; XML readers need not fetch a DTD). */
    public void writeSvg(Path file) throws IOException {
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg() + "\n", StandardCharsets.UTF_8);
    }

    /** The {@code <svg>} element. */
    public String svg() {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        return g2.getSVGElement();
    }
}

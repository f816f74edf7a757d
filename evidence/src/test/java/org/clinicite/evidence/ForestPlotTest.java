package org.clinicite.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import javax.imageio.ImageIO;
import org.clinicite.core.testing.SampleStudies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForestPlotTest {
    @TempDir
    Path dir;

    @Test
    void svgHasOneTextPerStudyLabelAndThePooledRow() throws IOException {
        OutcomeGroup g = lossOfDiagnosis();
        Path file = dir.resolve("forest.svg");
        ForestPlot.of(g).write(file);
        List<String> texts = Pictures.texts(Pictures.svg(Files.readString(file)));
        for (OutcomeLine l : g.pooledLines()) {
            assertEquals(1, Collections.frequency(texts, l.citation()), l.citation() + " in " + texts);
        }
        assertEquals(1, Collections.frequency(texts, "Random effects (k = 5)"), texts.toString());
        assertEquals(1, Collections.frequency(texts, "Loss of diagnosis"), texts.toString());
        assertEquals(1, Collections.frequency(texts, "Proportion (95 % CI)"), texts.toString());
        Estimate.Transformed p = g.pooled().proportion();
        String pooled = g.pooled().events() + "/" + g.pooled().totalN() + "  " + Numbers.fixed(p.value(), 2) + " "
                + Numbers.interval(p.ci(), 2);
        assertEquals(1, texts.stream().filter(t -> t.strip().equals(pooled)).count(), texts.toString());
        assertEquals(1, texts.stream().filter(t -> t.strip().equals("10/12  0.83 [0.55, 0.95]")).count(),
                texts.toString());
        assertTrue(texts.contains("0.5"), "axis ticks: " + texts);
    }

    @Test
    void pngHasTheDesignedSizeSquaresAndADiamond() throws IOException {
        ChartImage image = ForestPlot.of(lossOfDiagnosis());
        assertEquals(1240, image.width());
        assertEquals(240 + 50 * 7, image.height());
        Path file = dir.resolve("forest.png");
        image.write(file);
        BufferedImage png = ImageIO.read(file.toFile());
        assertEquals(image.width(), png.getWidth());
        assertEquals(image.height(), png.getHeight());
        Pictures.assertBetween(0.02, 0.4, Pictures.inked(png), "inked share");
        assertTrue(Pictures.pixelsOf(png, new Color(0x00, 0x4C, 0x99)) > 5 * 9 * 9, "study squares");
        assertTrue(Pictures.pixelsOf(png, new Color(0xB2, 0x22, 0x22)) > 400, "pooled diamond");
    }

    @Test
    void aSingleStudyIsDrawnWithoutDiamond() throws IOException {
        OutcomeGroup single = Summary.of(List.of(SampleStudies.baroneStub())).groups().get(0);
        ChartImage image = ForestPlot.of(single);
        Path file = dir.resolve("single.png");
        image.write(file);
        BufferedImage png = ImageIO.read(file.toFile());
        assertEquals(240 + 50, png.getHeight());
        assertEquals(0, Pictures.pixelsOf(png, new Color(0xB2, 0x22, 0x22)), "no diamond");
        List<String> texts = Pictures.texts(Pictures.svg(image.svg()));
        assertTrue(texts.contains("Barone et al. (n.d.)"), texts.toString());
        assertTrue(texts.contains("one study (n = 19): not pooled; Wilson interval"), texts.toString());
    }

    @Test
    void unknownExtensionsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ForestPlot.of(lossOfDiagnosis()).write(dir.resolve("x.gif")));
    }

    static OutcomeGroup lossOfDiagnosis() {
        return Summary.of(Illustrative.lossOfDiagnosisTrials()).groups().get(0);
    }
}

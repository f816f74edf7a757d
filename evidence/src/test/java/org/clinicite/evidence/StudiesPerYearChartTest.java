package org.clinicite.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.clinicite.core.model.Study;
import org.clinicite.core.model.StudyDesign;
import org.clinicite.core.testing.SampleStudies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudiesPerYearChartTest {
    @TempDir
    Path dir;

    @Test
    void countsByYearAndSubstance() {
        YearCounts c = YearCounts.of(studies());
        // most studies first, ties by name ignoring case
        assertEquals(List.of("MDMA", "psilocybin", "ketamine", "unspecified"), List.copyOf(c.counts().keySet()));
        assertEquals(3, c.count("MDMA", 2021));
        assertEquals(0, c.count("MDMA", 2016));
        assertEquals(1, c.count("unspecified", 2019));
        assertEquals(2014, c.years().get(0));
        assertEquals(2024, c.years().get(c.years().size() - 1));
        assertEquals(11, c.years().size()); // gaps included
        assertEquals(1, c.undated()); // the Barone stub has no date
        assertEquals(studies().size() - 1, c.dated());
    }

    @Test
    void chartRendersLegendYearsAndBars() throws IOException {
        ChartImage image = StudiesPerYearChart.of("Studies per year: PTSD", studies());
        List<String> texts = Pictures.texts(Pictures.svg(image.svg()));
        for (String label : List.of("MDMA", "psilocybin", "ketamine", "unspecified", "2014", "2024",
                "Studies per year: PTSD", "Publication year")) {
            assertTrue(texts.contains(label), label + " in " + texts);
        }
        assertTrue(texts.contains("17 studies by first intervention substance; 1 without a year not shown"),
                texts.toString());
        Path file = dir.resolve("years.png");
        image.write(file);
        BufferedImage png = ImageIO.read(file.toFile());
        assertEquals(1240, png.getWidth());
        assertEquals(720, png.getHeight());
        Pictures.assertBetween(0.03, 0.5, Pictures.inked(png), "inked share");
        assertTrue(Pictures.pixelsOf(png, ChartStyle.PALETTE[0]) > 2000, "MDMA bars");
    }

    /** FICTIONAL studies (see {@link Illustrative}) plus the undated Barone stub. */
    static List<Study> studies() {
        List<Study> s = new ArrayList<>();
        int[][] mdma = {{2014, 1}, {2018, 2}, {2020, 1}, {2021, 3}, {2023, 2}, {2024, 1}};
        int[][] psilocybin = {{2017, 1}, {2021, 1}, {2022, 2}};
        int[][] ketamine = {{2015, 1}, {2022, 1}};
        add(s, "MDMA", mdma);
        add(s, "psilocybin", psilocybin);
        add(s, "ketamine", ketamine);
        s.add(Illustrative.study("Rowan", 2019, StudyDesign.SURVEY, 500, null));
        s.add(SampleStudies.baroneStub());
        return s;
    }

    private static void add(List<Study> out, String substance, int[][] perYear) {
        for (int[] yc : perYear) {
            for (int i = 0; i < yc[1]; i++) {
                out.add(Illustrative.study("Aspen", yc[0], StudyDesign.RCT, 20, substance));
            }
        }
    }
}

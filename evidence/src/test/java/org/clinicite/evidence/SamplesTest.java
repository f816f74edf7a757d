package org.clinicite.evidence;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clinicite.core.json.StudyJson;
import org.clinicite.core.model.Study;
import org.clinicite.core.model.StudyDesign;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes sample outputs to look at: {@code mvn -pl evidence test -Dtest=SamplesTest
 * -Devidence.samples=/tmp}. Not part of the normal run.
 */
@EnabledIfSystemProperty(named = "evidence.samples", matches = ".+")
class SamplesTest {

    @Test
    void writeSamples() throws IOException {
        Path dir = Path.of(System.getProperty("evidence.samples"));
        List<Study> studies = new ArrayList<>(SummaryTest.mixed());
        studies.addAll(Illustrative.lossOfDiagnosisTrials().subList(3, 5));
        Summary s = Summary.of(studies);
        ForestPlot.of(s.groups().get(0)).write(dir.resolve("evidence-forest.png"));
        ForestPlot.of(s.groups().get(0)).write(dir.resolve("evidence-forest.svg"));
        StudiesPerYearChart.of("Studies per year (illustrative data)", StudiesPerYearChartTest.studies())
                .write(dir.resolve("evidence-years.png"));
        Files.writeString(dir.resolve("evidence-summary.txt"), SummaryText.render(s));
        Files.writeString(dir.resolve("evidence-summary.json"),
                StudyJson.MAPPER.writeValueAsString(SummaryJson.toJson(s)));
        StringBuilder csv = new StringBuilder();
        SummaryCsv.write(s, csv);
        Files.writeString(dir.resolve("evidence-summary.csv"), csv);
        ForestPlot.of(s.groups().get(1)).write(dir.resolve("evidence-forest-single.png"));
        writeLargeSamples(dir);
        assertTrue(Files.size(dir.resolve("evidence-forest.png")) > 0);
    }

    /** Many studies, long names, many years and substances: do labels still fit? */
    private static void writeLargeSamples(Path dir) throws IOException {
        List<Study> many = new ArrayList<>();
        String[] substances = {"MDMA", "psilocybin", "ketamine", "LSD", "esketamine", "ayahuasca", "ibogaine"};
        for (int i = 0; i < 18; i++) {
            int n = 8 + i * 13 % 150;
            many.add(Illustrative.study("Mitsunaga-Whitten" + (char) ('A' + i) + ", Beck, Perl", 1990 + i * 2,
                    StudyDesign.RCT, n, substances[i % substances.length],
                    Illustrative.lossOfDiagnosis(Math.max(1, n * (20 + i * 3) / 100), n, "12 months")));
        }
        Summary s = Summary.of(many);
        ForestPlot.of(s.groups().get(0)).write(dir.resolve("evidence-forest-large.png"));
        StudiesPerYearChart.of("Studies per year (illustrative data, many years)", many)
                .write(dir.resolve("evidence-years-wide.png"));
    }
}

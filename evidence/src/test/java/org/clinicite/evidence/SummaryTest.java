package org.clinicite.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.clinicite.core.json.StudyJson;
import org.clinicite.core.model.Outcome;
import org.clinicite.core.model.Study;
import org.clinicite.core.model.StudyDesign;
import org.clinicite.core.testing.SampleStudies;
import org.junit.jupiter.api.Test;

class SummaryTest {

    /** The worked example of DESIGN.md: the PsyPost article alone. */
    @Test
    void baroneStubIsOneLineAndASingleStudyGroup() {
        Summary s = Summary.of(List.of(SampleStudies.baroneStub()));
        assertEquals(1, s.lines().size());
        OutcomeLine l = s.lines().get(0);
        assertEquals("study-1", l.studyId());
        assertEquals("Barone et al. (n.d.)", l.citation());
        assertEquals("qualitative follow-up", l.design());
        assertEquals(19, l.n());
        assertEquals("> 30% reduction in symptoms", l.measure());
        assertEquals(new Count(15, 19), l.count());
        assertEquals(15.0 / 19, l.proportion(), 1e-12);
        assertEquals(Proportions.wilson(new Count(15, 19)), l.ci());
        assertEquals("12 months", l.timepoint());
        assertEquals(1, s.groups().size());
        OutcomeGroup g = s.groups().get(0);
        assertTrue(g.isSingle());
        assertNull(g.pooled());
        assertEquals(19, g.totalN());
        assertTrue(s.withoutNumbers().isEmpty());
    }

    @Test
    void groupsPoolComparableLinesOnePerStudy() {
        Summary s = Summary.of(mixed());
        OutcomeGroup loss = group(s, "loss-of-diagnosis");
        assertEquals(3, loss.k());
        assertEquals(4, loss.lines().size()); // Hazel's two time points: the larger total is pooled
        assertEquals(42 + 24 + 12, loss.totalN());
        PooledProportion expected = PooledProportion.of(List.of(new Count(28, 42), new Count(13, 24),
                new Count(10, 12)));
        assertEquals(expected, loss.pooled());
        OutcomeLine notPooled = loss.lines().stream().filter(l -> !l.pooled()).findFirst().orElseThrow();
        assertEquals(new Count(9, 20), notPooled.count());
        assertEquals(s.groups().get(0), loss); // largest k first
        assertTrue(group(s, "loss-of-diagnosis:control").isSingle());
        assertTrue(group(s, "reduction-30").isSingle());
    }

    @Test
    void studiesWithoutNumbersAreListedNotDropped() {
        Summary s = Summary.of(mixed());
        List<String> reasons = s.withoutNumbers().stream().map(w -> w.citation() + ": " + w.reason()).toList();
        assertEquals(List.of("Quince (2019): no outcomes recorded", "Sorrel & Teak (2020): outcomes without counts",
                "Ulmus (2021): inconsistent counts"), reasons);
        assertEquals("20/19 (105%) responders", s.withoutNumbers().get(2).outcome());
    }

    @Test
    void jsonCarriesTheSameData() throws IOException {
        Summary s = Summary.of(mixed());
        JsonNode json = StudyJson.MAPPER.readTree(StudyJson.MAPPER.writeValueAsString(SummaryJson.toJson(s)));
        assertEquals(s.lines().size(), json.get("outcomes").size());
        JsonNode first = json.get("outcomes").get(0);
        assertEquals("Barone et al. (n.d.)", first.get("citation").asText());
        assertEquals(15, first.get("responders").asInt());
        assertEquals(0.7895, first.get("proportion").asDouble(), 0);
        assertEquals(2, first.get("ci").size());
        JsonNode loss = json.get("groups").get(0);
        assertEquals("loss-of-diagnosis", loss.get("kind").asText());
        assertEquals(3, loss.get("k").asInt());
        assertFalse(loss.get("single").asBoolean());
        PooledProportion p = group(s, "loss-of-diagnosis").pooled();
        assertEquals(Numbers.round(p.proportion().value()), loss.get("proportion").asDouble(), 0);
        assertEquals(Numbers.round(p.logit().tau2()), loss.get("heterogeneity").get("tau2").asDouble(), 0);
        assertEquals(Numbers.round(p.logit().i2()), loss.get("heterogeneity").get("i2").asDouble(), 0);
        assertEquals(3, loss.get("studies").size());
        assertTrue(json.get("groups").get(1).get("single").asBoolean());
        assertEquals(3, json.get("withoutNumbers").size());
        assertEquals("no outcomes recorded", json.get("withoutNumbers").get(0).get("reason").asText());
    }

    @Test
    void csvCarriesTheSameData() throws IOException {
        Summary s = Summary.of(mixed());
        StringBuilder out = new StringBuilder();
        SummaryCsv.write(s, out);
        List<CSVRecord> records;
        try (CSVParser p = CSVParser.parse(new StringReader(out.toString()),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertEquals(SummaryCsv.HEADER, p.getHeaderNames());
            records = p.getRecords();
        }
        assertEquals(s.lines().size() + s.groups().size() + s.withoutNumbers().size(), records.size());
        CSVRecord barone = records.get(0);
        assertEquals("outcome", barone.get("record"));
        assertEquals("> 30% reduction in symptoms", barone.get("measure"));
        assertEquals("15", barone.get("responders"));
        assertEquals("0.7895", barone.get("proportion"));
        CSVRecord pooled = records.stream().filter(r -> r.get("record").equals("pooled")).findFirst().orElseThrow();
        assertEquals("loss-of-diagnosis", pooled.get("kind"));
        assertEquals("3", pooled.get("k"));
        assertEquals("78", pooled.get("total_n"));
        assertEquals(String.valueOf(Numbers.round(group(s, "loss-of-diagnosis").pooled().proportion().value())),
                pooled.get("proportion"));
        assertEquals(3, records.stream().filter(r -> r.get("record").equals("without-numbers")).count());
    }

    @Test
    void textIsAFixedWidthTable() {
        String text = SummaryText.render(Summary.of(mixed()));
        assertTrue(text.startsWith("Outcomes (proportion with 95 % Wilson interval)\n"), text);
        assertTrue(text.contains("Barone et al. (n.d.)"), text);
        assertTrue(text.contains("single study, not pooled"), text);
        assertTrue(text.contains("Without numeric outcomes"), text);
        assertTrue(text.contains("  * not pooled"), text);
        List<String> table = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                break;
            }
            table.add(line);
        }
        int column = table.get(1).indexOf("95 % CI");
        assertTrue(column > 0);
        for (String row : table.subList(2, table.size() - 1)) {
            assertEquals('[', row.charAt(column), row); // every interval starts in the same column
        }
    }

    /** Barone (real stub) plus FICTIONAL studies (see {@link Illustrative}). */
    static List<Study> mixed() {
        Study hazel = Illustrative.study("Hazel, Juniper", 2020, StudyDesign.RCT, 24, "MDMA",
                Illustrative.lossOfDiagnosis(9, 20, "1 month"), Illustrative.lossOfDiagnosis(13, 24, "2 months"));
        Study sorrel = Illustrative.study("Sorrel, Teak", 2020, StudyDesign.SURVEY, 300, "psilocybin",
                new Outcome("felt more connected", null, null, null, null));
        Study ulmus = Illustrative.study("Ulmus", 2021, StudyDesign.COHORT, 19, "ketamine",
                new Outcome("responders", 20, 19, null, null));
        Study alder = Illustrative.study("Alder, Birch, Cedar", 2018, StudyDesign.RCT, 84, "MDMA",
                Illustrative.lossOfDiagnosis(28, 42, "18 weeks"),
                new Outcome("placebo: no longer met PTSD criteria", 12, 42, null, "18 weeks"));
        return List.of(SampleStudies.baroneStub(), alder, hazel,
                Illustrative.study("Larch", 2021, StudyDesign.OPEN_LABEL_TRIAL, 12, "MDMA",
                        Illustrative.lossOfDiagnosis(10, 12, "12 months")),
                Illustrative.study("Quince", 2019, StudyDesign.CASE_REPORT, 1, "LSD"), sorrel, ulmus);
    }

    private static OutcomeGroup group(Summary s, String key) {
        return s.groups().stream().filter(g -> g.kind().key().equals(key)).findFirst().orElseThrow();
    }
}

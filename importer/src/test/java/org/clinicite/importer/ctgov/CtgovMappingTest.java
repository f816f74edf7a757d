package org.clinicite.importer.ctgov;

import static org.clinicite.importer.ctgov.CtgovFixtures.read;
import static org.clinicite.importer.ctgov.CtgovFixtures.resource;
import static org.clinicite.importer.ctgov.CtgovFixtures.termKeys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clinicite.core.model.Outcome;
import org.clinicite.core.model.PartialDate;
import org.clinicite.core.model.Study;
import org.clinicite.core.model.StudyDesign;
import org.clinicite.core.model.TermKind;
import org.clinicite.core.model.TermRole;
import org.clinicite.importer.ParsedRecord;
import org.junit.jupiter.api.Test;

/** The mapping rules one by one, and a made-up record that names vocabulary substances in every way the rules cover. */
class CtgovMappingTest {

    @Test
    void madeUpTrialInterventionsBecomeSubstancesWithTheirRoles() {
        ParsedRecord r = read(resource("made-up-v2-psilocybin-escitalopram-mdma.json")).only();
        Study s = r.study();
        assertEquals("NCT09990001", r.recordKey());
        assertEquals(List.of("psilocybin:INTERVENTION", "mdma:INTERVENTION", "escitalopram:COMPARATOR"),
                CtgovImporterTest.substances(s),
                "'Psilocybin 25 mg' by its words, 'MDMA-assisted psychotherapy' by its words, 'Study drug E' by its "
                        + "other name Lexapro and only in the active comparator arm; 'Psilocybin placebo' is no "
                        + "psilocybin; the keyword ketamine is no intervention of this trial");
        assertEquals(List.of("major-depressive-disorder", "ptsd", "treatment-resistant-depression"),
                termKeys(s, TermKind.CONDITION), "two conditions looked up, one found in the keywords");
        assertTrue(s.terms(TermKind.CONDITION).stream().allMatch(t -> t.getRole() == TermRole.STUDIED));
    }

    @Test
    void madeUpTrialOtherFields() {
        Study s = read(resource("made-up-v2-psilocybin-escitalopram-mdma.json")).only().study();
        assertEquals("A Made-up Randomized, Double-Blind Trial of Psilocybin Therapy, MDMA-assisted Psychotherapy and "
                + "Escitalopram in Major Depressive Disorder", s.getTitle(), "the official title");
        assertTrue(s.getAbstractText().startsWith("This made-up record exercises"));
        assertEquals(new PartialDate(2021, 3, null), s.getPublished(), "first posted 2021-03");
        assertEquals("2/3", s.getPhase());
        assertEquals("double (participant, investigator)", s.getBlinding());
        assertEquals(StudyDesign.RCT, s.getDesign());
        assertNull(s.getEnrolled(), "an estimated enrollment is not an enrollment");
        assertEquals("interventional, randomized, parallel, estimated enrollment 60", s.getDesignDetail());
        assertEquals(2, s.getOutcomes().size());
        Outcome madrs = s.getOutcomes().get(0);
        assertEquals("Change in MADRS total score", madrs.getMeasure());
        assertEquals("Montgomery-Asberg Depression Rating Scale, 0 to 60", madrs.getDescription());
        assertEquals("Baseline, week 6", madrs.getTimepoint());
        assertNull(madrs.getResponders());
    }

    @Test
    void phases() {
        assertEquals("2", DesignMapping.phase(List.of("PHASE2")));
        assertEquals("1/2", DesignMapping.phase(List.of("PHASE1", "PHASE2")));
        assertEquals("1/2", DesignMapping.phase(List.of("Phase 1", "Phase 2")));
        assertEquals("2/3", DesignMapping.phase(List.of("Phase 2", "Phase 3")));
        assertEquals("early-1", DesignMapping.phase(List.of("EARLY_PHASE1")));
        assertEquals("early-1", DesignMapping.phase(List.of("Early Phase 1")));
        assertNull(DesignMapping.phase(List.of("NA")));
        assertNull(DesignMapping.phase(List.of("N/A")));
        assertNull(DesignMapping.phase(List.of("Not Applicable")));
        assertNull(DesignMapping.phase(List.of()));
    }

    @Test
    void blinding() {
        assertEquals("open label", DesignMapping.blinding("NONE", List.of()));
        assertEquals("open label", DesignMapping.blinding("None (Open Label)", List.of()));
        assertEquals("double (participant, investigator)", DesignMapping.blinding("DOUBLE", List.of("PARTICIPANT", "INVESTIGATOR")));
        assertEquals("double (participant, investigator)", DesignMapping.blinding("Double", List.of("Participant", "Investigator")));
        assertEquals("double (participant, outcomes assessor)",
                DesignMapping.blinding("Double (Participant, Outcomes Assessor)", List.of()));
        assertEquals("single", DesignMapping.blinding("SINGLE", List.of()));
        assertNull(DesignMapping.blinding(null, List.of("PARTICIPANT")));
    }

    @Test
    void designs() {
        assertEquals(StudyDesign.RCT, design("INTERVENTIONAL", "RANDOMIZED", "PARALLEL", null, null, "DOUBLE"));
        assertEquals(StudyDesign.RCT, design("Interventional", "Randomized", "Crossover Assignment", null, null, "None (Open Label)"));
        assertEquals(StudyDesign.OPEN_LABEL_TRIAL, design("INTERVENTIONAL", "NON_RANDOMIZED", "PARALLEL", null, null, "NONE"));
        assertEquals(StudyDesign.OPEN_LABEL_TRIAL, design("Interventional", null, "Single Group Assignment", null, null, "None (Open Label)"));
        assertEquals(StudyDesign.OTHER, design("INTERVENTIONAL", "NON_RANDOMIZED", "PARALLEL", null, null, "DOUBLE"),
                "non-randomized but masked");
        assertEquals(StudyDesign.OTHER, design("INTERVENTIONAL", "NA", "SINGLE_GROUP", null, null, null), "masking unknown");
        assertEquals(StudyDesign.COHORT, design("OBSERVATIONAL", null, null, "COHORT", "PROSPECTIVE", null));
        assertEquals(StudyDesign.CASE_CONTROL, design("Observational", null, null, "Case-Control", "Retrospective", null));
        assertEquals(StudyDesign.CROSS_SECTIONAL, design("OBSERVATIONAL", null, null, "CASE_ONLY", "CROSS_SECTIONAL", null));
        assertEquals(StudyDesign.OTHER, design("OBSERVATIONAL", null, null, "ECOLOGIC_OR_COMMUNITY", "PROSPECTIVE", null));
        assertEquals(StudyDesign.OTHER, design("EXPANDED_ACCESS", null, null, null, null, null));
        assertNull(design(null, null, null, null, null, null));
    }

    private static StudyDesign design(String type, String allocation, String model, String observational,
            String perspective, String masking) {
        Trial.Design d = new Trial.Design(type, List.of(), allocation, model, observational, perspective, masking,
                List.of(), null, null);
        return DesignMapping.design(d, DesignMapping.blinding(masking, List.of()));
    }

    @Test
    void registryDates() {
        assertEquals(Optional.of(new PartialDate(2008, 10, 1)), RegistryDates.parse("2008-10-01"));
        assertEquals(Optional.of(new PartialDate(2006, 11, null)), RegistryDates.parse("2006-11"));
        assertEquals(Optional.of(new PartialDate(2003, 4, 9)), RegistryDates.parse("April 9, 2003"));
        assertEquals(Optional.of(new PartialDate(2017, 11, null)), RegistryDates.parse("November 2017"));
        assertEquals(Optional.of(new PartialDate(2019, 9, 3)), RegistryDates.parse("Sept 3, 2019"));
        assertEquals(Optional.empty(), RegistryDates.parse("2019-13-01"));
        assertEquals(Optional.empty(), RegistryDates.parse("Smarch 3, 2019"));
        assertEquals(Optional.empty(), RegistryDates.parse("soon"));
    }

    @Test
    void enrollmentThatIsNoNumberIsAWarning() {
        Trial.Design d = new Trial.Design("INTERVENTIONAL", List.of(), null, null, null, null, null, List.of(),
                "about forty", "ACTUAL");
        Study s = new Study();
        List<String> warnings = new java.util.ArrayList<>();
        DesignMapping.apply(s, d, warnings::add);
        assertNull(s.getEnrolled());
        assertEquals(List.of("enrollment 'about forty' is not a number; ignored"), warnings);
    }

    @Test
    void baselineTotal() {
        assertEquals(8, ResultOutcomes.baselineTotal(List.of(4, 4, 8)), "a Total group");
        assertEquals(17, ResultOutcomes.baselineTotal(List.of(11, 6, 17)));
        assertEquals(9, ResultOutcomes.baselineTotal(List.of(9)), "one group");
        assertEquals(30, ResultOutcomes.baselineTotal(List.of(10, 20)), "no Total group");
        assertNull(ResultOutcomes.baselineTotal(List.of()));
        assertNull(ResultOutcomes.baselineTotal(List.of(0, 0, 0)));
    }

    @Test
    void resultRowsKeepEqualCountsOfDifferentGroupsApart() {
        TrialResults.Measure m = new TrialResults.Measure("PRIMARY", "Responders", "COUNT_OF_PARTICIPANTS",
                "Participants", "Week 6", true, Map.of("OG000", "Drug", "OG001", "Placebo"),
                Map.of("OG000", 8, "OG001", 8), List.of(new TrialResults.MeasureClass(null, Map.of(),
                        List.of(new TrialResults.Category(null, Map.of("OG000", "4", "OG001", "4"))))));
        Study s = new Study();
        ResultOutcomes.apply(s, new TrialResults(List.of(m), List.of(8, 8, 16)));
        assertEquals(2, s.getOutcomes().size(), "4/8 in each arm: two outcomes, not one");
        assertEquals(16, s.getAnalysed());
    }

    @Test
    void countsAboveTheirTotalAndNonCountsAreSkipped() {
        TrialResults.Measure events = oneValue("Number", "participants", "12", 5);
        TrialResults.Measure mean = oneValue("MEAN", "units on a scale", "3", 5);
        TrialResults.Measure count = oneValue("Count of Participants", "Participants", "3", 5);
        assertTrue(ResultOutcomes.countsParticipants(events));
        assertTrue(ResultOutcomes.rows(events).isEmpty(), "12 of 5 is no count of those participants");
        assertTrue(!ResultOutcomes.countsParticipants(mean));
        assertEquals(1, ResultOutcomes.rows(count).size());
        assertEquals("3/5 (60%) Measure — Arm, Week 6", ResultOutcomes.rows(count).get(0).summaryLine());
    }

    private static TrialResults.Measure oneValue(String param, String unit, String value, int total) {
        TrialResults.Category category = new TrialResults.Category(null, Map.of("O1", value));
        TrialResults.MeasureClass row = new TrialResults.MeasureClass(null, Map.of(), List.of(category));
        return new TrialResults.Measure("SECONDARY", "Measure", param, unit, "Week 6", true, Map.of("O1", "Arm"),
                Map.of("O1", total), List.of(row));
    }
}

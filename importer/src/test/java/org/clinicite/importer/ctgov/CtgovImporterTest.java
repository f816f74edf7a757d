package org.clinicite.importer.ctgov;

import static org.clinicite.importer.ctgov.CtgovFixtures.V1;
import static org.clinicite.importer.ctgov.CtgovFixtures.V2;
import static org.clinicite.importer.ctgov.CtgovFixtures.XML;
import static org.clinicite.importer.ctgov.CtgovFixtures.counted;
import static org.clinicite.importer.ctgov.CtgovFixtures.planned;
import static org.clinicite.importer.ctgov.CtgovFixtures.read;
import static org.clinicite.importer.ctgov.CtgovFixtures.shared;
import static org.clinicite.importer.ctgov.CtgovFixtures.study;
import static org.clinicite.importer.ctgov.CtgovFixtures.termKeys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clinicite.core.model.Outcome;
import org.clinicite.core.model.PartialDate;
import org.clinicite.core.model.Study;
import org.clinicite.core.model.StudyDesign;
import org.clinicite.core.model.StudyStatus;
import org.clinicite.core.model.TermKind;
import org.clinicite.core.model.TermRole;
import org.clinicite.core.vocab.Term;
import org.clinicite.core.vocab.Vocabulary;
import org.clinicite.importer.ParsedRecord;
import org.junit.jupiter.api.Test;

/** Every field, checked against the values in real records of each of the three shapes. */
class CtgovImporterTest {

    @Test
    void everyFixtureImportsAsOneVerifiedRegistryRecordWithItsNctNumber() throws IOException {
        List<Path> files = CtgovFixtures.all();
        assertEquals(33, files.size(), "7 v2 + 3 v1 + 23 XML fixtures");
        for (Path f : files) {
            CollectingSink sink = read(f);
            ParsedRecord r = sink.only();
            assertTrue(sink.warnings.isEmpty(), f + ": " + sink.warnings);
            Study s = r.study();
            assertEquals(StudyStatus.VERIFIED, s.getStatus(), f.toString());
            assertEquals("registry record", s.getPublicationType(), f.toString());
            assertEquals(r.recordKey(), s.getNctId().orElseThrow().value(), f.toString());
            assertNull(s.getJournal(), f.toString());
            assertTrue(s.getAuthors().isEmpty(), "a registry record has no authors: " + f);
            assertEquals("ctgov", r.format());
            assertEquals(f.toString(), r.source());
            assertTrue(r.fingerprint().matches("[0-9a-f]{64}"), f.toString());
            assertTrue(r.line() >= 1, f.toString());
            assertTrue(s.getTitle() != null && !s.getTitle().isBlank(), f.toString());
        }
    }

    @Test
    void fixturesNamedAfterOneStudyMayHoldAnother() {
        // two AACT fixtures hold a copy of another study: the record says which, not the file name
        assertEquals("NCT02552212", read(shared(V2 + "aact__NCT02278341.json")).only().recordKey());
        assertEquals("NCT00081588", read(shared(XML + "aact__NCT00980226.xml")).only().recordKey());
    }

    // ---- API v2 ----

    @Test
    void v2StudyWithResults() {
        Study s = study(V2 + "aact__NCT00763412.json");
        assertEquals("Pilot and Feasibility Study for the Treatment of Pre-diabetes in Patients With Cystic Fibrosis",
                s.getTitle());
        assertTrue(s.getAbstractText().startsWith("The purpose of this study is to provide the necessary data and "
                + "experience to design a larger, full scale clinical trial"), s.getAbstractText());
        assertTrue(s.getAbstractText().endsWith("relationship between systemic inflammatory factors and glucose "
                + "impairment."), "the brief summary alone, not the detailed description");
        assertEquals(new PartialDate(2008, 10, 1), s.getPublished(), "first posted");
        assertEquals(StudyDesign.RCT, s.getDesign());
        assertEquals("interventional, randomized, parallel", s.getDesignDetail());
        assertNull(s.getPhase(), "phases [NA]");
        assertEquals("quadruple (participant, care provider, investigator, outcomes assessor)", s.getBlinding());
        assertEquals(31, s.getEnrolled());
        assertEquals(8, s.getAnalysed(), "4 + 4 analysed for the primary outcomes, within the 8 at baseline");
        assertEquals(9, s.getOutcomes().size(), "3 primary + 6 secondary; every result is a mean, no counts");
        Outcome bmi = s.getOutcomes().get(0);
        assertEquals("BMI", bmi.getMeasure());
        assertNull(bmi.getDescription());
        assertEquals("2 year/end of study", bmi.getTimepoint());
        Outcome body = s.getOutcomes().get(1);
        assertEquals("Body Composition", body.getMeasure());
        assertEquals("Reporting % of Fat and Lean body mass", body.getDescription());
        Outcome glucose = s.getOutcomes().get(3);
        assertEquals("Glucose Tolerance", glucose.getMeasure());
        assertEquals("2-year", glucose.getTimepoint());
        assertTrue(s.getTerms().isEmpty(), "cystic fibrosis and repaglinide are not in the shipped vocabulary");
    }

    @Test
    void v2CountOfParticipantsResultsBecomeRespondersOfTotalPerGroup() {
        Study s = study(V2 + "aact__NCT02552212.json");
        assertTrue(s.getTitle().startsWith("Phase 3, Multicenter, Randomized, Placebo-Controlled, Double-Blind Study "
                + "to Evaluate Efficacy and Safety of Certolizumab Pegol"), s.getTitle());
        assertEquals(new PartialDate(2015, 9, 17), s.getPublished());
        assertEquals("3", s.getPhase());
        assertEquals(StudyDesign.RCT, s.getDesign());
        assertEquals(317, s.getEnrolled());
        assertEquals(317, s.getAnalysed(), "158 + 159 analysed for ASDAS-MI, baseline total 317");
        List<Outcome> counts = counted(s);
        assertEquals(4, counts.size(), "two count-of-participants measures, two groups each");
        String changes = "Number of Subjects Without Relevant Changes to Background Medication From Baseline to Week 52";
        assertRow(counts.get(0), changes + " — Placebo (FAS)", 48, 158, "From Baseline to Week 52");
        assertRow(counts.get(1), changes + " — CZP 200 mg Q2W (FAS)", 115, 159, "From Baseline to Week 52");
        String uveitis = "Number of Subjects With Anterior Uveitis (AU) or New AU Flares Through Week 52";
        assertRow(counts.get(2), uveitis + " — Placebo (FAS)", 8, 158, "Throughout the study conduct (up to Week 52)");
        assertRow(counts.get(3), uveitis + " — CZP 200 mg Q2W (FAS)", 4, 159,
                "Throughout the study conduct (up to Week 52)");
        assertEquals(31, planned(s).size(), "the registered outcome measures");
        assertEquals("8/158 (5%) " + uveitis + " — Placebo (FAS), Throughout the study conduct (up to Week 52)",
                counts.get(2).summaryLine());
    }

    @Test
    void v2PercentagesAreNotTurnedIntoCounts() {
        Study s = study(V2 + "aact__NCT02210780.json");
        assertEquals("A Randomized, Double-Blind, Placebo-Controlled, Study Investigating Vaccine Responses in Adults "
                + "With Moderate to Severe Atopic Dermatitis Treated With Dupilumab", s.getTitle());
        assertEquals("2", s.getPhase());
        assertEquals("triple (participant, investigator, outcomes assessor)", s.getBlinding());
        assertEquals(194, s.getEnrolled());
        assertEquals(182, s.getAnalysed(), "92 + 90 analysed for the primary outcome");
        assertTrue(counted(s).isEmpty(), "percentages of participants are not counts");
        assertEquals("Percentage of Participants With a Positive Response (≥4-Fold Increase) to Tetanus Toxoid "
                + "(the Adacel [Tdap] Vaccine) at Week 16", s.getOutcomes().get(0).getMeasure());
        assertEquals("Week 16", s.getOutcomes().get(0).getTimepoint());
    }

    @Test
    void v2StudyWithoutResults() {
        Study s = study(V2 + "aact__NCT03418623.json");
        assertEquals("Effect of GET73 on Magnetic Resonance Spectroscopy Measures...", s.getTitle());
        assertEquals(new PartialDate(2018, 2, 1), s.getPublished());
        assertEquals(StudyDesign.RCT, s.getDesign());
        assertEquals("interventional, randomized, crossover", s.getDesignDetail());
        assertEquals("2", s.getPhase());
        assertEquals(24, s.getEnrolled());
        assertNull(s.getAnalysed(), "no results posted");
        assertEquals(List.of("alcohol-use-disorder"), termKeys(s, TermKind.CONDITION));
        assertEquals(List.of(), termKeys(s, TermKind.SUBSTANCE),
                "the keyword 'Alcohol use' does not make alcohol an intervention: the record lists GET73 and placebo");
        assertEquals(3, s.getOutcomes().size());
        assertEquals("Concentrations of glutamate in dorsal...", s.getOutcomes().get(0).getMeasure());
    }

    @Test
    void v2WithdrawnStudyEnrolledNobody() {
        Study s = study(V2 + "aact__NCT00973089.json");
        assertEquals("Alternative Treatment of Deep Carious Lesions Based on Biological Evidences", s.getTitle());
        assertEquals(0, s.getEnrolled(), "an actual enrollment of 0 is a fact");
        assertEquals("single (investigator)", s.getBlinding());
        assertEquals(new PartialDate(2009, 9, 9), s.getPublished());
    }

    @Test
    void v2MinimalStudyKeepsWhatItHas() {
        Study s = study(V2 + "aact__NCT00465816.json");
        assertEquals("Non-inferiority of GSK Biologicals...", s.getTitle(), "the official title");
        assertNull(s.getAbstractText());
        assertTrue(s.getPublished().isEmpty());
        assertNull(s.getDesign());
        assertNull(s.getEnrolled());
        assertTrue(s.getOutcomes().isEmpty());
    }

    // ---- API v1 full_studies ----

    @Test
    void v1StudyWithResults() {
        Study s = study(V1 + "aact__NCT00023673.json");
        assertEquals("A Phase I/II Dose Intensification Study Using Three Dimensional Conformal Radiation Therapy And "
                + "Concurrent Chemotherapy For Patients With Inoperable, Non-Small Cell Lung Cancer", s.getTitle());
        assertTrue(s.getAbstractText().startsWith("RATIONALE: Radiation therapy uses high-energy x-rays"));
        assertEquals(new PartialDate(2003, 4, 9), s.getPublished(), "StudyFirstPostDate April 9, 2003");
        assertEquals("1/2", s.getPhase(), "PhaseList [Phase 1, Phase 2]");
        assertEquals(StudyDesign.OPEN_LABEL_TRIAL, s.getDesign(), "non-randomized, open label");
        assertEquals("interventional, non-randomized, single group assignment", s.getDesignDetail());
        assertEquals("open label", s.getBlinding());
        assertEquals(63, s.getEnrolled());
        assertEquals(53, s.getAnalysed(), "the largest primary analysis (53 at the MTD), within the 61 at baseline");
        assertEquals(6, planned(s).size(), "2 primary + 4 secondary");
        List<Outcome> counts = counted(s);
        assertEquals(16, counts.size());
        String toxicity = "Frequency of Highest Grade Chemotherapy/Acute RT Toxicities and Late RT Toxicities. — "
                + "Phase I/II: 74 Gy/37 fx + Chemotherapy";
        Outcome grade3 = counts.get(2);
        assertEquals(toxicity, grade3.getMeasure());
        assertEquals(28, grade3.getResponders());
        assertEquals(53, grade3.getTotal());
        assertEquals("Chemotherapy/Acute RT non-hematologic: Grade 3", grade3.getThreshold(), "the class counted");
        Outcome late = counts.get(10);
        assertEquals(13, late.getResponders());
        assertEquals(50, late.getTotal(), "the class's own denominator");
        assertEquals("Late RT toxicity: Grade 1", late.getThreshold());
        Outcome response = counts.get(15);
        assertEquals("Number of Patients With Complete Response at 3 Months After Completion of Therapy — "
                + "Phase I/II: 74 Gy/37 fx + Chemotherapy", response.getMeasure());
        assertEquals(3, response.getResponders());
        assertEquals(53, response.getTotal());
        assertNull(response.getThreshold());
    }

    @Test
    void v1StudyNotYetRecruitingHasNoActualEnrollment() {
        Study s = study(V1 + "aact__NCT04780763.json");
        assertTrue(s.getTitle().startsWith("Effect of 4-week Oral Administration of a Fermented Dairy Product "
                + "Containing Lactobacillus Rhamnosus CNCM I-3690"), s.getTitle());
        assertEquals("The purpose of this study is to assess the effect of Lactobacillus rhamnosus CNCM I-3690 "
                + "consumption on subjective anxiety levels in healthy subjects undergoing academic stress.",
                s.getAbstractText());
        assertEquals(new PartialDate(2021, 3, 3), s.getPublished());
        assertNull(s.getPhase(), "Not Applicable");
        assertEquals(StudyDesign.RCT, s.getDesign());
        assertEquals("quadruple (participant, care provider, investigator, outcomes assessor)", s.getBlinding(),
                "DesignMasking Quadruple with its DesignWhoMaskedList");
        assertNull(s.getEnrolled(), "168 is anticipated, not enrolled");
        assertEquals("interventional, randomized, parallel assignment, anticipated enrollment 168", s.getDesignDetail());
        assertNull(s.getAnalysed());
        assertEquals(5, s.getOutcomes().size(), "1 primary + 4 secondary");
        assertEquals("At Baseline and after stress challenge (4 weeks after baseline).",
                s.getOutcomes().get(0).getTimepoint());
    }

    @Test
    void v1LargeStudyWithResults() {
        Study s = study(V1 + "aact__NCT02028676.json");
        assertEquals(new PartialDate(2014, 1, 7), s.getPublished());
        assertEquals("4", s.getPhase());
        assertEquals(StudyDesign.RCT, s.getDesign(), "randomized, even though open label");
        assertEquals("interventional, randomized, factorial assignment", s.getDesignDetail());
        assertEquals(1206, s.getEnrolled());
        assertEquals(1206, s.getAnalysed());
        assertEquals(90, counted(s).size(), "32 'Number' measures in participants");
    }

    // ---- legacy XML ----

    @Test
    void xmlObservationalStudyWithConditionsFromTheVocabulary() {
        CollectingSink sink = read(shared(XML + "aact__NCT00001177.xml"));
        ParsedRecord r = sink.only();
        assertEquals(2, r.line(), "the line of <clinical_study>");
        Study s = r.study();
        assertEquals("The Evaluation of Women With Menstrually Regulated Mood and Behavioral Disorders", s.getTitle());
        assertTrue(s.getAbstractText().startsWith("The purpose of this study is to identify and describe the symptoms "
                + "of premenstrual syndrome (PMS).\n\nWomen who experience PMS symptoms will complete clinical "
                + "interviews,"), "wrapped lines joined, paragraphs kept: " + s.getAbstractText());
        assertEquals(new PartialDate(1999, 11, 4), s.getPublished(), "study_first_posted November 4, 1999");
        assertEquals(StudyDesign.OTHER, s.getDesign(), "observational without a model");
        assertEquals("observational, anticipated enrollment 1600", s.getDesignDetail());
        assertNull(s.getEnrolled());
        assertNull(s.getPhase());
        assertNull(s.getBlinding());
        assertEquals(List.of("premenstrual-syndrome", "premenstrual-dysphoric-disorder", "major-depressive-disorder"),
                termKeys(s, TermKind.CONDITION), "PMS, PMDD and Depression looked up; 'Premenstrual Mood Disorder' is not a term");
        assertTrue(s.terms(TermKind.CONDITION).stream().allMatch(t -> t.getRole() == TermRole.STUDIED));
    }

    @Test
    void xmlStudyWithCountResults() {
        Study s = study(XML + "aact__NCT01065844.xml");
        assertEquals("A Phase II Trial of the HIV Protease Inhibitor Nelfinavir in Patients With Recurrent Symptomatic "
                + "Adenoid Cystic Cancers of the Head and Neck", s.getTitle());
        assertEquals(new PartialDate(2010, 2, 9), s.getPublished());
        assertEquals("2", s.getPhase());
        assertEquals(StudyDesign.OPEN_LABEL_TRIAL, s.getDesign(), "single group, open label, no allocation");
        assertEquals("interventional, single group assignment", s.getDesignDetail());
        assertEquals(15, s.getEnrolled());
        assertEquals(11, s.getAnalysed());
        List<Outcome> planned = planned(s);
        assertEquals(2, planned.size());
        assertEquals("Tumor Progression", planned.get(0).getMeasure());
        assertEquals("Every 1 to 3 months", planned.get(0).getTimepoint());
        List<Outcome> counts = counted(s);
        assertEquals(List.of(0, 0, 7, 4), counts.stream().map(Outcome::getResponders).toList());
        assertTrue(counts.stream().allMatch(o -> o.getTotal() == 11));
        assertTrue(counts.stream().allMatch(o -> o.getMeasure().equals("Tumor Progression — Nelfinavir")));
        assertEquals("Stable disease (SD)", counts.get(2).getThreshold());
        assertEquals("Tumor Progression — Nelfinavir", counts.get(2).getDescription(), "the description names the group");
        assertEquals("Every 1 to 3 months", counts.get(2).getTimepoint());
    }

    @Test
    void xmlMaskingAndPhaseSpelledOut() {
        Study s = study(XML + "aact__NCT02438137.xml");
        assertEquals("A Randomized Clinical Trial of Dimethyl Fumarate as a Novel Therapeutic Agent for Obstructive "
                + "Sleep Apnea", s.getTitle());
        assertEquals("double (participant, outcomes assessor)", s.getBlinding());
        assertEquals("2", s.getPhase());
        assertEquals(65, s.getEnrolled());
        assertEquals(50, s.getAnalysed(), "35 + 15 analysed for the primary outcome");
        assertEquals(List.of("obstructive-sleep-apnea"), termKeys(s, TermKind.CONDITION));

        Study phase23 = study(XML + "aact__NCT01534533.xml");
        assertEquals("2/3", phase23.getPhase(), "Phase 2/Phase 3");
        assertEquals(192, phase23.getEnrolled());
        assertEquals(178, phase23.getAnalysed(), "the largest primary analysis, blood pressure: 43 + 47 + 44 + 44");
    }

    @Test
    void xmlCrossoverAnalysedIsCappedAtTheBaselineTotal() {
        Study s = study(XML + "aact__NCT01841593.xml");
        assertEquals(StudyDesign.RCT, s.getDesign());
        assertEquals("interventional, randomized, crossover assignment", s.getDesignDetail());
        assertEquals("open label", s.getBlinding());
        assertEquals("1", s.getPhase());
        assertEquals(19, s.getEnrolled());
        assertEquals(17, s.getAnalysed(), "4 PK conditions x 17 participants is 68 analyses of 17 people");
    }

    @Test
    void xmlExpandedAccessAndCohorts() {
        Study access = study(XML + "aact__NCT01220531.xml");
        assertEquals(StudyDesign.OTHER, access.getDesign());
        assertEquals("expanded access", access.getDesignDetail());
        assertNull(access.getEnrolled());
        assertEquals(new PartialDate(2010, 10, 14), access.getPublished());

        Study cohort = study(XML + "aact__NCT00513591.xml");
        assertEquals(StudyDesign.COHORT, cohort.getDesign());
        assertEquals("observational, cohort, prospective, anticipated enrollment 1000", cohort.getDesignDetail());

        Study registry = study(XML + "aact__NCT01076361.xml");
        assertEquals(StudyDesign.COHORT, registry.getDesign());
        assertEquals("observational [patient registry], cohort, prospective", registry.getDesignDetail());
        assertEquals(370, registry.getEnrolled());
        assertEquals(349, registry.getAnalysed(), "participants, not the 609 leads analysed alongside");
    }

    // ---- interventions against real records, with a vocabulary that knows their drugs ----

    @Test
    void interventionRolesFollowTheArmsInAllThreeShapes() {
        List<Term> terms = new ArrayList<>(Vocabulary.shipped().all());
        for (String drug : List.of("repaglinide", "carboplatin", "paclitaxel", "dimethyl fumarate")) {
            terms.add(new Term(drug.replace(' ', '-'), TermKind.SUBSTANCE, drug, List.of(), List.of(), List.of(), false,
                    Map.of()));
        }
        CtgovImporter importer = new CtgovImporter(Vocabulary.of(terms));

        Study v2 = only(importer, shared(V2 + "aact__NCT00763412.json"));
        assertEquals(List.of("repaglinide:INTERVENTION"), substances(v2), "placebo is no substance");

        Study v1 = only(importer, shared(V1 + "aact__NCT00023673.json"));
        assertEquals(List.of("carboplatin:INTERVENTION", "paclitaxel:INTERVENTION"), substances(v1));

        Study xml = only(importer, shared(XML + "aact__NCT02438137.xml"));
        assertEquals(List.of("dimethyl-fumarate:COMPARATOR"), substances(xml),
                "given only in an arm the record calls an active comparator");
    }

    private static Study only(CtgovImporter importer, Path file) {
        CollectingSink sink = new CollectingSink();
        try {
            importer.read(file, sink);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return sink.only().study();
    }

    static List<String> substances(Study s) {
        return s.terms(TermKind.SUBSTANCE).stream().map(t -> t.getTermKey() + ":" + t.getRole()).toList();
    }

    private static void assertRow(Outcome o, String measure, int responders, int total, String timepoint) {
        assertEquals(measure, o.getMeasure());
        assertEquals(measure, o.getDescription());
        assertEquals(responders, o.getResponders());
        assertEquals(total, o.getTotal());
        assertEquals(timepoint, o.getTimepoint());
        assertFalse(o.summaryLine().isBlank());
    }
}

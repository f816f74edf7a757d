package org.clinicite.importer.pubmed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.clinicite.core.model.Study;
import org.clinicite.core.model.StudyDesign;
import org.junit.jupiter.api.Test;

class StudyDesignsTest {
    private static Study apply(String title, String abstractText, List<String> types, List<String> headings) {
        MedlineRecord rec = new MedlineRecord();
        rec.title = title;
        if (abstractText != null) {
            rec.abstractSections.add(new MedlineRecord.Section(null, abstractText));
        }
        rec.publicationTypes.addAll(types);
        headings.forEach(h -> rec.meshHeadings.add(new MedlineRecord.Heading(h, null, null)));
        Study s = new Study();
        StudyDesigns.apply(s, rec);
        return s;
    }

    @Test
    void phaseTwoTrialIsOpenLabelOnlyWhenItSaysSo() {
        Study plain = apply("A trial", "We treated 12 patients.", List.of("Clinical Trial, Phase II", "Journal Article"),
                List.of());
        assertNull(plain.getDesign());
        assertEquals("2", plain.getPhase());
        assertEquals("Clinical Trial, Phase II", plain.getDesignDetail());
        assertNull(plain.getBlinding());

        Study open = apply("A trial", "In this open-label study we treated 12 patients.",
                List.of("Clinical Trial, Phase II"), List.of());
        assertEquals(StudyDesign.OPEN_LABEL_TRIAL, open.getDesign());
        assertEquals("open-label", open.getBlinding());
    }

    @Test
    void onlyClinicalTrialLeavesTheDesignOpen() {
        Study s = apply("Treatment of X", null, List.of("Clinical Trial", "Journal Article"),
                List.of("Prospective Studies"));
        assertNull(s.getDesign(), "a trial's MeSH Prospective Studies does not make it a cohort");
        assertEquals("Clinical Trial", s.getDesignDetail());
        assertNull(s.getPhase());
    }

    @Test
    void strongestDesignWinsAndPhasesCombine() {
        Study s = apply("t", null, List.of("Clinical Trial, Phase I", "Clinical Trial, Phase II",
                "Randomized Controlled Trial"), List.of("Single-Blind Method"));
        assertEquals(StudyDesign.RCT, s.getDesign());
        assertEquals("1/2", s.getPhase());
        assertEquals("single-blind", s.getBlinding());
        assertEquals(StudyDesign.META_ANALYSIS, apply("t", null, List.of("Systematic Review", "Meta-Analysis"),
                List.of()).getDesign());
        assertEquals(StudyDesign.SYSTEMATIC_REVIEW, apply("t", null, List.of("Systematic Review", "Review"),
                List.of()).getDesign());
        assertEquals(StudyDesign.CASE_REPORT, apply("t", null, List.of("Case Reports"), List.of()).getDesign());
        assertEquals("4", apply("t", null, List.of("Clinical Trial, Phase IV"), List.of()).getPhase());
    }

    @Test
    void observationalDesignsFromMeshOrTheBareType() {
        assertEquals(StudyDesign.CROSS_SECTIONAL, apply("t", null, List.of("Journal Article"),
                List.of("Cross-Sectional Studies")).getDesign());
        assertEquals(StudyDesign.COHORT, apply("t", null, List.of("Journal Article"),
                List.of("Cohort Studies")).getDesign());
        assertEquals(StudyDesign.COHORT, apply("t", null, List.of("Observational Study"), List.of()).getDesign());
        assertNull(apply("t", null, List.of("Journal Article"), List.of("Retrospective Studies")).getDesign(),
                "a retrospective chart review is not necessarily a cohort");
    }

    @Test
    void reviewsAndCommentsGetNoDesignFromTheirWords() {
        Study review = apply("Open-label placebo: a narrative review", null, List.of("Journal Article", "Review"),
                List.of("Cohort Studies"));
        assertNull(review.getDesign());
        assertEquals("Journal Article; Review", review.getPublicationType());
        assertNull(apply("Open-label trials, again", null, List.of("Comment"), List.of()).getDesign());
        assertNull(apply("t", null, List.of(), List.of()).getPublicationType());
    }

    @Test
    void tooManyTypesDropFundingTypesFirst() {
        MedlineRecord rec = new MedlineRecord();
        rec.publicationTypes.addAll(List.of("Clinical Trial, Phase II", "Journal Article", "Multicenter Study",
                "Randomized Controlled Trial", "Research Support, N.I.H., Extramural",
                "Research Support, Non-U.S. Gov't", "Research Support, U.S. Gov't, Non-P.H.S.",
                "Research Support, U.S. Gov't, P.H.S.", "Comparative Study", "Equivalence Trial"));
        Study s = new Study();
        StudyDesigns.apply(s, rec);
        assertEquals("Clinical Trial, Phase II; Journal Article; Multicenter Study; Randomized Controlled Trial; "
                + "Comparative Study; Equivalence Trial", s.getPublicationType());
        assertTrue(rec.warnings.get(0).startsWith("publication types too long to store in full"));
    }
}

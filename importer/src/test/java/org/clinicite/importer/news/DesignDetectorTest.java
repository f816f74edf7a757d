package org.clinicite.importer.news;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.clinicite.core.model.StudyDesign;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DesignDetectorTest {

    private static DesignInfo detect(String... sentences) {
        return DesignDetector.detect(List.of(sentences));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', nullValues = "-", value = {
        "It was a randomized, double-blind, placebo-controlled trial.;RCT;randomized, double-blind, placebo-controlled trial",
        "The double-blind, randomised controlled trial ran for six weeks.;RCT;double-blind, randomised controlled trial",
        "Participants were randomly assigned to the drug or a placebo.;RCT;randomized trial",
        "The open-label trial gave every participant the drug.;OPEN_LABEL_TRIAL;open-label trial",
        "A meta-analysis of 12 trials pooled the results.;META_ANALYSIS;meta-analysis of 12 trials",
        "The authors ran a systematic review of the literature.;SYSTEMATIC_REVIEW;systematic review",
        "A survey of 2,000 adults asked about drug use.;SURVEY;survey of 2,000 adults",
        "The prospective cohort study followed 5,000 nurses.;COHORT;prospective cohort",
        "The case-control study compared users with non-users.;CASE_CONTROL;case-control study",
        "This cross-sectional study used national data.;CROSS_SECTIONAL;cross-sectional study",
    })
    void designs(String sentence, StudyDesign design, String detail) {
        DesignInfo d = detect(sentence);
        assertEquals(design, d.design());
        assertEquals(detail, d.detail());
    }

    @Test
    void phaseAloneGivesNoDesign() {
        DesignInfo d = detect("The company announced results of its phase 3 trial on Monday.");
        assertAll(
                () -> assertNull(d.design()),
                () -> assertEquals("3", d.phase()));
    }

    @ParameterizedTest
    @CsvSource({"Phase II,2", "phase III,3", "phase 2b,2b", "Phase 2/3,2/3", "phase IV,4"})
    void phases(String written, String expected) {
        assertEquals(expected, detect("This " + written + " randomized trial enrolled patients.").phase());
    }

    @Test
    void qualitativeFollowUpOfATrial() {
        DesignInfo d = detect("A long-term follow-up qualitative study found lasting benefits.",
                "Findings from this analysis of a phase 2 psychotherapy trial were published.");
        assertAll(
                () -> assertEquals(StudyDesign.QUALITATIVE_FOLLOW_UP, d.design()),
                () -> assertEquals("qualitative follow-up of a phase 2 clinical trial", d.detail()),
                () -> assertEquals("2", d.phase()));
    }

    @Test
    void mostSpecificDesignWins() {
        assertEquals(StudyDesign.META_ANALYSIS,
                detect("The meta-analysis included randomized controlled trials only.").design());
    }
}

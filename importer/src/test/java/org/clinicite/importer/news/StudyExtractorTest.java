package org.clinicite.importer.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.clinicite.core.model.Study;
import org.clinicite.core.model.StudyStatus;
import org.junit.jupiter.api.Test;

class StudyExtractorTest {
    private final StudyExtractor extractor = new StudyExtractor(TestVocabulary.small());

    @Test
    void identifiersAreTakenOnlyWhenStated() {
        StudyExtraction e = extractor.extract("MDMA for PTSD", List.of("The trial (NCT03537014), published in Nature "
                + "Medicine (doi:10.1038/s41591-021-01336-3), enrolled 90 participants with severe PTSD."));
        Study s = e.study();
        assertEquals("10.1038/s41591-021-01336-3", s.getDoi().orElseThrow().value());
        assertEquals("NCT03537014", s.getNctId().orElseThrow().value());
        assertTrue(s.getPublished().isEmpty(), "the year is not stated");
        assertNull(s.getVolume());
        assertEquals(StudyStatus.STUB, s.getStatus());
        assertTrue(e.describesStudy());
    }

    @Test
    void backgroundSentencesDoNotFeedTheStudy() {
        StudyExtraction e = extractor.extract(null, List.of(
                "Previous studies of ketamine, published in the Journal of Old Results, found that 9 of 10 patients "
                        + "improved.",
                "The new trial of psilocybin, published in JAMA Psychiatry, enrolled 24 adults with depression."));
        Study s = e.study();
        assertEquals("JAMA Psychiatry", s.getJournal().getTitle());
        assertEquals(24, s.getEnrolled());
        assertTrue(s.getOutcomes().isEmpty());
        assertEquals(List.of(), e.claims());
    }

    @Test
    void proseWithoutAStudyDescribesNone() {
        StudyExtraction e = extractor.extract("Weather", List.of("It rained for most of the day in the city centre, "
                + "and the forecast says the rain will continue."));
        assertFalse(e.describesStudy());
        assertNull(e.study().getTitle());
        assertNull(e.study().getDesign());
    }
}

package org.clinicite.importer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SampleSizeFinderTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "The trial (n = 19) ran for a year.;19",
        "Researchers recruited a sample of 120 adults.;120",
        "In all, 120 participants were randomized to two groups.;120",
        "A total of 233 patients with depression were randomised.;233",
        "The team randomized 90 participants with severe PTSD.;90",
        "The study enrolled 1,200 older adults in three countries.;1200",
        "Twelve patients with treatment-resistant depression were given two doses.;12",
        "The survey of 2,000 people ran online.;2000",
        "Adults with depression, n = 120, took part.;120",
        "METHODS: N=48 outpatients received the drug.;48",
    })
    void enrolled(String sentence, int expected) {
        assertEquals(expected, SampleSizeFinder.find(List.of(sentence)).enrolled());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The survey of more than 2,000 people ran online.",
        "About 60 patients took part.",
        "Nearly 300 veterans were enrolled.",
        "In 2020 patients were enrolled at ten sites.",
        "Mice (n = 120) were dosed with MDMA.",
        "Patients were randomised to drug (n = 60) or placebo (n = 60).",
        "Cells were cultured in triplicate (n = 3 per group).",
        "A maximum of 73 patients will be enrolled.",
    })
    void approximateOrNoNumberGivesNothing(String sentence) {
        assertNull(SampleSizeFinder.find(List.of(sentence)).enrolled(), sentence);
    }

    @Test
    void countGivesTheNumberAnalysedNotEnrolled() {
        SampleSize s = SampleSizeFinder.find(List.of("Afterwards, 15 of 19 participants showed a reduction."));
        assertNull(s.enrolled());
        assertEquals(19, s.analysed());
    }
}

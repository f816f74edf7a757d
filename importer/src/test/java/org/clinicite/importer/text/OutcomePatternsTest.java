package org.clinicite.importer.text;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.clinicite.core.model.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OutcomePatternsTest {

    private static OutcomeMatch single(String sentence) {
        List<OutcomeMatch> found = OutcomePatterns.find(sentence);
        assertEquals(1, found.size(), sentence + " -> " + found);
        return found.get(0);
    }

    @Test
    void countWithBracketedThresholdAndTimepoint() {
        String s = "One year after an MDMA-assisted clinical trial for treatment-resistant PTSD, 15 of 19 participants "
                + "showed significant (> 30%) reduction in symptoms.";
        OutcomeMatch m = single(s);
        Outcome o = m.outcome();
        assertAll(
                () -> assertEquals(15, o.getResponders()),
                () -> assertEquals(19, o.getTotal()),
                () -> assertEquals("> 30%", o.getThreshold()),
                () -> assertEquals("reduction in symptoms", o.getDescription()),
                () -> assertEquals("12 months", o.getTimepoint()),
                () -> assertEquals(s, o.getSourceSentence()),
                () -> assertEquals(s, m.claim().sentence()),
                () -> assertEquals(15, m.claim().responders()),
                () -> assertEquals(19, m.claim().total()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', nullValues = "-", value = {
        "Twelve out of the 20 patients no longer met criteria for PTSD at 12 weeks.;12;20;no longer met criteria for PTSD;-;12 weeks",
        "Eight of the 12 patients were in remission one week after treatment.;8;12;in remission;-;1 week",
        "At week 6, 21 of 30 participants had at least 50% improvement on the scale.;21;30;improvement on the scale;at least 50%;6 weeks",
        "In the trial, 45 of 60 veterans responded to treatment after three months.;45;60;responded to treatment;-;3 months",
        "Nineteen of the twenty-four volunteers showed a (≥50%) drop in scores at the 6-month follow-up.;19;24;drop in scores;≥ 50%;6 months",
    })
    void counts(String sentence, int responders, int total, String description, String threshold, String timepoint) {
        Outcome o = single(sentence).outcome();
        assertAll(
                () -> assertEquals(responders, o.getResponders()),
                () -> assertEquals(total, o.getTotal()),
                () -> assertEquals(description, o.getDescription()),
                () -> assertEquals(threshold, o.getThreshold()),
                () -> assertEquals(timepoint, o.getTimepoint()));
    }

    @Test
    void rateComparisonsKeepTheClauseAndNoCounts() {
        OutcomeMatch m = single("Response rates were 67% vs 32% (p < 0.001).");
        assertAll(
                () -> assertEquals("Response rates were 67% vs 32% (p < 0.001)", m.outcome().getDescription()),
                () -> assertNull(m.outcome().getResponders()),
                () -> assertNull(m.outcome().getTotal()),
                () -> assertEquals("< 0.001", m.outcome().getPValue()),
                () -> assertNull(m.claim(), "a claim needs counts"));
    }

    @Test
    void countWithItsShareInBracketsAsAbstractsWriteIt() {
        Outcome o = single("After four weeks, 15 of 19 (79%) responded.").outcome();
        assertAll(
                () -> assertEquals(15, o.getResponders()),
                () -> assertEquals(19, o.getTotal()),
                () -> assertEquals("responded", o.getDescription()),
                () -> assertEquals("4 weeks", o.getTimepoint()));
    }

    @Test
    void twoComparisonsInOneSentence() {
        List<OutcomeMatch> found = OutcomePatterns.find("Secondary measures favoured the drug: 70% of patients "
                + "responded, compared with 48% on placebo, and remission rates were 57% versus 28%.");
        assertEquals(List.of("70% of patients responded, compared with 48% on placebo",
                "remission rates were 57% versus 28%"), found.stream().map(f -> f.outcome().getDescription()).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "One of the most striking results was the drop in anxiety.",
        "Three of the 10 sites were in Canada.",
        "The drug was given in 2 of 3 sessions, the researchers said.",
        "About 7 percent of the population will have PTSD at some point.",
        "In 2019, 20 of the 2021 guidelines were revised.",
        "The rate ratio was 0.36 (95% CI, 0.27 to 0.49) for the drug versus placebo and 0.83 (95% CI, 0.59 to 1.16).",
        "Afterwards, 15 of 19 rats developed hyperthermia.",
    })
    void noOutcome(String sentence) {
        assertTrue(OutcomePatterns.find(sentence).isEmpty(), () -> sentence + " -> " + OutcomePatterns.find(sentence));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "One year after the trial;12 months",
        "two years later, most had improved;24 months",
        "at week 6;6 weeks",
        "after six weeks of treatment;6 weeks",
        "at the 3-month follow-up;3 months",
        "a week after the session;1 week",
        "by day 1;1 day",
    })
    void timepoints(String text, String expected) {
        assertEquals(expected, TimepointParser.find(text).orElseThrow());
    }
}

package org.clinicite.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.clinicite.core.model.Outcome;
import org.clinicite.core.testing.SampleStudies;
import org.junit.jupiter.api.Test;

class OutcomeKindTest {

    @Test
    void responseByWordOrByFiftyPercentReduction() {
        assertEquals("response", kind("response", null).key());
        assertEquals("response", kind("responders", null).key());
        assertEquals("response", kind("participants who responded", null).key());
        assertEquals("response", kind("≥50% reduction in CAPS-5 total", null).key());
        assertEquals("response", kind("reduction in CAPS score", ">= 50 %").key());
    }

    @Test
    void thresholdWinsOverTheWordResponse() {
        OutcomeKind k = kind("response (≥30% reduction)", null);
        assertEquals("reduction-30", k.key());
        assertEquals("reduction ≥ 30%", k.label());
    }

    @Test
    void theBaroneOutcomeIsAThirtyPercentReduction() {
        Outcome barone = SampleStudies.baroneStub().getOutcomes().get(0);
        assertEquals(new OutcomeKind("reduction-30", "reduction ≥ 30%"), OutcomeKind.of(barone));
        assertEquals("reduction-30", kind("> 30% reduction in symptoms", null).key());
        assertEquals("reduction-25", kind("symptoms decreased by at least 25 percent", null).key());
        assertEquals("reduction-12.5", kind("improvement", "> 12.5%").key());
    }

    @Test
    void remissionAndLossOfDiagnosis() {
        assertEquals("remission", kind("remission", null).key());
        assertEquals("remission", kind("remitted (CAPS-5 ≤ 11)", null).key());
        assertEquals("loss-of-diagnosis", kind("no longer met PTSD criteria", null).key());
        assertEquals("loss-of-diagnosis", kind("did not meet the diagnostic criteria", null).key());
        assertEquals("loss-of-diagnosis", kind("loss of diagnosis", null).key());
        assertEquals("loss of diagnosis", kind("no longer meeting criteria for PTSD", null).label());
    }

    @Test
    void controlArmsAreTheirOwnKind() {
        OutcomeKind placebo = kind("placebo group: no longer met PTSD criteria", null);
        assertEquals("loss-of-diagnosis:control", placebo.key());
        assertEquals("loss of diagnosis (control arm)", placebo.label());
        Outcome measured = new Outcome("responders", 5, 20, null, null);
        measured.setMeasure("waitlist control");
        assertEquals("response:control", OutcomeKind.of(measured).key());
    }

    @Test
    void unknownOutcomesGroupByTheirNormalisedText() {
        OutcomeKind a = kind("Abstinent at follow-up", null);
        OutcomeKind b = kind("abstinent at follow up.", null);
        assertEquals(a.key(), b.key());
        assertEquals("text:abstinent at follow up", a.key());
        assertEquals("Abstinent at follow-up", a.label());
        assertNotEquals(a.key(), kind("smoking cessation", null).key());
        assertEquals("unspecified", OutcomeKind.of(new Outcome(null, 1, 2, null, null)).key());
    }

    private static OutcomeKind kind(String description, String threshold) {
        return OutcomeKind.of(new Outcome(description, 1, 2, threshold, null));
    }
}

package org.clinicite.core.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.clinicite.core.testing.SampleStudies;
import org.clinicite.core.text.TextKeys;
import org.junit.jupiter.api.Test;

class ModelTest {
    @Test
    void authorNamesSplitIntoFamilyAndGiven() {
        Authorship a = Authorship.parse("Michiko Mitsunaga-Whitten");
        assertEquals("Mitsunaga-Whitten", a.getFamily());
        assertEquals("Michiko", a.getGiven());
        Authorship b = Authorship.parse("Perl, Phillip");
        assertEquals("Perl", b.getFamily());
        assertEquals("Phillip", b.getGiven());
        Authorship c = Authorship.parse("Ludwig van Beethoven");
        assertEquals("van Beethoven", c.getFamily());
        assertEquals("Ludwig", c.getGiven());
        assertEquals("Plato", Authorship.parse("Plato").getFamily());
    }

    @Test
    void partialDateKeepsOnlyWhatIsKnown() {
        assertArrayEquals(new int[] {2020, 3, 23}, new PartialDate(2020, 3, 23).dateParts());
        assertArrayEquals(new int[] {2019}, PartialDate.ofYear(2019).dateParts());
        assertEquals("2019-04", new PartialDate(2019, 4, null).toString());
        assertThrows(IllegalArgumentException.class, () -> new PartialDate(2019, 13, null));
        assertThrows(IllegalArgumentException.class, () -> new PartialDate(2019, null, 3));
    }

    @Test
    void titleKeysFoldCasePunctuationAndDiacritics() {
        assertEquals(TextKeys.titleKey("Perceived Benefits of MDMA-Assisted Psychotherapy."),
                TextKeys.titleKey("perceived benefits of mdma assisted psychotherapy"));
        assertEquals("effets de la psilocybine", TextKeys.titleKey("Effets de la psilocybine"));
        assertEquals(TextKeys.titleKey("Étude randomisée"), TextKeys.titleKey("Etude randomisee"));
        assertEquals(TextKeys.mainTitleKey("Perceived benefits: a qualitative follow-up"),
                TextKeys.titleKey("Perceived Benefits"));
        assertEquals("mitsunagawhitten", TextKeys.nameKey("Mitsunaga-Whitten"));
    }

    @Test
    void studyDoesNotDuplicateTermsOutcomesOrFindings() {
        Study s = SampleStudies.baroneStub();
        assertFalse(s.addTerm(new StudyTerm(TermKind.SUBSTANCE, "mdma", "MDMA", TermRole.INTERVENTION, null)));
        assertFalse(s.addOutcome(new Outcome("reduction in symptoms", 15, 19, "> 30%", "12 months")));
        assertFalse(s.addFinding("reduced substance abuse"));
        assertTrue(s.addOutcome(new Outcome("reduction in symptoms", 16, 19, "> 30%", "12 months")));
        assertEquals("barone", s.getFirstAuthorKey());
        assertEquals("15/19 (79%) > 30% reduction in symptoms, 12 months", s.getOutcomes().get(0).summaryLine());
    }

    @Test
    void writeUpIdentityIgnoresCaseAndPunctuation() {
        WriteUp a = new WriteUp("PsyPost", "Veterans report lasting benefits", LocalDate.of(2020, 3, 23));
        WriteUp b = new WriteUp("psypost", "Veterans report lasting benefits!", LocalDate.of(2020, 3, 23));
        WriteUp c = new WriteUp("PsyPost", "Veterans report lasting benefits", LocalDate.of(2020, 3, 24));
        assertEquals(a.getFingerprint(), b.getFingerprint());
        assertFalse(a.getFingerprint().equals(c.getFingerprint()));
    }

    @Test
    void designParsesCodesAndLabels() {
        assertEquals(StudyDesign.RCT, StudyDesign.parse("rct").orElseThrow());
        assertEquals(StudyDesign.RCT, StudyDesign.parse("Randomized Controlled Trial").orElseThrow());
        assertEquals(StudyDesign.OPEN_LABEL_TRIAL, StudyDesign.parse("OPEN_LABEL_TRIAL").orElseThrow());
        assertTrue(StudyDesign.parse("astrology").isEmpty());
    }
}

package org.clinicite.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pieces behind the conformance adjustments; expected values are what citeproc-js 2.4.63 returns. */
class TextCaseAndMarkupTest {
    private static final String NOCASE = "" + Markers.NOCASE_OPEN;
    private static final String END_NOCASE = "" + Markers.NOCASE_CLOSE;

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "a novel in vitro model: the case of off-target effects | A Novel in Vitro Model: The Case of off-Target Effects",
        "Orlistat - An FDA-Approved Drug | Orlistat - An FDA-Approved Drug",
        "dormancy-Like phenotype in JACS | Dormancy-Like Phenotype in JACS",
        "what it is made of | What It Is Made Of",
        "`\"quoted words\" and don't stop` | `\"quoted Words\" and Don't Stop`",
        "arXiv preprint | arXiv Preprint",
        "effects of x/y on β cells | Effects of x/y on β Cells",
        "vb and va are stop words? | Vb and va Are Stop Words?",
        "ends with the | Ends with The",
    })
    void titleCaseAsCiteprocJs(String in, String out) {
        assertEquals(out, TitleCase.apply(in));
    }

    @Test
    void titleCaseLeavesNocaseAndSuperscriptAlone() {
        assertEquals("The Role of " + NOCASE + "ecoli" + END_NOCASE + " in Cells",
                TitleCase.apply("the role of " + NOCASE + "ecoli" + END_NOCASE + " in cells"));
        String sup = Markers.SUP_OPEN + "two" + Markers.SUP_CLOSE;
        String italic = Markers.ITALIC_OPEN + "in situ" + Markers.ITALIC_CLOSE;
        assertEquals("Water " + Markers.ITALIC_OPEN + "in Situ" + Markers.ITALIC_CLOSE + " and " + sup + " of Them",
                TitleCase.apply("water " + italic + " and " + sup + " of them"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "arXiv preprint | arXiv preprint",
        "a novel in vitro model | A novel in vitro model",
        "vb and va are stop words? | Vb and va are stop words?",
    })
    void capitalizeFirstAsCiteprocJs(String in, String out) {
        assertEquals(out, TitleCase.capitalizeFirst(in));
    }

    @Test
    void richTextBecomesMarkersOnlyWhenBalanced() {
        assertEquals("Amines" + Markers.SUP_OPEN + "1" + Markers.SUP_CLOSE,
                RichText.toMarkers("Amines<sup>1</sup>"));
        assertEquals(NOCASE + "mRNA" + END_NOCASE + " decay", RichText.toMarkers("<span class=\"nocase\">mRNA</span> decay"));
        assertEquals("x < y and <i>z", RichText.toMarkers("x < y and <i>z"));
        assertEquals("plain", RichText.toMarkers("<span class=\"nodecor\">plain</span>"));
        assertEquals("Markers" + Markers.ITALIC_OPEN + "x" + Markers.ITALIC_CLOSE + " <b>y</i>",
                RichText.toMarkers("Markers<i>x</i> <b>y</i>"));
    }

    @Test
    void yearSuffixLettersCountLikeCiteprocJs() {
        assertEquals("a", YearSuffixes.letters(0));
        assertEquals("z", YearSuffixes.letters(25));
        assertEquals("aa", YearSuffixes.letters(26));
        assertEquals("ab", YearSuffixes.letters(27));
    }

    @Test
    void numberRangesAndHyphenatedGivenNames() {
        assertEquals("2–3", NumberRanges.range("2-3", "\u2013"));
        assertEquals("1-2", NumberRanges.range("1 - 2", "-"));
        assertEquals("2-3", NumberRanges.range("2-3", "-"));
        assertEquals("Suppl 2-3", NumberRanges.range("Suppl 2-3", "\u2013"));
        assertEquals("Xiao Qiang", HyphenatedInitials.joinGiven("Xiao-Qiang"));
        assertEquals("J. F.", HyphenatedInitials.joinGiven("J.-F."));
        assertEquals("Anne-", HyphenatedInitials.joinGiven("Anne-"));
    }

    @Test
    void styleRewriterMarksWhatCiteprocJavaIgnores() {
        StyleRewriter.Rewritten ama = StyleRewriter.rewrite(StyleCatalog.bundled().resolve("american-medical-association").xml(), "en-US");
        assertTrue(ama.joinHyphenatedInitials());
        assertEquals("-", ama.pageRangeDelimiter());
        assertFalse(java.util.regex.Pattern.compile("<text [^>]*strip-periods").matcher(ama.xml()).find());
        assertTrue(ama.xml().contains(Markers.STRIP_OPEN + "\""));
        StyleRewriter.Rewritten apa = StyleRewriter.rewrite(StyleCatalog.bundled().resolve("apa").xml(), "en-US");
        assertFalse(apa.joinHyphenatedInitials());
        assertTrue(apa.yearSuffix());
        assertNull(apa.subsequentAuthorSubstitute());
        StyleRewriter.Rewritten mla = StyleRewriter.rewrite(StyleCatalog.bundled().resolve("mla").xml(), "en-US");
        assertEquals("———", mla.subsequentAuthorSubstitute());
        assertFalse(mla.yearSuffix());
        StyleRewriter.Rewritten nlm = StyleRewriter.rewrite(StyleCatalog.bundled().resolve("vancouver").xml(), "en-US");
        assertTrue(nlm.joinHyphenatedInitials());
        assertFalse(nlm.xml().contains("<date variable=\"issued\" delimiter=\" \""));
    }
}

package org.clinicite.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextKeysTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Perceived Benefits of MDMA-Assisted Psychotherapy|perceived benefits of mdma assisted psychotherapy",
        "  --Hello,   World!!  |hello world",
        "3,4-methylenedioxymethamphetamine|3 4 methylenedioxymethamphetamine",
        "Alzheimer's|alzheimer s",
        "Ærø Ørsted Straße Łódź|æro orsted strase lodz",
        "Müller-Lyer café|muller lyer cafe",
        "β 2-agonist|β 2 agonist",
        "x²|x2",
    })
    void folds(String text, String expected) {
        assertEquals(expected, TextKeys.fold(text));
    }

    @Test
    void anAlreadyFoldedWordIsReturnedAsItIs() {
        String word = "psilocybin";
        assertSame(word, TextKeys.fold(word));
    }

    /** The ASCII path gives what the general one gives, on random ASCII (letters, digits, punctuation, space). */
    @Test
    void asciiPathAgreesWithTheGeneralFold() {
        Random random = new Random(7);
        String alphabet = "abcXYZ09 -_,.;:'\"()[]/\\\t\n!?&%";
        for (int k = 0; k < 20_000; k++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(16);
            for (int i = 0; i < n; i++) {
                sb.append(random.nextInt(8) == 0 ? (char) random.nextInt(128) : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            assertEquals(TextKeys.foldUnicode(s), TextKeys.fold(s), () -> "'" + s + "'");
        }
    }
}

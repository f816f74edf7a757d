package org.clinicite.importer.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.clinicite.importer.text.NumberWords;
import org.clinicite.importer.text.Sentences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sentences, numbers, line kinds, findings and text cleaning. */
class TextPiecesTest {

    @Test
    void sentencesSplitAtSentenceEndsOnly() {
        assertEquals(List.of("Dr. Smith et al. studied it vs. placebo in the U.S. and found 2.5 times the effect.",
                "“It works,” she said.", "The FDA called it a ‘Breakthrough Therapy.’", "Findings followed."),
                Sentences.split("Dr. Smith et al. studied it vs. placebo in the U.S. and found 2.5 times the effect. "
                        + "“It works,” she said. The FDA called it a ‘Breakthrough Therapy.’ Findings followed."));
    }

    @Test
    void numbersInWordsAndDigits() {
        assertEquals(Optional.of(19), NumberWords.parse("nineteen"));
        assertEquals(Optional.of(24), NumberWords.parse("Twenty-four"));
        assertEquals(Optional.of(2000), NumberWords.parse("2,000"));
        assertEquals(Optional.empty(), NumberWords.parse("several"));
    }

    @Test
    void nonBreakingSpacesAndZeroWidthCharactersAreCleaned() {
        assertEquals("Here’s the neuroscience", TextCleaner.clean("Here’s the\u00A0 neuroscience\u200B "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"(Photo credit: pitju/Fotolia)", "Photo by Jane Doe/Getty Images", "Image: Shutterstock",
        "Credit: Alamy"})
    void credits(String line) {
        assertTrue(LineKinds.isCredit(line));
        assertFalse(LineKinds.isProse(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Share on TwitterShare on Facebook", "Advertisement · Scroll to continue",
        "READ MORE: What is psilocybin?", "This article originally appeared on a partner site."})
    void widgets(String line) {
        assertTrue(LineKinds.isWidget(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"RELATED", "Related Articles", "Read more", "More from PsyPost", "Comments (3)",
        "Reporting by Alex Example; Editing by Jordan Sample", "© 2021 Example Media"})
    void endMarkers(String line) {
        assertTrue(LineKinds.isEndMarker(line));
    }

    @Test
    void findingsListsSplitAtCommasOnly() {
        assertEquals(List.of("increased self-awareness", "improvements in relationships and social skills",
                "reduced substance abuse", "openness to continued therapy"),
                FindingsFinder.find(List.of("Among the most significant improvements reported were increased "
                        + "self-awareness, improvements in relationships and social skills, and reduced substance "
                        + "abuse, and openness to continued therapy.")));
        assertEquals(List.of("better sleep", "more energy"),
                FindingsFinder.find(List.of("Participants reported better sleep, more energy.")));
        assertTrue(FindingsFinder.find(List.of("Participants reported that they slept better.")).isEmpty());
        assertTrue(FindingsFinder.find(List.of("Side effects such as headache, nausea and dizziness were common."))
                .isEmpty());
    }
}

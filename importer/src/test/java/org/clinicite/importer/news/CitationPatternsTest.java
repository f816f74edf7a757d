package org.clinicite.importer.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Journal, title and author patterns. */
class CitationPatternsTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "A study published in the Journal of Psychoactive Drugs, found that many improved.;Journal of Psychoactive Drugs",
        "The findings were published in JAMA Psychiatry on Monday.;JAMA Psychiatry",
        "The paper appeared in The Lancet Psychiatry in May.;The Lancet Psychiatry",
        "Results were published online today in the peer-reviewed journal Nature Medicine.;Nature Medicine",
        "The results, in the New England Journal of Medicine (NEJM), were clear.;New England Journal of Medicine",
        "It was published in the journal Psychopharmacology.;Psychopharmacology",
        "Published in PLOS ONE, the study looked at 2,000 people.;PLOS ONE",
        "The team reported in Science Advances that the effect held.;Science Advances",
    })
    void journals(String sentence, String journal) {
        assertEquals(Optional.of(journal), JournalFinder.find(List.of(sentence)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The study was published in March.",
        "The results were published in 2021.",
        "It was published in a scientific journal last week.",
    })
    void noJournal(String sentence) {
        assertTrue(JournalFinder.find(List.of(sentence)).isEmpty(), sentence);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "The study, “Perceived Benefits of MDMA: A Follow-Up“, was authored by A. Person.;Perceived Benefits of MDMA: A Follow-Up",
        "The study, titled \"Trial of Psilocybin versus Escitalopram for Depression\", was published in the NEJM.;Trial of Psilocybin versus Escitalopram for Depression",
        "The paper, titled Psilocybin for Depression in Adults, was published on Monday.;Psilocybin for Depression in Adults",
        "“Single-Dose Psilocybin for Depression,” was published in the New England Journal of Medicine.;Single-Dose Psilocybin for Depression",
        "The new study, ‘Ketamine and the Brain: A Review’, is published today.;Ketamine and the Brain: A Review",
    })
    void titles(String sentence, String title) {
        assertEquals(Optional.of(title), TitleFinder.find(List.of(sentence)));
    }

    @Test
    void noTitleInAQuote() {
        assertTrue(TitleFinder.find(List.of("“This is a remarkable result,” the researchers said.")).isEmpty());
    }

    @Test
    void authorList() {
        assertEquals(List.of("William Barone", "Jerome Beck", "Michiko Mitsunaga-Whitten", "Phillip Perl"),
                AuthorListParser.find(List.of("The study, “X”, was authored by William Barone, Jerome Beck, "
                        + "Michiko Mitsunaga-Whitten, and Phillip Perl.")));
        assertEquals(List.of("Ana Silva", "Ben Okafor"),
                AuthorListParser.find(List.of("The authors were Ana Silva and Ben Okafor of the University of Lisbon.")));
        assertEquals(List.of("Guy M. Goodwin"),
                AuthorListParser.find(List.of("The study was authored by Guy M. Goodwin and colleagues.")));
    }

    @Test
    void leadAuthorOnlyWhenNoListIsGiven() {
        assertEquals(List.of("Robin Carhart-Harris"),
                AuthorListParser.find(List.of("Researchers led by Dr. Robin Carhart-Harris at Imperial College London "
                        + "ran the trial.")));
        assertEquals(List.of(), AuthorListParser.find(List.of("The trial was led by Imperial College London.")));
        assertEquals(List.of(), AuthorListParser.find(List.of("It was written by hand in a notebook.")));
    }
}

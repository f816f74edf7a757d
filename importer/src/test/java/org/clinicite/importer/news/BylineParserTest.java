package org.clinicite.importer.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BylineParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', nullValues = "-", value = {
        "by Christian Rigg;Christian Rigg;-",
        "By Jane Doe and John Roe;Jane Doe and John Roe;-",
        "Written by Jordan Sample;Jordan Sample;-",
        "BY MARY SHELLEY;MARY SHELLEY;-",
        "By Alex Example, Reuters;Alex Example;Reuters",
        "Alex Example | Reuters;Alex Example;Reuters",
        "By Jennifer M. Mitchell, Staff Writer;Jennifer M. Mitchell;-",
    })
    void bylines(String line, String names, String outlet) {
        BylineParser.Byline b = BylineParser.parse(line).orElseThrow();
        assertEquals(names, b.names());
        assertEquals(outlet, b.outlet());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "by the numbers",
        "By 2030, most clinics will offer the treatment to patients who need it.",
        "Home | News",
        "Reported by University College London",
    })
    void notBylines(String line) {
        assertTrue(BylineParser.parse(line).isEmpty(), line);
    }

    @Test
    void nameLists() {
        assertEquals(List.of("William Barone", "Jerome Beck", "Michiko Mitsunaga-Whitten", "Phillip Perl"),
                NameText.splitList("William Barone, Jerome Beck, Michiko Mitsunaga-Whitten, and Phillip Perl"));
        assertEquals(List.of("Robin Carhart-Harris", "David Nutt"),
                NameText.splitList("Dr. Robin Carhart-Harris & Professor David Nutt"));
        assertEquals(List.of("Ludwig van Beethoven"), NameText.splitList("Ludwig van Beethoven"));
        assertEquals(List.of(), NameText.splitList("William Barone, the lead author"));
        assertEquals(List.of(), NameText.splitList("Imperial College London"));
    }
}

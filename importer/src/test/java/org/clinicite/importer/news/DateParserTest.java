package org.clinicite.importer.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "March 23, 2020|2020-03-23",
        "Mar. 23, 2020|2020-03-23",
        "Mar 23 2020|2020-03-23",
        "23 March 2020|2020-03-23",
        "Monday 23rd March 2020|2020-03-23",
        "2020-03-23|2020-03-23",
        "Published: March 23, 2020 at 10:15 am|2020-03-23",
        "Updated Nov. 3, 2022 4:32 PM EDT|2022-11-03",
        "Sept. 9, 2021|2021-09-09",
        "Posted on May 17, 2016|2016-05-17",
    })
    void dateLines(String line, String expected) {
        assertEquals(Optional.of(LocalDate.parse(expected)), DateParser.dateLine(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "In March 23, 2020 the researchers published a long report about many things at once.",
        "February 30, 2020",
        "03/04/2020",
        "Home Exclusive Psychopharmacology Psychedelic Drugs MDMA",
    })
    void notDateLines(String line) {
        assertTrue(DateParser.dateLine(line).isEmpty(), line);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2021-05-10T14:30:00Z|2021-05-10",
        "published on 15 April 2021 in the journal|2021-04-15",
    })
    void datesInsideText(String text, String expected) {
        assertEquals(LocalDate.parse(expected), DateParser.find(text).orElseThrow().date());
    }
}

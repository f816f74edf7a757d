package org.clinicite.importer.pubmed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.clinicite.core.model.PartialDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MedlineDatesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "2018 May 17      | 2018 | 5  | 17",
        "2018 05 17       | 2018 | 5  | 17",
        "2018 5 7         | 2018 | 5  | 7",
        "2019 Mar-Apr     | 2019 | 3  | -",
        "2019 Mar 15-21   | 2019 | 3  | -",
        "2018 Dec-2019 Jan | 2018 | 12 | -",
        "1999 Spring      | 1999 | -  | -",
        "2000-2001        | 2000 | -  | -",
        "2009             | 2009 | -  | -",
        "2010   06        | 2010 | 6  | -",
        "2016 Sept        | 2016 | 9  | -",
        "2016 September 3 | 2016 | 9  | 3",
        "20160419         | 2016 | 4  | 19",
        "2019 Feb 30      | 2019 | 2  | -",
        "2019 13          | 2019 | -  | -",
    })
    void readsWhatTheTextStates(String text, Integer year, Integer month, Integer day) {
        assertEquals(Optional.of(new PartialDate(year, month, day)), MedlineDates.parse(text));
    }

    @ParameterizedTest
    @CsvSource({"Winter", "'   '", "n.d."})
    void noYearNoDate(String text) {
        assertTrue(MedlineDates.parse(text).isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"Mar,3", "march,3", "03,3", "3,3", "Dec.,12"})
    void months(String token, int month) {
        assertEquals(month, MedlineDates.month(token));
    }

    @ParameterizedTest
    @CsvSource({"Spring", "13", "0", "Ma", "Marzipan"})
    void notMonths(String token) {
        assertNull(MedlineDates.month(token));
    }
}

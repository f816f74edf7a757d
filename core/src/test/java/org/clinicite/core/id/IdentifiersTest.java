package org.clinicite.core.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdentifiersTest {
    @Test
    void doiIsNormalisedFromEverySpelling() {
        Doi d = new Doi("10.1080/02791072.2019.1580805");
        assertEquals(d, new Doi("https://doi.org/10.1080/02791072.2019.1580805"));
        assertEquals(d, new Doi("http://dx.doi.org/10.1080/02791072.2019.1580805"));
        assertEquals(d, new Doi("doi: 10.1080/02791072.2019.1580805."));
        assertEquals(new Doi("10.1038/S41591-021-01336-3"), new Doi("10.1038/s41591-021-01336-3"));
        assertEquals("https://doi.org/10.1080/02791072.2019.1580805", d.url());
    }

    @Test
    void invalidDoiIsRejectedOrEmpty() {
        assertThrows(IllegalArgumentException.class, () -> new Doi("11.1000/x"));
        assertEquals(Optional.empty(), Doi.parse("not a doi"));
        assertEquals(Optional.empty(), Doi.parse(null));
        assertFalse(Doi.isValid("10.12/x"));
    }

    @Test
    void doiIsFoundInText() {
        assertEquals("10.1056/nejmoa2032994",
                Doi.findInText("See https://doi.org/10.1056/NEJMoa2032994, published April 2021.").orElseThrow().value());
        assertTrue(Doi.findInText("no identifier here").isEmpty());
    }

    @Test
    void pmidPmcidNct() {
        assertEquals("30849288", new Pmid("PMID: 30849288").value());
        assertThrows(IllegalArgumentException.class, () -> new Pmid("0123"));
        assertEquals("PMC6411183", new Pmcid("pmc6411183").value());
        assertEquals("PMC123", new Pmcid("123").value());
        assertEquals("NCT01211405", new NctId("nct 01211405").value());
        assertEquals("NCT03537014", NctId.findInText("registered as NCT03537014 at ClinicalTrials.gov").orElseThrow().value());
        assertFalse(NctId.isValid("NCT123"));
    }
}

package org.clinicite.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FailureIsolationTest {
    private final ItemConverter.Converted items = ItemConverter.convert(
            List.of(TestItems.barone(), TestItems.stub(), TestItems.barone()));

    @Test
    void reportsEachItemThatFailsAloneWithItsInputPosition() {
        List<CslItemException> failing = FailureIsolation.failing(items, list -> {
            if (list.get(0).getTitle().startsWith("Ketamine")) {
                throw new IllegalStateException("boom");
            }
        });
        assertEquals(1, failing.size());
        assertEquals(1, failing.get(0).index());
        assertEquals("stub", failing.get(0).itemId());
        assertTrue(failing.get(0).getMessage().endsWith("citeproc-java could not format it: java.lang.IllegalStateException: boom"),
                failing.get(0).getMessage());
    }

    @Test
    void ourOwnErrorsAreNotBlamedOnItems() {
        CitationException ours = new CitationException("style broken");
        assertSame(ours, assertThrows(CitationException.class, () -> FailureIsolation.failing(items, list -> {
            throw ours;
        })));
    }
}
